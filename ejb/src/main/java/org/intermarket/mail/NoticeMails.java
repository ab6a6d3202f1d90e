package org.intermarket.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.Notification;
import org.intermarket.inbox.NotificationPosted;
import org.intermarket.shared.StoredText;

/**
 * Writes an inbox message's mail to the outbox, in the transaction that posts the message, for each account of its
 * organisation that chose its kind ({@link NoticeChoice}), in that account's language. The occasion (the message and
 * the account) is unique, so a message is never mailed twice to one account.
 */
@Stateless
@PermitAll
public class NoticeMails {

    /** Where a signed-in account reads its inbox and chooses its notice mail. */
    static final String INBOX_PAGE = "/account/inbox.xhtml";
    static final String CHOICE_PAGE = "/account/mail.xhtml";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private Clock clock;

    public void posted(@Observes NotificationPosted posted) {
        Notification notification = posted.notification();
        if (NoticeChoice.SUBSCRIPTION_KINDS.contains(notification.kind())) {
            return;
        }
        List<NoticeReader> readers = em.createNamedQuery(NoticeChoice.FIND_READERS, NoticeReader.class)
                .setParameter("organisation", notification.organisationId()).setParameter("kind", notification.kind()).getResultList();
        if (readers.isEmpty()) {
            return;
        }
        Map<String, String> need = need(notification).orElse(Map.of());
        Long needId = need.containsKey("need") ? Long.valueOf(need.get("need")) : null;
        String base = PublicUrl.base();
        String link = notification.link() == null ? null : base + notification.link();
        Instant now = clock.instant();
        for (NoticeReader reader : readers) {
            String token = tokens.ofNotice(reader.accountId(), notification.kind());
            RenderedMail mail = MailText.renderNotice(reader.language(), MailText.noticeTitle(notification.kind(), reader.language()),
                    need.get("project"), need.get("item"), need.get("nameEn"), link, base + INBOX_PAGE, base + CHOICE_PAGE,
                    PublicUrl.unsubscribePage(token));
            em.persist(new OutboxMessage("NOTICE:" + notification.id() + ":" + reader.accountId(), reader.accountId(), reader.email(),
                    MailKind.INBOX_NOTICE, needId, reader.language(), mail, token, now));
        }
    }

    /** The public facts of the need a message is about (its number, project and item), if it is about one. */
    private static Optional<Map<String, String>> need(Notification notification) {
        List<String> params = notification.params();
        return params.isEmpty() ? Optional.empty() : StoredText.decode(params.get(0))
                .filter(text -> Inbox.NEED_SUBJECT.equals(text.code())).map(text -> text.facts());
    }
}
