package org.intermarket.mail;

/** Who an inbox message also goes to by mail: an account that chose its kind, its address and language. */
public record NoticeReader(Long accountId, String email, String language) {
}
