package org.intermarket.mail;

import java.util.Optional;

/**
 * The SMTP server the market sends through, from server properties read at each sending round (so the management
 * interface can point the server at another SMTP server, or take it away, without a restart). Without
 * {@code intermarket.mail.smtp.host} nothing is sent: mails are kept in the outbox for the administrator to read.
 */
public record SmtpSettings(String host, int port, boolean startTls, String user, String password, String from) {

    public static final String HOST = "intermarket.mail.smtp.host";
    public static final String PORT = "intermarket.mail.smtp.port";
    public static final String STARTTLS = "intermarket.mail.smtp.starttls";
    public static final String USER = "intermarket.mail.smtp.user";
    public static final String PASSWORD = "intermarket.mail.smtp.password";
    public static final String FROM = "intermarket.mail.from";

    /** The settings in force, or empty when no SMTP server is set (the demo). */
    public static Optional<SmtpSettings> current() {
        String host = System.getProperty(HOST, "").trim();
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port;
        try {
            port = Integer.parseInt(System.getProperty(PORT, "25").trim());
        } catch (NumberFormatException e) {
            port = 25;
        }
        String user = System.getProperty(USER, "").trim();
        return Optional.of(new SmtpSettings(host, port, Boolean.parseBoolean(System.getProperty(STARTTLS, "false").trim()),
                user.isEmpty() ? null : user, user.isEmpty() ? null : System.getProperty(PASSWORD, ""),
                System.getProperty(FROM, "").trim()));
    }

    /** Whether mails are sent now, or kept. */
    public static boolean configured() {
        return current().isPresent();
    }
}
