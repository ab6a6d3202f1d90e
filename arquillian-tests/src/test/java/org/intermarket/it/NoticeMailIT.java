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
        assertEquals(9, lines.size(), text);
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

    private static String address(String username) {
        return MailServer.address(username);
    }
}
