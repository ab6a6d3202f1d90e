package org.intermarket.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application, for the small JSON documents it stores and sends (stored texts, inbox
 * parameters, amounts). Found once: {@code Json.createReader} and its kin would search the service loader on every
 * call. A provider is safe to share between threads.
 */
public final class JsonProcessing {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonProcessing() {
    }
}
