package org.intermarket.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.registry.Account;
import org.intermarket.registry.Membership;
import org.intermarket.shared.ForbiddenException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/** Each account's own choice of which of its inbox messages also come by mail, and in which language. */
@Stateless
@RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
public class NoticeChoices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The caller's choice; none before it saved one. */
    public NoticeChoiceView mine() {
        return find(caller().id()).map(NoticeChoiceView::of).orElseGet(NoticeChoiceView::none);
    }

    /** Replaces the caller's choice: the kinds must be kinds of inbox messages, not those its need subscription chooses. */
    public NoticeChoiceView save(@NotNull @Valid NoticeChoiceForm form) {
        Account account = caller();
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (String name : form.kinds()) {
            NotificationKind kind;
            try {
                kind = NotificationKind.valueOf(name);
            } catch (IllegalArgumentException unknown) {
                throw InvalidInputException.because("kinds", "unknown-kind", "no kind of inbox message " + name);
            }
            if (NoticeChoice.SUBSCRIPTION_KINDS.contains(kind)) {
                throw InvalidInputException.because("kinds", "chosen-by-subscription",
                        kind + " comes by mail through the need subscription, chosen at /api/v1/subscriptions/mine");
            }
            kinds.add(kind);
        }
        NoticeChoice choice = find(account.id()).orElseGet(() -> {
            NoticeChoice made = new NoticeChoice(account.id(), clock.instant());
            em.persist(made);
            return made;
        });
        choice.choose(kinds, form.language(), clock.instant());
        em.flush();
        audit.record("MAIL_NOTICES_CHOSEN", "NoticeChoice", choice.id(), StoredText.facts("kinds", kinds.size(), "language", form.language()));
        return NoticeChoiceView.of(choice);
    }

    /**
     * The one-click link of a notice mail (RFC 8058), without signing in: stops that kind of the token's account's
     * messages from coming by mail. A token this server did not make is a 403 and changes nothing; following a genuine
     * one twice is harmless. Returns the kind it names, for the page to say what stopped.
     */
    @PermitAll
    public NotificationKind stopByLink(String token) {
        UnsubscribeTokens.NamedNotice named = tokens.verifyNotice(token)
                .orElseThrow(() -> new ForbiddenException("this unsubscribe link was not made by this market"));
        find(named.accountId()).ifPresent(choice -> {
            em.lock(choice, LockModeType.PESSIMISTIC_WRITE);
            if (choice.stop(named.kind(), clock.instant())) {
                audit.recordAs("unsubscribe-link", "MAIL_NOTICE_STOPPED", "NoticeChoice", choice.id(),
                        StoredText.facts("kind", named.kind(), "by", "link"));
            }
        });
        return named.kind();
    }

    private Account caller() {
        return membership.account().orElseThrow(() -> new ForbiddenException("sign in to do this"));
    }

    private Optional<NoticeChoice> find(Long accountId) {
        return em.createNamedQuery(NoticeChoice.FIND_BY_ACCOUNT, NoticeChoice.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }
}
