package org.intermarket.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility rules engine, run in the page the browser shows. Its script comes from the webjar on the
 * test classpath (never from the network: the browser resolves no host but localhost), injected through WebDriver,
 * which the pages' script policy does not govern.
 */
final class Axe {

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final String SCRIPT = load();

    /**
     * Runs every rule axe enables by default and keeps the violations that block or seriously hinder someone
     * (impact critical or serious): the bar GB/T 37668-2019 and the issue set. Only violations are computed,
     * which is most of what makes a run quick.
     */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(r => done(r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
                    .map(v => ({rule: v.id, impact: v.impact, help: v.help,
                                targets: v.nodes.map(n => n.target.join(' '))}))))
                .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), targets: []}]));""";

    private Axe() {
    }

    /** A rule the page breaks, with the elements that break it (CSS selectors axe gives them). */
    record Violation(String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return rule + " (" + impact + ", " + targets.size() + "×: " + help + ") " + String.join(" | ", targets);
        }
    }

    /** The page's critical and serious violations; injects axe first if this page does not have it yet. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(ChromeDriver driver) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript(RUN);
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                (List<String>) v.get("targets"))).toList();
    }

    /** The script of the axe-core version Maven put on the classpath, found by the webjar's own version record. */
    private static String load() {
        try {
            String version = properties("META-INF/maven/org.webjars.npm/axe-core/pom.properties").getProperty("version");
            try (InputStream in = resource(WEBJAR + version + "/axe.min.js")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource(name)) {
            properties.load(in);
        }
        return properties;
    }

    private static InputStream resource(String name) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath: the org.webjars.npm:axe-core test dependency is missing");
        }
        return in;
    }
}
