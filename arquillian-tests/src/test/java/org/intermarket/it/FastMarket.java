package org.intermarket.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one way a test class gets a fast market: bidding, amendment and settle periods of seconds instead of days for
 * the whole class ({@link Market#fastSettings}), and the settings as they were afterwards. The periods are short so a
 * bid placed a moment after publishing is still in time; waiting for them to pass is the {@link TestClock}'s job.
 * A probe's test method also runs the class's callbacks inside the server: there the suite's side has already set
 * the settings, and the server's side leaves them alone.
 */
final class FastMarket implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FastMarket.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!insideTheServer()) {
            context.getStore(NAMESPACE).put("before", Market.fastSettings());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        JsonObject before = context.getStore(NAMESPACE).get("before", JsonObject.class);
        if (before != null) {
            Market.restoreSettings(before);
        }
    }

    private static boolean insideTheServer() {
        return System.getProperty("jboss.server.base.dir") != null;
    }
}
