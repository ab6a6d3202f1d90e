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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.intermarket.audit.AuditTrail;
import org.intermarket.registry.Account;
import org.intermarket.registry.Membership;
import org.intermarket.shared.ForbiddenException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/** An agency account's choice of needs to hear of by mail, and the one-click way out of it. */
@Stateless
public class Subscriptions {

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

    /** The caller's subscription, or what it would be if saved now (see {@link SubscriptionView}). */
    @RolesAllowed(Roles.AGENCY)
    public SubscriptionView mine() {
        Account account = caller();
        return find(account.id()).map(SubscriptionView::of).orElseGet(() -> new SubscriptionView(false, guideItems(account),
                List.of(), Frequency.IMMEDIATE, null, "zh", null));
    }

    /** Saves the caller's choice; saving subscribes (again, after an unsubscribe). */
    @RolesAllowed(Roles.AGENCY)
    public SubscriptionView save(@NotNull @Valid SubscriptionForm form) {
        Account account = caller();
        Set<String> items = knownItems(form.items());
        Set<String> regions = knownRegions(form.regions() == null ? List.of() : form.regions());
        Frequency frequency = Frequency.valueOf(form.frequency());
        if (frequency == Frequency.DAILY && form.digestHour() == null) {
            throw InvalidInputException.because("digestHour", "digest-hour-required", "a daily digest needs the hour it goes out");
        }
        MailSubscription subscription = find(account.id()).orElseGet(() -> {
            MailSubscription made = new MailSubscription(account.id(), account.organisation().id(), clock.instant());
            em.persist(made);
            return made;
        });
        subscription.choose(items, regions, frequency, frequency == Frequency.DAILY ? form.digestHour() : null, form.language(),
                clock.instant());
        em.flush();
        audit.record("MAIL_SUBSCRIBED", "MailSubscription", subscription.id(), StoredText.facts("items", items.size(),
                "regions", regions.size(), "frequency", frequency, "language", form.language()));
        return SubscriptionView.of(subscription);
    }

    /** Switches the caller's mail off, signed in. */
    @RolesAllowed(Roles.AGENCY)
    public SubscriptionView unsubscribeMine() {
        Account account = caller();
        MailSubscription subscription = find(account.id()).orElse(null);
        if (subscription == null) {
            return mine();
        }
        if (subscription.unsubscribe(clock.instant())) {
            audit.record("MAIL_UNSUBSCRIBED", "MailSubscription", subscription.id(), StoredText.facts("by", "account"));
        }
        return SubscriptionView.of(subscription);
    }

    /**
     * The one-click unsubscribe (RFC 8058) of a mail's reader, without signing in: the token names the subscription and
     * its account and must be one this server made (else 403, and nothing changes). Following it twice is harmless.
     */
    @PermitAll
    public void unsubscribe(String token) {
        UnsubscribeTokens.Named named = tokens.verify(token)
                .orElseThrow(() -> new ForbiddenException("this unsubscribe link was not made by this market"));
        MailSubscription subscription = em.find(MailSubscription.class, named.subscriptionId(), LockModeType.PESSIMISTIC_WRITE);
        // a genuine token always names its own account's subscription; a mismatch would be a forgery that broke the MAC
        if (subscription == null || subscription.accountId() != named.accountId()) {
            throw new ForbiddenException("this unsubscribe link was not made by this market");
        }
        if (subscription.unsubscribe(clock.instant())) {
            audit.recordAs("unsubscribe-link", "MAIL_UNSUBSCRIBED", "MailSubscription", subscription.id(), StoredText.facts("by", "link"));
        }
    }

    private Account caller() {
        return membership.account().orElseThrow(() -> new ForbiddenException("sign in to do this"));
    }

    private Optional<MailSubscription> find(Long accountId) {
        return em.createNamedQuery(MailSubscription.FIND_BY_ACCOUNT, MailSubscription.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    private List<String> guideItems(Account account) {
        return em.createQuery("SELECT DISTINCT g.itemCode FROM ServiceGuide g WHERE g.agency.id = :agency ORDER BY g.itemCode", String.class)
                .setParameter("agency", account.organisation().id()).getResultList();
    }

    /** The items as the catalog spells them; an unknown one is refused by name. */
    private Set<String> knownItems(List<String> codes) {
        Set<String> wanted = new TreeSet<>();
        codes.forEach(code -> wanted.add(code.trim().toUpperCase(Locale.ROOT)));
        Set<String> known = new HashSet<>(em.createQuery("SELECT DISTINCT s.code FROM ServiceItem s WHERE s.code IN :codes", String.class)
                .setParameter("codes", wanted).getResultList());
        for (String code : wanted) {
            if (!known.contains(code)) {
                throw InvalidInputException.because("items", "unknown-item", "no service item " + code);
            }
        }
        return wanted;
    }

    private Set<String> knownRegions(List<String> codes) {
        Set<String> wanted = new TreeSet<>(codes);
        if (wanted.isEmpty()) {
            return wanted;
        }
        Set<String> known = new HashSet<>(em.createQuery("SELECT r.code FROM Region r WHERE r.code IN :codes", String.class)
                .setParameter("codes", wanted).getResultList());
        for (String code : wanted) {
            if (!known.contains(code)) {
                throw InvalidInputException.because("regions", "unknown-region", "no region " + code);
            }
        }
        return wanted;
    }
}
