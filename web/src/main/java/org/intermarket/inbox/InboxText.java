package org.intermarket.inbox;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.intermarket.shared.StoredText;
import org.intermarket.shared.view.Formats;
import org.intermarket.shared.view.StoredTextFormat;

/**
 * Renders a notification in a language: the message {@code inbox.<KIND>} of the bundle, filled
 * with its parameters. A message about a need names it first, by project and service item ({@code inbox.need}),
 * the item in the reader's language. A parameter that is itself a code with a label (a rejection reason, a severity)
 * is shown by that label, a stored text (a lapse's reason) in the reader's language, and a time in market time (China Standard Time), as every page shows it:
 * the same deadline must not read eight hours apart in the inbox and on the need's page.
 */
public final class InboxText {

    private static final String BUNDLE = "org.intermarket.i18n.messages";

    /** Where the bundle names a parameter that is a code: a rejection's reason, a violation's severity. */
    private static final List<String> CODES = List.of("reject.", "severity.");

    /** How notifications store a time: {@code Instant.toString()}, e.g. 2026-12-07T02:39:19Z. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    /**
     * Messages stored before they named their need by project and item began with numbers instead: how those read,
     * and how many leading parameters they take. They stay in the inboxes, so they must still read as a sentence.
     */
    private record ByNumber(String key, int params) {
    }

    private static final ByNumber NEED = new ByNumber("inbox.byNumber.need", 1);
    private static final ByNumber NUMBER = new ByNumber("inbox.byNumber.number", 1);

    private static final Map<NotificationKind, ByNumber> BY_NUMBER = Map.ofEntries(
            Map.entry(NotificationKind.NEED_PUBLISHED, new ByNumber("inbox.byNumber.published", 2)),
            Map.entry(NotificationKind.NEED_CANCELLED, NEED), Map.entry(NotificationKind.BIDDING_CLOSED, NEED),
            Map.entry(NotificationKind.NEED_FAILED, NEED), Map.entry(NotificationKind.BID_WON, NEED),
            Map.entry(NotificationKind.BID_LOST, NEED), Map.entry(NotificationKind.OBJECTION_FILED, NEED),
            Map.entry(NotificationKind.OBJECTION_UPHELD, NEED), Map.entry(NotificationKind.OBJECTION_DISMISSED, NEED),
            Map.entry(NotificationKind.NEED_AMENDED, NEED),
            Map.entry(NotificationKind.CONTRACT_SIGNED, new ByNumber("inbox.byNumber.signed", 2)),
            Map.entry(NotificationKind.CONTRACT_CONFIRMED, NUMBER), Map.entry(NotificationKind.CONTRACT_LAPSED, NUMBER),
            Map.entry(NotificationKind.DELIVERABLE_SUBMITTED, NUMBER), Map.entry(NotificationKind.DELIVERY_ACCEPTED, NUMBER),
            Map.entry(NotificationKind.DELIVERY_REJECTED, NUMBER), Map.entry(NotificationKind.CONTRACT_OVERDUE, NUMBER),
            Map.entry(NotificationKind.AGENCY_RATED, NUMBER), Map.entry(NotificationKind.RECTIFICATION_OPENED, NUMBER),
            Map.entry(NotificationKind.RECTIFICATION_ANSWERED, NUMBER), Map.entry(NotificationKind.RECTIFICATION_CLOSED, NUMBER));

    private InboxText() {
    }

    public static String render(Notification notification, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        List<String> params = notification.params();
        StoredTextFormat stored = new StoredTextFormat(bundle, locale);
        List<Object> arguments = new ArrayList<>();
        int from = 0;
        Optional<StoredText> need = params.isEmpty() ? Optional.empty() : subject(params.get(0));
        if (need.isPresent()) {
            arguments.add(need(bundle, locale, need.get()));
            from = 1;
        } else if (BY_NUMBER.containsKey(notification.kind())) {
            ByNumber old = BY_NUMBER.get(notification.kind());
            from = Math.min(old.params(), params.size());
            arguments.add(new MessageFormat(bundle.getString(old.key()), locale).format(params.subList(0, from).toArray()));
        }
        params.subList(from, params.size()).forEach(param -> arguments.add(param.startsWith("{") ? stored.render(param) : label(bundle, param)));
        String key = "inbox." + notification.kind().name();
        // A kind without a text yet (InboxTextTest guards this) still shows something rather than failing the page.
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : notification.kind().name() + " {0} {1} {2}";
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    private static Optional<StoredText> subject(String param) {
        return StoredText.decode(param).filter(text -> Inbox.NEED_SUBJECT.equals(text.code()));
    }

    /** 「项目」的事项, with the item's name in the reader's language where the catalog has one. */
    private static String need(ResourceBundle bundle, Locale locale, StoredText need) {
        Map<String, String> facts = need.facts();
        String item = "en".equals(locale.getLanguage()) && facts.containsKey("nameEn") ? facts.get("nameEn") : facts.get("item");
        return new MessageFormat(bundle.getString("inbox.need"), locale).format(new Object[] {facts.get("project"), item});
    }

    private static String label(ResourceBundle bundle, String param) {
        if (INSTANT.matcher(param).matches()) {
            try {
                return Formats.DATE_TIME.format(Instant.parse(param));
            } catch (DateTimeParseException notATime) {
                return param;
            }
        }
        if (param.matches("[A-Z_]+")) {
            return CODES.stream().filter(prefix -> bundle.containsKey(prefix + param)).findFirst()
                    .map(prefix -> bundle.getString(prefix + param)).orElse(param);
        }
        return param;
    }
}
