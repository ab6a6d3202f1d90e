package org.intermarket.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class that runs markets to their end: bidding, notice and amendment periods of
 * seconds instead of days for the whole class, and the settings as they were afterwards.
 */
final class FastMarket implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FastMarket.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", Market.fastSettings());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Market.restoreSettings(context.getStore(NAMESPACE).get("before", JsonObject.class));
    }
}
