package org.intermarket.mail;

import java.util.Objects;

/** A mail as its reader will see it: subject, plain text and HTML, in the reader's language. */
public record RenderedMail(String subject, String text, String html) {

    public RenderedMail {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }
}
