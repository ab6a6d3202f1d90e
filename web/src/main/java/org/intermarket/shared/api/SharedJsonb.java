package org.intermarket.shared.api;

import jakarta.annotation.PreDestroy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B engine for every request body read and every answer written. Without a resolver RESTEasy 6.2 builds a
 * new Jsonb for each body it reads and each one it writes, and Yasson then learns every class's mapping afresh (its
 * class models are cached per engine): measured under the bid load, that was about a tenth of the server's CPU. A
 * Yasson engine is safe to share between threads. Its configuration is JSON-B's default, as before.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** A lifecycle callback may not throw a checked exception (CDI would warn at every start), so Yasson's is wrapped. */
    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not close the shared JSON-B engine", e);
        }
    }
}
