package org.intermarket.mail;

import java.time.Instant;
import java.util.List;
import org.intermarket.inbox.NotificationKind;

/**
 * An account's choice of inbox messages by mail as it reads it, with the kinds it may choose; before it ever saved one,
 * none chosen, in Chinese, {@code changedAt} null.
 */
public record NoticeChoiceView(List<NotificationKind> kinds, String language, Instant changedAt, List<NotificationKind> choosable) {

    static NoticeChoiceView of(NoticeChoice choice) {
        return new NoticeChoiceView(choice.kinds().stream().sorted().toList(), choice.language(), choice.changedAt(), NoticeChoice.choosable());
    }

    static NoticeChoiceView none() {
        return new NoticeChoiceView(List.of(), "zh", null, NoticeChoice.choosable());
    }
}
