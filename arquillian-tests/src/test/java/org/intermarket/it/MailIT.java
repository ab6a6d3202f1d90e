package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail through a real SMTP server (GreenMail in this JVM) that the test server's worker is pointed at: who gets which
 * mail, once, in which language, what it may say, the one-click unsubscribe, and an SMTP outage. Each test takes
 * agencies and needs of its own and counts only the mails to its own agencies' addresses.
 */
@ExtendWith(FastMarket.class)
class MailIT extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long to go on watching for a mail that must not come, once the ones that must have come. */
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final Pattern LIST_UNSUBSCRIBE = Pattern.compile("<(http[^>]+/api/v1/subscriptions/unsubscribe\\?token=([^>]+))>");
    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    static final MailServer smtp = new MailServer();

    @Test
    void aMatchingNeedReachesExactlyTheSubscribedAgenciesOnceInTheirLanguages() throws Exception {
        Agency chinese = subscribed("{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}");
        Agency english = subscribed("{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"regions\":[\"330000\"],\"frequency\":\"IMMEDIATE\",\"language\":\"en\"}");
        Agency otherItem = subscribed("{\"items\":[\"" + Agencies.SURVEY_ITEM + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}");
        Agency otherCity = subscribed("{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"regions\":[\"330200\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}");
        Agency unsubscribed = subscribed("{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}");
        assertFalse(unsubscribed.api().delete("/api/v1/subscriptions/mine").json().getBoolean("subscribed"));
        Agency never = Agencies.register("330100");

        Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "120000.00", 600, null);
        Instant deadline = Instant.parse(Api.anonymous().get("/api/v1/needs/" + need).json().getString("bidDeadline"));

        MimeMessage zh = only(smtp.awaitMails(address(chinese), 1, PATIENCE), chinese);
        MimeMessage en = only(smtp.awaitMails(address(english), 1, PATIENCE), english);
        Thread.sleep(QUIET.toMillis());
        assertEquals(1, smtp.receivedBy(address(chinese)).size(), "once, not again");
        assertEquals(1, smtp.receivedBy(address(english)).size(), "once, not again");
        for (Agency none : List.of(otherItem, otherCity, unsubscribed, never)) {
            assertEquals(List.of(), smtp.receivedBy(address(none)), none.username() + " did not subscribe to this need");
        }

        assertTrue(zh.getSubject().contains("新的中介需求"), zh.getSubject());
        assertTrue(en.getSubject().startsWith("New need"), en.getSubject());
        String zhText = MailServer.part(zh, "text/plain");
        String enText = MailServer.part(en, "text/plain");
        String enHtml = MailServer.part(en, "text/html");
        assertTrue(zhText.contains("城东污水处理厂扩建工程") && zhText.contains("120000.00 元") && zhText.contains("杭州市"), zhText);
        assertTrue(zhText.contains(BEIJING.format(deadline) + " （北京时间）"), "the deadline in Beijing time: " + zhText);
        assertTrue(enText.contains("CNY 120000.00") && enText.contains("Hangzhou") && enText.contains(BEIJING.format(deadline) + " (Beijing time)"), enText);
        assertTrue(enText.contains("/need.xhtml?id=" + need), enText);
        assertTrue(enHtml.contains("href=\"") && enHtml.contains("/need.xhtml?id=" + need) && enHtml.contains("<table>"), enHtml);
        assertTrue(MailServer.header(en, "List-Unsubscribe").contains("/api/v1/subscriptions/unsubscribe?token="));
        assertEquals("List-Unsubscribe=One-Click", en.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(en.getMessageID().startsWith("<intermarket-mail-"), en.getMessageID());
        assertNotEquals(zh.getMessageID(), en.getMessageID());
    }

    @Test
    void biddersHearOfAnAmendmentAndACancellationAndNoMailTellsAnythingSealed() throws Exception {
        Agency reader = Agencies.admitted("330100");
        assertEquals(200, reader.api().put("/api/v1/subscriptions/mine",
                "{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"en\"}").status());
        Agency rival = Agencies.admitted("330100");
        Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "120000.00", 600, null);
        smtp.awaitMails(address(reader), 1, PATIENCE);
        Market.bidId(reader, need, "98765.43");
        Market.bidId(rival, need, "97531.24");

        assertEquals(201, owner.api().post("/api/v1/needs/" + need + "/amendments",
                "{\"reason\":\"补充地下水专项评价内容\",\"ceilingPrice\":\"110000.00\"}").status());
        List<MimeMessage> mails = smtp.awaitMails(address(reader), 2, PATIENCE);
        assertEquals(2, mails.size());
        assertEquals(200, owner.api().post("/api/v1/needs/" + need + "/cancel", "{\"reason\":\"项目调整，暂停采购\"}").status());
        mails = smtp.awaitMails(address(reader), 3, PATIENCE);
        assertEquals(3, mails.size(), "published, amended, cancelled");

        Set<String> subjects = new HashSet<>();
        String rivalName = "测试单位 " + rival.username(); // the organisation name Registrations gives it
        for (MimeMessage mail : mails) {
            subjects.add(mail.getSubject().substring(0, mail.getSubject().indexOf(':')));
            String all = mail.getSubject() + MailServer.part(mail, "text/plain") + MailServer.part(mail, "text/html");
            for (String sealed : List.of("98765.43", "97531.24", "98765", "97531", rivalName, rival.username(), "bid count")) {
                assertFalse(all.contains(sealed), "a mail before the deadline tells nothing sealed (" + sealed + "): " + all);
            }
        }
        assertEquals(Set.of("New need", "Need amended", "Need cancelled"), subjects);
        String amended = mails.stream().filter(m -> subject(m).startsWith("Need amended")).map(m -> MailServer.part(m, "text/plain")).findFirst().orElseThrow();
        assertTrue(amended.contains("补充地下水专项评价内容") && amended.contains("CNY 110000.00"), "the reason and the new ceiling: " + amended);
        assertEquals(List.of(), smtp.receivedBy(address(rival)), "the rival subscribed to nothing");
    }

    @Test
    void anUnsubscribeLinkStopsTheNextMailAndAForgedOneChangesNothing() throws Exception {
        Agency leaving = subscribed("{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}");
        Agency staying = subscribed("{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}");
        Owner owner = Market.owner();
        Market.published(owner, "LOWEST_PRICE", "120000.00", 600, null);
        MimeMessage leavingMail = only(smtp.awaitMails(address(leaving), 1, PATIENCE), leaving);
        MimeMessage stayingMail = only(smtp.awaitMails(address(staying), 1, PATIENCE), staying);
        Matcher link = LIST_UNSUBSCRIBE.matcher(MailServer.header(leavingMail, "List-Unsubscribe"));
        assertTrue(link.matches(), MailServer.header(leavingMail, "List-Unsubscribe"));
        String token = link.group(2);
        Matcher other = LIST_UNSUBSCRIBE.matcher(MailServer.header(stayingMail, "List-Unsubscribe"));
        assertTrue(other.matches());
        String[] mine = token.split("-", 3);
        String[] theirs = other.group(2).split("-", 3);

        // forgeries: another subscription under this token's MAC, a changed MAC, garbage; none changes anything
        Api stranger = Api.anonymous();
        for (String forged : List.of(theirs[0] + "-" + theirs[1] + "-" + mine[2], mine[0] + "-" + mine[1] + "-" + flip(mine[2]),
                "1-1-" + mine[2], "x", "")) {
            assertProblem(stranger.send("POST", "/api/v1/subscriptions/unsubscribe?token=" + forged, "List-Unsubscribe=One-Click",
                    "application/x-www-form-urlencoded"), forged.isEmpty() ? 400 : 403);
        }
        assertTrue(staying.api().get("/api/v1/subscriptions/mine").json().getBoolean("subscribed"), "a forged link changed nothing");
        assertTrue(leaving.api().get("/api/v1/subscriptions/mine").json().getBoolean("subscribed"), "a forged link changed nothing");

        // the real one, as a mail client sends it (RFC 8058), without signing in; twice is harmless
        for (int i = 0; i < 2; i++) {
            assertEquals(204, stranger.send("POST", "/api/v1/subscriptions/unsubscribe?token=" + token, "List-Unsubscribe=One-Click",
                    "application/x-www-form-urlencoded").status());
        }
        assertFalse(leaving.api().get("/api/v1/subscriptions/mine").json().getBoolean("subscribed"));
        assertTrue(staying.api().get("/api/v1/subscriptions/mine").json().getBoolean("subscribed"));

        Market.published(owner, "LOWEST_PRICE", "120000.00", 600, null);
        assertEquals(2, smtp.awaitMails(address(staying), 2, PATIENCE).size(), "the one who stayed hears of the next need");
        Thread.sleep(QUIET.toMillis());
        assertEquals(1, smtp.receivedBy(address(leaving)).size(), "the one who left does not");
    }

    @Test
    void anSmtpOutageDelaysMailsAndLosesOrRepeatsNone() throws Exception {
        List<Agency> readers = List.of(subscribed(immediately()), subscribed(immediately()), subscribed(immediately()));
        Owner owner = Market.owner();
        Api admin = Api.demo("admin");
        smtp.stop();
        try {
            Market.published(owner, "LOWEST_PRICE", "120000.00", 600, null);
            Market.published(owner, "LOWEST_PRICE", "120000.00", 600, null);
            // every mail has failed at least once: the administrator sees it waiting, with its last error
            for (Agency reader : readers) {
                JsonObject mail = awaitFailing(admin, address(reader), 2);
                assertEquals("PENDING", mail.getString("state"), mail::toString);
                assertTrue(mail.getInt("attempts") >= 1, mail::toString);
                assertTrue(mail.getString("lastError").toLowerCase().contains("connect"), mail::toString);
            }
        } finally {
            smtp.start();
        }
        // the back-off has pushed the next attempts up to minutes away: the market's clock goes there at once
        TestClock.advance(Duration.ofHours(1));
        for (Agency reader : readers) {
            List<MimeMessage> mails = smtp.awaitMails(address(reader), 2, PATIENCE);
            assertEquals(2, mails.size(), "both needs reach " + reader.username());
        }
        Thread.sleep(QUIET.toMillis());
        for (Agency reader : readers) {
            List<MimeMessage> mails = smtp.receivedBy(address(reader));
            assertEquals(2, mails.size(), "each once");
            assertEquals(2, mails.stream().map(MailIT::messageId).distinct().count());
        }
        JsonObject sent = admin.get("/api/v1/mail/outbox?state=SENT&size=100").json();
        assertTrue(sent.getInt("total") >= 6, sent::toString);
    }

    @Test
    void withoutAnSmtpServerMailsAreKeptForTheAdministrator() {
        Agency reader = subscribed(immediately());
        MailServer.keepMails();
        try {
            Market.published(Market.owner(), "LOWEST_PRICE", "120000.00", 600, null);
            Api admin = Api.demo("admin");
            assertFalse(admin.get("/api/v1/mail/outbox/summary").json().getBoolean("sending"));
            JsonObject kept = findMail(admin, address(reader), null).orElseThrow();
            assertEquals("PENDING", kept.getString("state"));
            assertEquals(0, kept.getInt("attempts"), "nothing was tried");
            JsonObject whole = admin.get("/api/v1/mail/outbox/" + kept.getJsonNumber("id").longValue()).json();
            assertTrue(whole.getString("text").contains("城东污水处理厂扩建工程"), whole::toString);
            assertTrue(whole.getString("html").startsWith("<!DOCTYPE html>"), whole::toString);
        } finally {
            smtp.pointServerHere();
        }
        assertEquals(1, smtp.awaitMails(address(reader), 1, PATIENCE).size(), "kept, then sent once an SMTP server is set");
    }

    @Test
    void aDailySubscriberGetsOneDigestOfItsOpenNeedsAtItsHour() throws Exception {
        ZonedDateTime nextHour = TestClock.now().atZone(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        Agency daily = subscribed("{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"frequency\":\"DAILY\",\"digestHour\":" + nextHour.getHour()
                + ",\"language\":\"en\"}");
        Agency atOnce = subscribed(immediately());
        Owner owner = Market.owner();
        int twoHours = 2 * 3600;
        long first = Market.published(owner, "LOWEST_PRICE", "120000.00", twoHours, null);
        long second = Market.published(owner, "LOWEST_PRICE", "120000.00", twoHours, null);
        long cancelled = Market.published(owner, "LOWEST_PRICE", "120000.00", twoHours, null);
        assertEquals(200, owner.api().post("/api/v1/needs/" + cancelled + "/cancel", "{\"reason\":\"项目调整\"}").status());
        assertEquals(3, smtp.awaitMails(address(atOnce), 3, PATIENCE).size(), "at once: a mail a need");
        Thread.sleep(QUIET.toMillis());
        assertEquals(List.of(), smtp.receivedBy(address(daily)), "a daily subscriber waits for its hour");

        TestClock.advanceTo(nextHour.toInstant().plusSeconds(1));
        MimeMessage digest = only(smtp.awaitMails(address(daily), 1, PATIENCE), daily);
        Thread.sleep(QUIET.toMillis());
        assertEquals(1, smtp.receivedBy(address(daily)).size(), "one digest");
        assertEquals("Daily digest: 2 new needs", digest.getSubject());
        String text = MailServer.part(digest, "text/plain");
        assertTrue(text.contains("/need.xhtml?id=" + first) && text.contains("/need.xhtml?id=" + second), text);
        assertFalse(text.contains("/need.xhtml?id=" + cancelled), "a cancelled need is not open: " + text);
        assertTrue(MailServer.part(digest, "text/html").contains("<h3>"), "each need under its own heading");
    }

    @Test
    void theSupervisorSeesHowManyAgenciesANeedReachedAndHowManyOfThemBidOnceBiddingClosed() {
        // an item no other test subscribes to, so that this need's readers are this test's agencies
        String item = "ZJFW-001";
        Agency bidder = Agencies.admitted("330100");
        Agency idle = Agencies.admitted("330100");
        for (Agency agency : List.of(bidder, idle)) {
            assertEquals(201, Agencies.publishGuide(agency, item).status());
            assertEquals(200, agency.api().put("/api/v1/subscriptions/mine",
                    "{\"items\":[\"" + item + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}").status());
        }
        Owner owner = Market.owner();
        Api.Reply drafted = owner.api().post("/api/v1/needs", Market.need(Market.project(owner), "LOWEST_PRICE", "120000.00",
                TestClock.now().plusSeconds(600), null).replace(Agencies.OPEN_ITEM, item));
        assertEquals(201, drafted.status(), drafted::toString);
        long need = drafted.json().getJsonNumber("id").longValue();
        assertEquals(200, owner.api().post("/api/v1/needs/" + need + "/publish", null).status());
        smtp.awaitMails(address(bidder), 1, PATIENCE);
        smtp.awaitMails(address(idle), 1, PATIENCE);
        Market.bidId(bidder, need, "90000.00");

        Api supervisor = Api.demo("supervisor");
        assertTrue(reachOf(supervisor, item, need).isEmpty(), "who bid is sealed until the deadline");
        Market.awaitClosed(need);
        JsonObject reach = reachOf(supervisor, item, need).orElseThrow();
        assertTrue(reach.getInt("reached") >= 2, reach::toString);
        assertEquals(1, reach.getInt("reachedAndBid"), reach::toString);
        assertEquals(reach, reachOf(Api.demo("supervisor-hz"), item, need).orElseThrow(), "the city's platform office supervises it too");
        assertTrue(reachOf(Api.demo("eco-nb"), item, need).isEmpty(), "another city's office does not supervise it");
        assertProblem(bidder.api().get("/api/v1/mail/reach"), 403);
    }

    private static java.util.Optional<JsonObject> reachOf(Api supervisor, String item, long need) {
        return supervisor.get("/api/v1/mail/reach?item=" + item + "&size=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(row -> row.getJsonNumber("needId").longValue() == need).findFirst();
    }

    @Test
    void subscriptionsAreAnAgencyAccountsOwnAndRefuseWhatIsNotInTheMarket() {
        Agency agency = Agencies.admitted("330100");
        JsonObject proposal = agency.api().get("/api/v1/subscriptions/mine").json();
        assertFalse(proposal.getBoolean("subscribed"));
        assertEquals(List.of(Agencies.OPEN_ITEM), Api.strings(proposal, "items"), "by default the items of its service guides");
        assertEquals(List.of(), Api.strings(proposal, "regions"), "by default the whole province");
        assertEquals("IMMEDIATE", proposal.getString("frequency"));

        JsonObject daily = agency.api().put("/api/v1/subscriptions/mine",
                "{\"items\":[\"zjfw-003\",\"ZJFW-029\"],\"regions\":[\"330100\"],\"frequency\":\"DAILY\",\"digestHour\":7,\"language\":\"en\"}").json();
        assertTrue(daily.getBoolean("subscribed"));
        assertEquals(List.of("ZJFW-003", "ZJFW-029"), Api.strings(daily, "items"));
        assertEquals(7, daily.getInt("digestHour"));

        assertFieldError(assertProblem(agency.api().put("/api/v1/subscriptions/mine",
                "{\"items\":[\"ZJFW-999\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}"), 400), "items");
        assertFieldError(assertProblem(agency.api().put("/api/v1/subscriptions/mine",
                "{\"items\":[\"ZJFW-003\"],\"regions\":[\"999999\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}"), 400), "regions");
        assertFieldError(assertProblem(agency.api().put("/api/v1/subscriptions/mine",
                "{\"items\":[\"ZJFW-003\"],\"frequency\":\"DAILY\",\"language\":\"zh\"}"), 400), "digestHour");
        assertProblem(agency.api().put("/api/v1/subscriptions/mine", "{\"items\":[],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}"), 400);
        assertProblem(agency.api().put("/api/v1/subscriptions/mine", "{\"items\":[\"ZJFW-003\"],\"frequency\":\"WEEKLY\",\"language\":\"zh\"}"), 400);
        assertEquals(7, agency.api().get("/api/v1/subscriptions/mine").json().getInt("digestHour"), "refused changes changed nothing");

        assertProblem(Api.anonymous().get("/api/v1/subscriptions/mine"), 401);
        assertProblem(Api.demo("owner1").get("/api/v1/subscriptions/mine"), 403);
        assertProblem(Api.demo("owner1").put("/api/v1/subscriptions/mine", "{\"items\":[\"ZJFW-003\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}"), 403);
        assertProblem(agency.api().get("/api/v1/mail/outbox"), 403);
        assertProblem(Api.demo("supervisor").get("/api/v1/mail/outbox/summary"), 403);
        assertProblem(Api.anonymous().get("/api/v1/mail/outbox"), 401);
        assertProblem(Api.demo("admin").get("/api/v1/mail/outbox/999999999"), 404);
        assertProblem(Api.demo("admin").get("/api/v1/mail/outbox?state=LOST"), 400);
    }

    private static String immediately() {
        return "{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}";
    }

    /** A fresh agency (registered, not yet admitted: mail needs no admission) whose account subscribed with this body. */
    private static Agency subscribed(String body) {
        Agency agency = Agencies.register("330100");
        Api.Reply saved = agency.api().put("/api/v1/subscriptions/mine", body);
        assertEquals(200, saved.status(), saved::toString);
        assertTrue(saved.json().getBoolean("subscribed"));
        return agency;
    }

    private static String address(Agency agency) {
        return MailServer.address(agency.username());
    }

    private static MimeMessage only(List<MimeMessage> mails, Agency agency) {
        assertEquals(1, mails.size(), "one mail to " + agency.username());
        return mails.get(0);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String flip(String mac) {
        char first = mac.charAt(0);
        return (first == 'A' ? 'B' : 'A') + mac.substring(1);
    }

    /** Waits until the outbox has {@code count} mails to this address that failed at least once; returns one of them. */
    private static JsonObject awaitFailing(Api admin, String address, int count) {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            List<JsonObject> failing = mails(admin, "failing=true").stream().filter(m -> m.getString("recipient").equals(address)).toList();
            if (failing.size() >= count) {
                return failing.get(0);
            }
            Market.pause();
        }
        throw new AssertionError("no failed attempt to " + address + " in the outbox");
    }

    private static java.util.Optional<JsonObject> findMail(Api admin, String address, String query) {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            java.util.Optional<JsonObject> found = mails(admin, query).stream().filter(m -> m.getString("recipient").equals(address)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Market.pause();
        }
        return java.util.Optional.empty();
    }

    private static List<JsonObject> mails(Api admin, String query) {
        return admin.get("/api/v1/mail/outbox?size=100" + (query == null ? "" : "&" + query)).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }
}
