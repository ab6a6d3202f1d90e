package org.intermarket.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Talks to the SMTP server through the application server's mail session ({@code java:jboss/mail/intermarket}, the
 * WildFly mail subsystem), whose sender and settings it takes, with the server, port, STARTTLS and credentials of
 * {@link SmtpSettings} as they are at the moment, and timeouts, so that an SMTP server that stops answering holds a
 * worker for seconds, not for ever.
 */
@ApplicationScoped
public class MailSender {

    private static final String TIMEOUT_MILLIS = "20000";

    @Resource(lookup = "java:jboss/mail/intermarket")
    private Session session;

    @Inject
    private Clock clock;

    /** A connection to the SMTP server, for one round of sends. */
    public Connection connect(SmtpSettings smtp) throws MessagingException {
        Properties properties = new Properties();
        properties.putAll(session.getProperties());
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
        properties.put("mail.smtp.auth", Boolean.toString(smtp.user() != null));
        Session live = Session.getInstance(properties);
        Transport transport = live.getTransport("smtp");
        transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
        String from = smtp.from().isEmpty() ? properties.getProperty("mail.from", "noreply@intermarket.local") : smtp.from();
        return new Connection(live, transport, from);
    }

    /** One SMTP connection; close it after the round. */
    public final class Connection implements AutoCloseable {

        private final Session live;
        private final Transport transport;
        private final String from;

        private Connection(Session live, Transport transport, String from) {
            this.live = live;
            this.transport = transport;
            this.from = from;
        }

        public boolean open() {
            return transport.isConnected();
        }

        /** Sends one mail of the outbox; returns when the SMTP server has accepted it, throws when it has not. */
        public void send(OutboxMessage mail) throws MessagingException {
            MimeMessage message = new FixedIdMessage(live, messageId(mail.id(), from));
            try {
                message.setFrom(new InternetAddress(from, null, "UTF-8"));
            } catch (UnsupportedEncodingException impossible) {
                throw new IllegalStateException(impossible);
            }
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("Content-Language", "en".equals(mail.language()) ? "en" : "zh-CN");
            message.setHeader("Auto-Submitted", "auto-generated");
            if (mail.unsubscribeToken() != null) {
                // RFC 8058: a mail client offers "unsubscribe" and POSTs List-Unsubscribe=One-Click to this address
                message.setHeader("List-Unsubscribe", "<" + PublicUrl.oneClickUnsubscribe(mail.unsubscribeToken()) + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.bodyText(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.bodyHtml(), "UTF-8", "html");
            MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
            message.setContent(alternatives);
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the round is over either way; the server drops a connection left half-closed
            }
        }
    }

    /** The Message-ID of an outbox row: the same at every attempt, so a resend is recognisably the same message. */
    static String messageId(Long outboxId, String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 || at == from.length() - 1 ? "intermarket.local" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<intermarket-mail-" + outboxId + "@" + domain + ">";
    }

    /** A message whose Message-ID is the outbox row's, not a fresh one per attempt as Jakarta Mail would make. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
