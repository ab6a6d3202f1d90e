package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 15: every page has no critical and no serious accessibility violation by axe-core (GB/T 37668-2019 asks the
 * same of public websites), in Chinese and in English, signed out and signed in as each role, with the forms each role
 * sees. One browser walks each role's pages in a session of that role; the test fails once, naming every violation
 * found on every page, and also when a page of the application is visited by no role, so a new page cannot escape it.
 * On the same walk each page is also looked at on a phone (390 px wide): it must not scroll sideways (a wide table
 * scrolls inside itself). Its screenshots at both widths, {@code desktop-…} at 1366 px and {@code phone-…} at 390 px, are
 * kept under target/screenshots for a person to look at. And what each page shows is read as a reader reads it: no time
 * written as ISO-8601 and no name of a domain enum's constant may be in it ({@link InternalCodes}).
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private static final List<String> LANGUAGES = List.of("zh", "en");

    /** A phone's width in CSS pixels (PhonePagesIT's), and the desktop window the pages were tried in. */
    private static final int DESKTOP_WIDTH = 1366;
    private static final int DESKTOP_HEIGHT = 900;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** One thing to check in each language: a page, or a page in a state a user brings it to. */
    interface Step {

        /** The Facelets view the step shows, for the check that no page goes unvisited. */
        String view();

        /** Opens the page, and does on it what the step does; axe runs on what it shows then. */
        void show(Browser browser);

        /** How a failure names the step. */
        String name();
    }

    /** A page to open and the Facelets view that renders it (an unknown address renders the error page). */
    record Visit(String path, String view) implements Step {

        static Visit of(String path) {
            String file = path.replaceFirst("\\?.*", "");
            return new Visit(path, file.equals("/") ? "/index.xhtml" : file);
        }

        @Override
        public void show(Browser browser) {
            browser.open(path);
        }

        @Override
        public String name() {
            return path;
        }
    }

    /** The need form with the deadline's date picker open: axe checks a popup only while it shows. */
    record DatePickerOpen() implements Step {

        @Override
        public String view() {
            return "/owner/needs.xhtml";
        }

        @Override
        public void show(Browser browser) {
            browser.open(view());
            browser.waitFor(By.cssSelector("[id='need:deadline'] button.ui-datepicker-trigger")).click();
            browser.waitFor(By.id("need:deadline_panel"));
        }

        @Override
        public String name() {
            return view() + " with the deadline's date picker open";
        }
    }

    /**
     * The inbox with messages in it (the demo leaves owner1 and agency1 some, read and unread): an empty inbox shows
     * none of the texts whose times and names the walk reads, so this step fails when no message is there to read.
     */
    record InboxWithMessages() implements Step {

        @Override
        public String view() {
            return "/account/inbox.xhtml";
        }

        @Override
        public void show(Browser browser) {
            browser.open(view());
            browser.waitFor(By.cssSelector("#inbox\\:notifications .im-notification"));
        }

        @Override
        public String name() {
            return view() + " with messages";
        }
    }

    /** The needs behind a statistics figure, reached as a supervisor does: from a count on the statistics page. */
    record StatisticsDrillDown() implements Step {

        @Override
        public String view() {
            return "/supervisor/statistics-needs.xhtml";
        }

        @Override
        public void show(Browser browser) {
            browser.open("/statistics.xhtml");
            browser.waitFor(By.cssSelector("a.im-drill")).click();
            browser.waitFor(By.id("figure-name"));
        }

        @Override
        public String name() {
            return view() + " from a figure of /statistics.xhtml";
        }
    }

    /**
     * The only elements whose text may hold an ISO-8601 time or an enum name, by page, because there they are what a
     * program reads: the open-data page documents its feed for developers, naming each audit event as the audit log's
     * API does and writing the {@code since} parameter as a client sends it.
     */
    private static final Map<String, String> MACHINE_TEXT = Map.of(
            "/opendata.xhtml", "#stage-table code, #paging > p:first-of-type");

    /** Who walks which pages: nobody (signed out) or a demo account of a role. */
    record Tour(String role, String username, List<Step> steps) {
    }

    @Test
    void everyPageHasNoCriticalOrSeriousViolationInChineseOrEnglish() {
        List<String> findings = new ArrayList<>();
        List<String> phoneFindings = new ArrayList<>();
        List<String> codeFindings = new ArrayList<>();
        List<String> headerFindings = new ArrayList<>();
        InternalCodes codes = InternalCodes.ofTheDomain();
        Set<String> visited = new TreeSet<>();
        // One Chromium for all tours, each in a session of its own (without its cookies the server knows the browser no
        // more): starting a browser takes seconds, a sixth of the whole check for five of them.
        try (Browser browser = new Browser()) {
            browser.resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
            for (Tour tour : List.of(signedOut(), owner(), agency(), supervisor(), admin())) {
                browser.driver().manage().deleteAllCookies();
                if (tour.username() != null) {
                    browser.signIn(tour.username(), Api.DEMO_PASSWORD);
                }
                for (String language : LANGUAGES) {
                    browser.open("/?lang=" + language);
                    for (Step step : tour.steps()) {
                        findings.addAll(check(browser, tour.role(), language, step));
                        // The page as it is loaded, before the phone's width: no second visit, only a screenshot and a read.
                        browser.screenshot(screenshotName("desktop", tour.role(), language, step));
                        codeFindings.addAll(internalCodes(browser, codes, tour.role(), language, step));
                        headerFindings.addAll(headerOnOneLine(browser, tour.role(), language, step));
                        phoneFindings.addAll(onAPhone(browser, tour.role(), language, step));
                        visited.add(step.view());
                    }
                }
            }
        }
        Set<String> missed = new TreeSet<>(pages());
        missed.removeAll(visited);
        // Every kind of finding in one report: a walk takes minutes, and one kind must not hide the next.
        assertAll(() -> assertEquals(Set.of(), missed, "pages no role visits, so axe never checks them"),
                () -> assertTrue(findings.isEmpty(), () -> findings.size() + " critical or serious accessibility violations (axe-core), by page:\n"
                        + String.join("\n", findings)),
                () -> assertTrue(codeFindings.isEmpty(), () -> codeFindings.size() + " ISO-8601 times or enum names shown to a reader, by page:\n"
                        + String.join("\n", codeFindings)),
                () -> assertTrue(headerFindings.isEmpty(), () -> headerFindings.size() + " pages whose header wraps at " + DESKTOP_WIDTH + " px:\n"
                        + String.join("\n", headerFindings)),
                () -> assertTrue(phoneFindings.isEmpty(), () -> phoneFindings.size() + " pages scroll sideways on a phone (" + Browser.PHONE_WIDTH + " px):\n"
                        + String.join("\n", phoneFindings)));
    }

    /** The page as the step left it, on a phone: whether the whole page scrolls sideways, and a screenshot of it. */
    private static List<String> onAPhone(Browser browser, String role, String language, Step step) {
        browser.resizeToAPhone();
        try {
            browser.screenshot(screenshotName("phone", role, language, step));
            return browser.overflowWidth() > 0
                    ? List.of("[" + language + ", " + role + "] " + step.name() + ": " + browser.overflowWidth() + " px too wide, " + browser.overflowing())
                    : List.of();
        } finally {
            browser.resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        }
    }

    /** phone-owner-owner-needs-xhtml-zh: the width, who looks, the page (and its state) and the language. */
    private static String screenshotName(String width, String role, String language, Step step) {
        return (width + "-" + role + step.name()).replaceAll("[^A-Za-z0-9]+", "-") + "-" + language;
    }

    /**
     * Every ISO-8601 time and enum name in the text the page shows (as it is laid out, so hidden elements say nothing),
     * but for its {@link #MACHINE_TEXT}, hidden for the moment of reading.
     */
    private static List<String> internalCodes(Browser browser, InternalCodes codes, String role, String language, Step step) {
        String text = (String) browser.driver().executeScript("""
                const machine = arguments[0] ? [...document.querySelectorAll(arguments[0])] : [];
                const display = machine.map(e => e.style.display);
                machine.forEach(e => e.style.display = 'none');
                const text = document.body.innerText;
                machine.forEach((e, i) => e.style.display = display[i]);
                return text;""", MACHINE_TEXT.getOrDefault(step.view(), ""));
        return codes.in(text).stream().map(found -> "[" + language + ", " + role + "] " + step.name() + ": " + found).toList();
    }

    /**
     * Whether the header's bar (brand, menu, language, account) stays one line on the desktop: the issue saw it wrap to
     * two lines, three in English. Its links and buttons are centred on one line, so their middles are level.
     */
    private static List<String> headerOnOneLine(Browser browser, String role, String language, Step step) {
        Number spread = (Number) browser.driver().executeScript("""
                const middles = [...document.querySelectorAll('.im-header > .im-bar :is(a, button)')]
                    .map(e => e.getBoundingClientRect()).filter(r => r.height > 0).map(r => r.top + r.height / 2);
                return Math.round(Math.max(...middles) - Math.min(...middles));""");
        return spread.longValue() > 12
                ? List.of("[" + language + ", " + role + "] " + step.name() + ": its links lie " + spread + " px apart in height")
                : List.of();
    }

    /** What is wrong with one page in one language, one line per violated rule; nothing when all is well. */
    private static List<String> check(Browser browser, String role, String language, Step step) {
        step.show(browser);
        browser.waitFor(By.className("im-title"));
        String where = "[" + language + ", " + role + "] " + step.name() + ": ";
        List<String> found = new ArrayList<>();
        Object lang = browser.driver().executeScript("return document.documentElement.lang;");
        if (!language.equals(lang)) {
            found.add(where + "html lang is '" + lang + "', the page speaks " + language);
        }
        Axe.check(browser.driver()).forEach(violation -> found.add(where + violation));
        return found;
    }

    private static Tour signedOut() {
        Api anyone = Api.anonymous();
        String item = first(anyone.get("/api/v1/catalog/items").json()).getString("code");
        long agency = firstId(anyone.get("/api/v1/agencies?size=1").json());
        long open = firstId(anyone.get("/api/v1/needs?status=PUBLISHED&size=1").json());
        long announced = firstId(anyone.get("/api/v1/needs?status=NOTICE&size=1").json());
        return new Tour("signed out", null, List.of(Visit.of("/"), Visit.of("/catalog.xhtml"), Visit.of("/item.xhtml?code=" + item),
                Visit.of("/mandatory-list.xhtml"), Visit.of("/needs.xhtml"), Visit.of("/need.xhtml?id=" + open),
                Visit.of("/need.xhtml?id=" + announced), Visit.of("/notice.xhtml?id=" + announced), Visit.of("/agencies.xhtml"),
                Visit.of("/agency.xhtml?id=" + agency), Visit.of("/rankings.xhtml"), Visit.of("/statistics.xhtml"),
                Visit.of("/opendata.xhtml"), Visit.of("/transparency.xhtml"), Visit.of("/login.xhtml"), Visit.of("/register.xhtml"),
                Visit.of("/expired.xhtml"), new Visit("/no-such-page.xhtml", "/error.xhtml"), Visit.of("/unsubscribe.xhtml?token=0-0-x"),
                // No id: the page says so in the messages area, which no other page of the tours shows.
                Visit.of("/need.xhtml")));
    }

    /** owner1's desk, its draft in the need form (with the deadline's date picker), and its needs and contracts in the states with forms. */
    private static Tour owner() {
        Api owner = Api.demo("owner1");
        long draft = firstId(owner.get("/api/v1/needs/mine?status=DRAFT&size=1").json());
        long open = firstId(owner.get("/api/v1/needs/mine?status=PUBLISHED&size=1").json());
        long closed = firstId(owner.get("/api/v1/needs/mine?status=BIDDING_CLOSED&size=1").json());
        long inService = firstId(owner, "/api/v1/contracts?status=IN_SERVICE&size=1", "/api/v1/contracts?size=1");
        long accepted = firstId(owner, "/api/v1/contracts?status=ACCEPTED&size=1", "/api/v1/contracts?size=1");
        return new Tour("owner", "owner1", List.of(Visit.of("/owner/needs.xhtml"), new DatePickerOpen(),
                Visit.of("/owner/needs.xhtml?draft=" + draft), Visit.of("/need.xhtml?id=" + draft), Visit.of("/need.xhtml?id=" + open), Visit.of("/need.xhtml?id=" + closed),
                Visit.of("/account/contracts.xhtml"), Visit.of("/account/contract.xhtml?id=" + inService),
                Visit.of("/account/contract.xhtml?id=" + accepted), Visit.of("/account/index.xhtml"), new InboxWithMessages()));
    }

    /**
     * agency1's workspace (with the qualification form), its sealed bid on an open need and a contract waiting for its
     * confirmation; its account page and contract list are the owner's, checked there.
     */
    private static Tour agency() {
        Api agency = Api.demo("agency1");
        long bidOn = first(agency.get("/api/v1/bids/mine?state=OPEN&size=1").json()).getJsonNumber("needId").longValue();
        long awaiting = firstId(agency, "/api/v1/contracts?status=AWAITING_CONFIRMATION&size=1", "/api/v1/contracts?size=1");
        return new Tour("agency", "agency1", List.of(Visit.of("/agency/index.xhtml"), Visit.of("/agency/subscription.xhtml"), Visit.of("/account/mail.xhtml"), Visit.of("/need.xhtml?id=" + bidOn),
                Visit.of("/account/contract.xhtml?id=" + awaiting), new InboxWithMessages()));
    }

    /**
     * The supervisor's queues, an application and a signal under review, the statistics with their links, an agency with
     * the sanction forms, a rectification; a staff member's account page is the administrator's, checked there.
     */
    private static Tour supervisor() {
        Api supervisor = Api.demo("supervisor");
        // agency6's application, unless a test that ran before in the same server decided it: then a fresh one.
        JsonObject pending = supervisor.get("/api/v1/admissions?status=PENDING&size=1").json();
        long admission = pending.getJsonArray("items").isEmpty() ? Agencies.applied(Agencies.register("330100")) : firstId(pending);
        String signal = first(supervisor.get("/api/v1/signals?size=1").json()).getString("key");
        // The demo's open rectification, unless DeliveryPagesIT closed it before in the same server: then the closed one.
        JsonObject rectification = firstOf(supervisor, "/api/v1/rectifications?size=1", "/api/v1/rectifications?status=CLOSED&size=1");
        return new Tour("supervisor", "supervisor", List.of(Visit.of("/supervisor/admissions.xhtml"),
                Visit.of("/supervisor/admission.xhtml?id=" + admission), Visit.of("/supervisor/organisations.xhtml"),
                Visit.of("/supervisor/objections.xhtml"), Visit.of("/supervisor/rectifications.xhtml"),
                Visit.of("/supervisor/signals.xhtml"), Visit.of("/supervisor/signals.xhtml?review=" + signal),
                Visit.of("/supervisor/audit.xhtml"), Visit.of("/statistics.xhtml"), new StatisticsDrillDown(),
                Visit.of("/agency.xhtml?id=" + rectification.getJsonNumber("agencyId").longValue()),
                Visit.of("/account/contract.xhtml?id=" + rectification.getJsonNumber("contractId").longValue()),
                Visit.of("/account/contracts.xhtml")));
    }

    private static Tour admin() {
        return new Tour("admin", "admin", List.of(Visit.of("/admin/accounts.xhtml"), Visit.of("/admin/settings.xhtml"), Visit.of("/admin/outbox.xhtml"),
                Visit.of("/account/index.xhtml")));
    }

    /** The id of the {@link #firstOf first item} these queries find. */
    private static long firstId(Api api, String... queries) {
        return firstOf(api, queries).getJsonNumber("id").longValue();
    }

    /**
     * The first item of the first of these queries that finds one: the demo data's case in the state with the most to
     * check, else one in another state (tests that ran before in the same server move the demo data on).
     */
    private static JsonObject firstOf(Api api, String... queries) {
        for (String query : queries) {
            JsonObject page = api.get(query).json();
            if (!page.getJsonArray("items").isEmpty()) {
                return first(page);
            }
        }
        throw new AssertionError("none found by " + String.join(" or ", queries));
    }

    private static long firstId(JsonObject page) {
        return first(page).getJsonNumber("id").longValue();
    }

    /** The first item of a page of results; the demo data has one of each kind the tours look up. */
    private static JsonObject first(JsonObject page) {
        assertTrue(!page.getJsonArray("items").isEmpty(), () -> "the demo data has none: " + page);
        return page.getJsonArray("items").getJsonObject(0);
    }

    /** Every page the application serves: the Facelets views of its WAR, less the templates and includes under WEB-INF. */
    private static Set<String> pages() {
        WebArchive war = Deployments.application().getAsType(WebArchive.class, "intermarket-web.war");
        return war.getContent().keySet().stream().map(org.jboss.shrinkwrap.api.ArchivePath::get)
                .filter(path -> path.endsWith(".xhtml") && !path.startsWith("/WEB-INF/") && !path.startsWith("/resources/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
