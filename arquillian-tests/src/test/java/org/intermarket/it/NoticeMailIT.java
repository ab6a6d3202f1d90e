package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inbox messages by mail: an account chooses which kinds of its inbox's messages also come by mail, in its language;
 * the message's mail is written with it and says its kind, the need it is about and where to read it, nothing more (no
 * price, count or bidder, before the deadline or after). Each test takes accounts of its own and counts only their mail.
 */
@ExtendWith(FastMarket.class)
class NoticeMailIT extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long to go on watching for a mail that must not come. */
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final Pattern ONE_CLICK = Pattern.compile("<http[^>]+/api/v1/mail/notices/unsubscribe\\?token=(n-[^>]+)>");

    @RegisterExtension
    static final MailServer smtp = new MailServer();

    @Test
    void anOwnerHearsByMailOfTheKindItChoseInEnglishAndTheMailTellsNothingOfTheBids() throws Exception {
        Owner owner = Market.owner();
        choose(owner.api(), "[\"NEED_FAILED\"]", "en");
        Agency bidder = Agencies.admitted("330100");
        // the bidder chooses every kind it may: nothing of its bid comes back to it by mail while bidding is open
        JsonObject everything = bidder.api().get("/api/v1/mail/notices/mine").json();
        String all = everything.getJsonArray("choosable").toString();
        choose(bidder.api(), all, "zh");

        long need = Market.published(owner, "LOWEST_PRICE", "120000.00", 600, null);
        Market.bidId(bidder, need, "98765.43");
        Thread.sleep(QUIET.toMillis());
        assertEquals(List.of(), smtp.receivedBy(address(owner.username())), "nothing chosen happened before the deadline");
        assertEquals(List.of(), smtp.receivedBy(address(bidder.username())), "nothing chosen happened before the deadline");

        // one bid of the three LOWEST_PRICE needs: the need fails at its close, which the owner chose to hear of
        JsonObject closed = Market.awaitClosed(need);
        assertEquals("FAILED", closed.getString("status"), closed::toString);
        List<MimeMessage> mails = smtp.awaitMails(address(owner.username()), 1, PATIENCE);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertTrue(mail.getSubject().startsWith("Need failed: ") && mail.getSubject().contains("\"城东污水处理厂扩建工程\""), mail.getSubject());
        String text = MailServer.part(mail, "text/plain");
        String html = MailServer.part(mail, "text/html");
        // the whole text, line by line: its kind, its need by public name, the links; the message's count is not there
        List<String> lines = text.lines().toList();
        assertEquals("A new message in your inbox: Need failed.", lines.get(0), text);
        assertTrue(lines.get(2).startsWith("About: ") && lines.get(2).endsWith(" for \"城东污水处理厂扩建工程\""), text);
        assertTrue(lines.get(3).startsWith("Open it in the intermediary-service marketplace: http") && lines.get(3).endsWith("/need.xhtml?id=" + need), text);
        assertTrue(lines.get(4).startsWith("Sign in to read it in your inbox: http") && lines.get(4).endsWith("/account/inbox.xhtml"), text);
        assertTrue(lines.get(8).endsWith("/account/mail.xhtml"), text);
        assertTrue(lines.get(9).contains("/unsubscribe.xhtml?token=n-"), text);
        assertEquals(10, lines.size(), text);
        for (String sealed : List.of("98765.43", "98765", bidder.username(), "(1)", "1 bid")) {
            assertFalse((mail.getSubject() + text + html).contains(sealed), "no mail tells " + sealed + ": " + text + html);
        }
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"en\">"), html);
        Thread.sleep(QUIET.toMillis());
        assertEquals(1, smtp.receivedBy(address(owner.username())).size(), "once");
        assertEquals(List.of(), smtp.receivedBy(address(bidder.username())), "the failure is the owner's message, not the bidder's");
    }

    @Test
    void anAgencyHearsInChineseOfOnlyTheKindsItChose() throws Exception {
        Agency agency = Agencies.admitted("330100");
        choose(agency.api(), "[\"REWARD_GRANTED\"]", "zh");
        Api supervisor = Api.demo("supervisor");
        assertEquals(201, supervisor.post(agency.path() + "/violations", "{\"severity\":\"MINOR\",\"reason\":\"报告逾期三天\"}").status());
        assertEquals(201, supervisor.post(agency.path() + "/rewards", "{\"points\":2,\"reason\":\"抢险服务及时到位\"}").status());

        MimeMessage mail = smtp.awaitMails(address(agency.username()), 1, PATIENCE).get(0);
        assertEquals("表彰加分", mail.getSubject());
        String text = MailServer.part(mail, "text/plain");
        assertTrue(text.startsWith("您的消息中心有一条新消息：表彰加分。"), text);
        assertTrue(text.contains("/agency.xhtml?id=" + agency.id()), "the message's own link: " + text);
        assertFalse(text.contains("抢险服务及时到位"), "the details stay behind the sign-in: " + text);
        Thread.sleep(QUIET.toMillis());
        assertEquals(1, smtp.receivedBy(address(agency.username())).size(), "the violation was not chosen");
    }

    @Test
    void aNoticeMailsOneClickLinkStopsItsKindForItsAccountAndAForgedOneNothing() throws Exception {
        Agency agency = Agencies.admitted("330100");
        Agency other = Agencies.admitted("330100");
        choose(agency.api(), "[\"REWARD_GRANTED\",\"VIOLATION_RECORDED\"]", "en");
        choose(other.api(), "[\"REWARD_GRANTED\"]", "zh");
        Api supervisor = Api.demo("supervisor");
        reward(supervisor, agency);
        reward(supervisor, other);
        MimeMessage mail = smtp.awaitMails(address(agency.username()), 1, PATIENCE).get(0);
        MimeMessage othersMail = smtp.awaitMails(address(other.username()), 1, PATIENCE).get(0);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        String token = token(mail, "REWARD_GRANTED");
        String othersToken = token(othersMail, "REWARD_GRANTED");
        String account = token.split("-")[1];
        String othersAccount = othersToken.split("-")[1];
        assertFalse(account.equals(othersAccount), token + " " + othersToken);
        String text = MailServer.part(mail, "text/plain");
        assertTrue(text.lines().anyMatch(line -> line.startsWith("Stop this kind of message coming by mail: http")
                && line.endsWith("/unsubscribe.xhtml?token=" + token)), "the text's link leads a person to the page: " + text);

        // forgeries: its MAC on the other account, on another kind, changed; the other's token on the subscription's address
        String mac = token.substring(token.lastIndexOf('-') + 1);
        Api stranger = Api.anonymous();
        for (String forged : List.of("n-" + othersAccount + "-REWARD_GRANTED-" + mac, "n-" + account + "-VIOLATION_RECORDED-" + mac,
                token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"), othersToken.substring(2))) {
            assertProblem(oneClick(stranger, forged), 403);
        }
        assertProblem(stranger.send("POST", "/api/v1/subscriptions/unsubscribe?token=" + othersToken, "List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded"), 403);
        assertProblem(oneClick(stranger, ""), 400);
        assertEquals(List.of("VIOLATION_RECORDED", "REWARD_GRANTED"), kinds(agency), "a forged link changed nothing (in the inbox's order)");
        assertEquals(List.of("REWARD_GRANTED"), kinds(other), "a forged link changed nothing");

        // the real one, as a mail client sends it, without signing in; twice is harmless
        for (int i = 0; i < 2; i++) {
            assertEquals(204, oneClick(stranger, token).status());
        }
        assertEquals(List.of("VIOLATION_RECORDED"), kinds(agency), "that kind stopped, the other stays");
        assertEquals(List.of("REWARD_GRANTED"), kinds(other), "another account's choice is its own");

        reward(supervisor, agency);
        reward(supervisor, other);
        assertEquals(201, supervisor.post(agency.path() + "/violations", "{\"severity\":\"MINOR\",\"reason\":\"报告逾期三天\"}").status());
        assertEquals(2, smtp.awaitMails(address(other.username()), 2, PATIENCE).size(), "the other still hears of its rewards");
        smtp.awaitMails(address(agency.username()), 2, PATIENCE);
        Thread.sleep(QUIET.toMillis());
        List<MimeMessage> mails = smtp.receivedBy(address(agency.username()));
        assertEquals(2, mails.size(), "the first reward and the violation, not the second reward");
        assertTrue(mails.get(1).getSubject().startsWith("Violation recorded"), mails.get(1).getSubject());
        token(mails.get(1), "VIOLATION_RECORDED");
    }

    @Test
    void everyAccountKeepsItsOwnChoiceAndBadChoicesAreRefused() {
        Owner owner = Market.owner();
        JsonObject none = owner.api().get("/api/v1/mail/notices/mine").json();
        assertEquals(List.of(), Api.strings(none, "kinds"), "nothing by mail until chosen");
        assertEquals("zh", none.getString("language"));
        List<String> choosable = Api.strings(none, "choosable");
        assertTrue(choosable.contains("BID_WON") && choosable.contains("CONTRACT_SIGNED"), choosable::toString);
        assertFalse(choosable.contains("NEED_PUBLISHED"), "new needs are chosen in the agency's subscription");

        JsonObject saved = choose(owner.api(), "[\"CONTRACT_CONFIRMED\",\"BIDDING_CLOSED\"]", "en");
        assertEquals(List.of("BIDDING_CLOSED", "CONTRACT_CONFIRMED"), Api.strings(saved, "kinds"), "in the inbox's order");
        assertEquals("en", owner.api().get("/api/v1/mail/notices/mine").json().getString("language"));

        assertFieldError(assertProblem(owner.api().put("/api/v1/mail/notices/mine", "{\"kinds\":[\"BID_WONN\"],\"language\":\"en\"}"), 400), "kinds");
        assertFieldError(assertProblem(owner.api().put("/api/v1/mail/notices/mine", "{\"kinds\":[\"NEED_PUBLISHED\"],\"language\":\"en\"}"), 400), "kinds");
        assertProblem(owner.api().put("/api/v1/mail/notices/mine", "{\"kinds\":[\"bid won\"],\"language\":\"en\"}"), 400);
        assertProblem(owner.api().put("/api/v1/mail/notices/mine", "{\"kinds\":[],\"language\":\"fr\"}"), 400);
        assertProblem(owner.api().put("/api/v1/mail/notices/mine", "{\"language\":\"zh\"}"), 400);
        assertProblem(owner.api().put("/api/v1/mail/notices/mine", null), 400);
        assertEquals(List.of("BIDDING_CLOSED", "CONTRACT_CONFIRMED"), Api.strings(owner.api().get("/api/v1/mail/notices/mine").json(), "kinds"),
                "refused changes changed nothing");

        Api supervisor = Api.demo("supervisor");
        JsonObject before = supervisor.get("/api/v1/mail/notices/mine").json();
        assertEquals(List.of(), Api.strings(before, "kinds"), "an owner's choice is its own");
        try {
            assertEquals(List.of("OBJECTION_FILED"), Api.strings(choose(supervisor, "[\"OBJECTION_FILED\"]", "zh"), "kinds"));
        } finally {
            choose(supervisor, "[]", "zh");
        }
        assertProblem(Api.anonymous().get("/api/v1/mail/notices/mine"), 401);
        assertProblem(Api.anonymous().put("/api/v1/mail/notices/mine", "{\"kinds\":[],\"language\":\"zh\"}"), 401);
    }

    private static JsonObject choose(Api account, String kinds, String language) {
        Api.Reply saved = account.put("/api/v1/mail/notices/mine", "{\"kinds\":" + kinds + ",\"language\":\"" + language + "\"}");
        assertEquals(200, saved.status(), saved::toString);
        return saved.json();
    }

    private static void reward(Api supervisor, Agency agency) {
        assertEquals(201, supervisor.post(agency.path() + "/rewards", "{\"points\":1,\"reason\":\"抢险服务及时到位\"}").status());
    }

    private static List<String> kinds(Agency agency) {
        return Api.strings(agency.api().get("/api/v1/mail/notices/mine").json(), "kinds");
    }

    /** The token of a notice mail's one-click unsubscribe, checked to be of this kind and at the notices' address. */
    private static String token(MimeMessage mail, String kind) {
        Matcher link = ONE_CLICK.matcher(MailServer.header(mail, "List-Unsubscribe"));
        assertTrue(link.matches(), MailServer.header(mail, "List-Unsubscribe"));
        assertTrue(link.group(1).contains("-" + kind + "-"), link.group(1));
        return link.group(1);
    }

    private static Api.Reply oneClick(Api client, String token) {
        return client.send("POST", "/api/v1/mail/notices/unsubscribe?token=" + token, "List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded");
    }

    private static String address(String username) {
        return MailServer.address(username);
    }
}
