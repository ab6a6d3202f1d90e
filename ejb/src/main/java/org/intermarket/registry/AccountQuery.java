package org.intermarket.registry;

/**
 * Filters of the administrators' list of accounts; any may be null. The text matches a part of the
 * username or of the organisation's name; {@code locked} true keeps only accounts locked now.
 */
public record AccountQuery(String text, Role role, Boolean locked) {
}
