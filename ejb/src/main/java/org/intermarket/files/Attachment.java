package org.intermarket.files;

import java.io.InputStream;

/** A file handed to a service together with a form: its bytes, unread, and the name the client gave it. */
public record Attachment(InputStream content, String name) {
}
