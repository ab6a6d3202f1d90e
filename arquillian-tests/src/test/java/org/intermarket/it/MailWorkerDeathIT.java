package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bound on repeats: a worker that dies after the SMTP server accepted a mail and before it marked it sent leaves the
 * mail claimed; once its lease is over another round sends it again, with the same Message-ID, and marks it. So a death
 * repeats the mail once, recognisably, and never more. The death is staged by {@link DeadWorker} inside the server.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(FastMarket.class)
class MailWorkerDeathIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final MailServer smtp = new MailServer();

    @Deployment(name = "application", order = 1, testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Deployment(name = "dead-worker", order = 2, testable = false)
    static WebArchive deadWorker() {
        return ShrinkWrap.create(WebArchive.class, "MailWorkerDeathIT-probe.war").addClass(DeadWorker.class);
    }

    @Test
    void aWorkerThatDiesBetweenSendingAndMarkingRepeatsTheMailOnceWithItsMessageId() throws Exception {
        Agency reader = Agencies.register("330100");
        assertEquals(200, reader.api().put("/api/v1/subscriptions/mine",
                "{\"items\":[\"" + Agencies.OPEN_ITEM + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}").status());
        Market.published(Market.owner(), "LOWEST_PRICE", "120000.00", 600, null);
        String address = MailServer.address(reader.username());
        MimeMessage first = smtp.awaitMails(address, 1, PATIENCE).get(0);
        Api admin = Api.demo("admin");
        JsonObject mail = awaitState(admin, address, "SENT");

        long id = mail.getJsonNumber("id").longValue();
        assertEquals(204, Api.anonymous().at(Api.BASE + "/MailWorkerDeathIT-probe").post(DeadWorker.PATH + "?mail=" + id, null).status());

        List<MimeMessage> received = smtp.awaitMails(address, 2, PATIENCE);
        assertEquals(2, received.size(), "sent again by the round that found the claim over");
        assertEquals(first.getMessageID(), received.get(1).getMessageID(), "the repeat is the same message to the receiving side");
        JsonObject marked = awaitState(admin, address, "SENT");
        assertEquals(2, marked.getInt("attempts"), marked::toString);
        Thread.sleep(3000);
        assertEquals(2, smtp.receivedBy(address).size(), "one repeat for one death, and no more");
    }

    private static JsonObject awaitState(Api admin, String address, String state) {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            for (JsonObject mail : admin.get("/api/v1/mail/outbox?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (mail.getString("recipient").equals(address) && mail.getString("state").equals(state)) {
                    return mail;
                }
            }
            Market.pause();
        }
        throw new AssertionError("no " + state + " mail to " + address);
    }
}
