package org.intermarket.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public answers this server keeps, by request. An answer is served again only while it is at most
 * {@link #LIFETIME} old, no change has been committed on this server since it was rendered, and the market's clock
 * has not been moved (a test server's); otherwise it is rendered anew. Memory is bounded: past {@link #BUDGET} bytes an
 * answer is simply not kept until out-of-date ones are dropped.
 */
final class KeptAnswers {

    /** How old a kept answer may be: what a shared cache may add to it too must stay within the bound the API states. */
    static final Duration LIFETIME = Duration.ofSeconds(org.intermarket.shared.api.HttpCaching.SHARED_SECONDS);
    static final long BUDGET = 32L * 1024 * 1024;
    static final int LARGEST = 1024 * 1024;
    private static final long SWEEP_EVERY_NANOS = Duration.ofMillis(200).toNanos();

    private final ConcurrentHashMap<String, Kept> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime() - SWEEP_EVERY_NANOS);

    /**
     * An answer as it was sent: status 200, its headers (those that describe the body: type, language, validators,
     * caching, security headers) and bytes, with the weak tag of those bytes.
     *
     * @param changes     {@code MarketChanges.committed()} read before it was rendered
     * @param clockOffset the market clock's offset when it was rendered
     * @param keptAt      {@code System.nanoTime()} when it was rendered
     */
    record Kept(long changes, Duration clockOffset, long keptAt, String contentType, Map<String, List<String>> headers, byte[] body,
            String tag) {

        boolean currentAt(long changesNow, Duration offsetNow, long nanosNow) {
            return changes == changesNow && clockOffset.equals(offsetNow) && nanosNow - keptAt < LIFETIME.toNanos();
        }

        /** Its {@code Last-Modified}, for {@code If-Modified-Since}; null when it has none. */
        Instant lastModified() {
            List<String> dates = headers.get("Last-Modified");
            if (dates == null || dates.isEmpty()) {
                return null;
            }
            try {
                return ZonedDateTime.parse(dates.get(0), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** Whole seconds since it was rendered, for {@code Age}: a cache behind this one counts its lifetime from then. */
        long ageSeconds(long nanosNow) {
            return Duration.ofNanos(nanosNow - keptAt).toSeconds();
        }
    }

    /** The answer kept for this request, if it is still current. */
    Kept current(String key, long changes, Duration clockOffset, long now) {
        Kept kept = answers.get(key);
        return kept != null && kept.currentAt(changes, clockOffset, now) ? kept : null;
    }

    void keep(String key, Kept answer, long now) {
        int size = answer.body().length;
        if (size > LARGEST) {
            return;
        }
        if (bytes.get() + size > BUDGET) {
            dropOutOfDate(answer.changes(), answer.clockOffset(), now);
            if (bytes.get() + size > BUDGET) {
                return;
            }
        }
        Kept replaced = answers.put(key, answer);
        bytes.addAndGet(size - (replaced == null ? 0 : replaced.body().length));
    }

    /** At most every 200 ms, however many renders find the budget spent. */
    private void dropOutOfDate(long changes, Duration clockOffset, long now) {
        long last = lastSweep.get();
        if (now - last < SWEEP_EVERY_NANOS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        answers.forEach((key, kept) -> {
            if (!kept.currentAt(changes, clockOffset, now) && answers.remove(key, kept)) {
                bytes.addAndGet(-kept.body().length);
            }
        });
    }

    int size() {
        return answers.size();
    }
}
