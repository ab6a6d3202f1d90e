package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the test JVM, and the test server's mail settings pointed at it through the
 * management interface, as {@link TestClock} moves the clock: the server's worker reads {@code intermarket.mail.smtp.*}
 * at every round. {@link #keepMails()} takes the setting away again: the server then keeps its mails, as in the demo.
 * A test class that reads mail registers one: {@code @RegisterExtension static final MailServer smtp = new MailServer();}
 * starts it and points the test server at it before the class's tests (after the server is up, since extensions
 * registered on a field come after the class's own), and afterwards stops it and lets the test server keep its mails.
 */
final class MailServer implements BeforeAllCallback, AfterAllCallback {

    static final String HOST_PROPERTY = "intermarket.mail.smtp.host";
    static final String PORT_PROPERTY = "intermarket.mail.smtp.port";

    private final int port;
    private GreenMail smtp;

    MailServer() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
        pointServerHere();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        keepMails();
        stop();
    }

    /** The address {@link Registrations} gives the account of this username. */
    static String address(String username) {
        return username + "@example.org";
    }

    /** Starts the SMTP server (again, on the same port, after {@link #stop}): nothing received before is kept. */
    void start() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** Stops the SMTP server: the test server's sends fail as on a real outage (connection refused). */
    void stop() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** The test server sends its mails here from its next round on. */
    void pointServerHere() {
        setProperty(PORT_PROPERTY, Integer.toString(port));
        setProperty(HOST_PROPERTY, "127.0.0.1");
    }

    /** The test server sends nothing from its next round on: mails are kept in its outbox. */
    static void keepMails() {
        for (String name : List.of(HOST_PROPERTY, PORT_PROPERTY)) {
            Management.execute(Operations.createRemoveOperation(Operations.createAddress("system-property", name)), true);
        }
    }

    /** Every mail received so far (since the last start) for this address. */
    List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
    }

    /** Waits until {@code address} has at least {@code count} mails, at most {@code patience}; returns what it has then. */
    List<MimeMessage> awaitMails(String address, int count, Duration patience) {
        Instant until = Instant.now().plus(patience);
        List<MimeMessage> received = receivedBy(address);
        while (received.size() < count && Instant.now().isBefore(until)) {
            Market.pause();
            received = receivedBy(address);
        }
        return received;
    }

    /** The decoded text of the part of this type in a multipart/alternative mail. */
    static String part(MimeMessage mail, String type) {
        try {
            Multipart alternatives = (Multipart) mail.getContent();
            assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart part = alternatives.getBodyPart(i);
                if (part.isMimeType(type)) {
                    assertTrue(part.getContentType().toLowerCase().contains("utf-8"), part.getContentType());
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part in " + mail.getContentType());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A header's first value with its folding undone (a long List-Unsubscribe is folded over lines). */
    static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            assertTrue(values != null && values.length > 0, "no header " + name);
            return values[0].replaceAll("\\r?\\n[ \\t]+", "");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            jakarta.mail.Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setProperty(String name, String value) {
        ModelNode address = Operations.createAddress("system-property", name);
        if (Management.execute(Operations.createWriteAttributeOperation(address, "value", value), true) == null) {
            ModelNode add = Operations.createAddOperation(address);
            add.get("value").set(value);
            Management.execute(add, false);
        }
    }
}
