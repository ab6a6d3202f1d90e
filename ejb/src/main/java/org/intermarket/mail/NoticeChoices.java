package org.intermarket.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    private Account caller() {
        return membership.account().orElseThrow(() -> new ForbiddenException("sign in to do this"));
    }

    private Optional<NoticeChoice> find(Long accountId) {
        return em.createNamedQuery(NoticeChoice.FIND_BY_ACCOUNT, NoticeChoice.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }
}
