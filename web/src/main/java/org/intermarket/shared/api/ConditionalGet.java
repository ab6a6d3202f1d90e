package org.intermarket.shared.api;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The validators a client sent with a {@code GET} or {@code HEAD}, and whether they show that it already holds the
 * current answer, so that a {@code 304} with no body suffices (RFC 9110, 13.2.2).
 *
 * <p>{@code If-None-Match} wins: when a client sends it, {@code If-Modified-Since} is ignored, since a tag tells
 * changes within one second apart and a date cannot.
 */
public record ConditionalGet(String ifNoneMatch, String ifModifiedSince) {

    /**
     * @param tag          the current answer's entity tag
     * @param lastModified the current answer's {@code Last-Modified}, or null when the answer has none
     */
    public boolean alreadyHeld(String tag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return EntityTags.noneMatchNames(ifNoneMatch, tag);
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
