package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver (never Selenium Manager,
 * which would try to download one), with a throw-away profile.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private final Path profile;
    private final ChromeDriver driver;
    private final Path screenshots;
    private final Path downloads;

    public Browser() {
        if (!new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("install chromium and chromium-driver (apt-get install -y chromium chromium-driver fonts-wqy-microhei)");
        }
        try {
            profile = Files.createTempDirectory("intermarket-chromium");
            screenshots = Files.createDirectories(Path.of(System.getProperty("intermarket.screenshots", "target/screenshots")));
            downloads = Files.createDirectories(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The window's size in CSS pixels. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** A phone's screen, 390 × 844 CSS pixels, as agencies bid from one. */
    public void resizeToAPhone() {
        resize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /** How far the page is wider than the window: more than zero means the whole page scrolls sideways. */
    public long overflowWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    /**
     * Where the element lies across the window, "left+width" in CSS pixels, or null if it lies within the window's width:
     * a cell of a table that scrolls inside itself can be past the edge while the page itself does not scroll.
     */
    public String pastTheEdge(WebElement element) {
        return (String) driver.executeScript("""
                const box = arguments[0].getBoundingClientRect();
                const within = box.left >= 0 && box.right <= document.documentElement.clientWidth + 0.5;
                return within ? null : Math.round(box.left) + '+' + Math.round(box.width);""", element);
    }

    /**
     * Opens the address, waits for the element, keeps a screenshot under that name, and fails if the element lies past
     * the window's edge or the page scrolls sideways: on a phone, a row of a list is a card with what it comes to on the
     * screen, not a row of a table that scrolls inside itself. Returns the element.
     */
    public WebElement assertOnScreen(String address, By element, String screenshot) {
        open(address);
        WebElement found = waitFor(element);
        screenshot(screenshot);
        assertNull(pastTheEdge(found), () -> address + ": " + element + " is off the screen");
        assertEquals(0, overflowWidth(), () -> address + " scrolls sideways: " + overflowing());
        return found;
    }

    /**
     * Signs in as this user on a phone and checks, in Chinese, that each page's element is on the screen; each page's
     * screenshot is named after the user and the page.
     */
    public void assertOnAPhone(String username, Map<String, By> pages) {
        signIn(username, Api.DEMO_PASSWORD);
        resizeToAPhone();
        pages.forEach((page, element) -> assertOnScreen(page + "?lang=zh", element,
                "phone-" + username + page.replace('/', '-').replace(".xhtml", "") + "-zh"));
    }

    /** The outermost elements that reach past the window's right edge, to say what makes a page scroll sideways. */
    public String overflowing() {
        return (String) driver.executeScript("""
                const width = document.documentElement.clientWidth;
                const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 0.5);
                return wide.filter(e => !wide.includes(e.parentElement)).slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                        + ' right ' + Math.round(e.getBoundingClientRect().right)).join(', ');""");
    }

    /** Replaces what a field holds by selecting it all and typing over it: clear() leaves PrimeFaces' number fields their value. */
    public void retype(String inputId, String text) {
        waitFor(By.id(inputId)).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
    }

    /** Waits for a finished download whose name ends with {@code suffix}, and returns it. */
    public Path downloaded(String suffix) {
        // Chromium reserves the final name with an empty file at once, writes into a .crdownload file
        // beside it and moves that over the reserved one when done: only then is the download whole.
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path file : all) {
                    if (file.getFileName().toString().endsWith(suffix) && Files.size(file) > 0) {
                        return file;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void open(String path) {
        driver.get(Api.BASE + path);
    }

    public WebElement waitFor(By locator) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitUntilGone(By locator) {
        patiently().until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Waits, as patiently as {@link #waitForText}, until the page shows what {@code shown} looks for. */
    public void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> shown) {
        patiently().until(shown);
    }

    /**
     * A wait that looks again when the page is replaced under it: after a form post the old
     * element may vanish between finding it and reading it, which Chromium reports in several ways.
     */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu the way a user does: opens the panel, waits
     * until it has faded in, scrolls the option into view and clicks it, then checks the menu shows
     * it. A click that lands while the panel still moves is lost, so the whole gesture repeats
     * until the choice is made.
     */
    public void selectMenuItem(String menuId, String labelPrefix) {
        By label = By.id(menuId + "_label");
        By panel = By.id(menuId + "_panel");
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label^='" + labelPrefix + "']");
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> {
            if (d.findElement(label).getText().startsWith(labelPrefix)) {
                return true;
            }
            WebElement opened = d.findElement(panel);
            if (!opened.isDisplayed()) {
                d.findElement(label).click();
                return false;
            }
            if (!"1".equals(driver.executeScript("return getComputedStyle(arguments[0]).opacity;", opened))) {
                return false;
            }
            WebElement choice = d.findElement(option);
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
            choice.click();
            return d.findElement(label).getText().startsWith(labelPrefix);
        });
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signin")).click();
        waitFor(By.id("whoami"));
    }

    /** Answers the confirmation dialog a destructive button opens: yes, or no (nothing happens then). */
    public void confirm(boolean yes) {
        WebElement answer = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id(yes ? "confirm-yes" : "confirm-no")));
        answer.click();
    }

    /** Replaces what a text field holds. */
    public WebElement type(String inputId, String text) {
        WebElement input = waitFor(By.id(inputId));
        input.clear();
        input.sendKeys(text);
        return input;
    }

    /** Types a date into a PrimeFaces datePicker's text field (its popup opens only from its button) and leaves the field. */
    public void typeDate(String inputId, String text) {
        // Select what the field holds and type over it: the widget puts a cleared value back when the field blurs.
        WebElement input = waitFor(By.id(inputId));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text, org.openqa.selenium.Keys.TAB);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> text.equals(d.findElement(By.id(inputId)).getAttribute("value")));
    }

    /** Signs out and waits until the page after it has loaded, so the next navigation does not race the redirect. */
    public void signOut() {
        driver.findElement(By.id("logout")).click();
        waitUntilGone(By.id("whoami"));
    }

    /** The whole page, not only the window: what is below the fold is what a failing test most often needs shown. */
    public Path screenshot(String name) {
        Path target = screenshots.resolve(name + ".png");
        try {
            // Capturing beyond the viewport lays the page out without its vertical scroll bar, so as wide as the window:
            // clipped to the width inside the bar, the shot would lose its right edge (a phone's menu button among it).
            Number width = (Number) driver.executeScript("return Math.max(document.documentElement.scrollWidth, window.innerWidth);");
            Number height = (Number) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 8000);");
            // Encoded for speed rather than size: AccessibilityIT's walk takes two shots of every page in each language.
            java.util.Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("captureBeyondViewport", true,
                    "optimizeForSpeed", true, "clip", java.util.Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Files.write(target, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A leftover temp profile harms nothing.
        }
    }
}
