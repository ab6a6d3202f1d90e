package org.intermarket.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A page test: the application deployed, and a fresh headless Chromium for each test. A failing
 * test leaves a screenshot named after it, so a red CI run shows what the browser saw.
 */
@ExtendWith({ArquillianExtension.class, BrowserTest.ScreenshotOnFailure.class})
abstract class BrowserTest {

    protected Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Runs after the test method and before {@link #closeBrowser()}, while the page is still there. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            BrowserTest test = (BrowserTest) context.getRequiredTestInstance();
            if (test.browser != null) {
                test.browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName()
                        + "-" + context.getRequiredTestMethod().getName());
            }
        }
    }
}
