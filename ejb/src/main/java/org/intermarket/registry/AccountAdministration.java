package org.intermarket.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import org.intermarket.audit.AuditTrail;
import org.intermarket.security.SignInThrottle;
import org.intermarket.security.TokenService;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.Like;
import org.intermarket.shared.ListQuery;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * The administrators' side of accounts: find them, lift a lock, switch one off or on, and open
 * supervisor and administrator accounts (owners and agencies register themselves).
 */
@Stateless
public class AccountAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountOpening opening;

    @Inject
    private Membership membership;

    @Inject
    private TokenService tokens;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Accounts of every organisation, newest first; a page is two statements, the rows with their organisations and the count. */
    @RolesAllowed(Roles.ADMIN)
    public Page<AccountEntry> search(@NotNull AccountQuery query, @NotNull PageRequest page) {
        Instant now = clock.instant();
        ListQuery list = new ListQuery();
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            list.and("LOWER(a.username) LIKE :text OR LOWER(o.name) LIKE :text", "text", Like.containing(text));
        }
        if (query.role() != null) {
            list.and("a.role = :role", "role", query.role());
        }
        if (query.locked() != null) {
            list.and(query.locked() ? "a.lockedUntil > :now" : "a.lockedUntil IS NULL OR a.lockedUntil <= :now", "now", now);
        }
        // JPA allows no alias on a fetch join, and the filter needs the organisation's name: the join filters,
        // the graph fetches the organisation and its region in the same statement.
        EntityGraph<Account> withOrganisation = em.createEntityGraph(Account.class);
        withOrganisation.addSubgraph("organisation").addAttributeNodes("region");
        Page<Account> found = list.rowsHint("jakarta.persistence.fetchgraph", withOrganisation).page(em, "SELECT a FROM Account a JOIN a.organisation o",
                "SELECT COUNT(a) FROM Account a JOIN a.organisation o", "ORDER BY a.createdAt DESC, a.id DESC", Account.class, page);
        return found.withItems(found.items().stream().map(account -> AccountEntry.of(account, now)).toList());
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountEntry account(@NotNull Long id) {
        return AccountEntry.of(find(id), clock.instant());
    }

    /** Lifts a lock before it runs out, and forgets the failed sign-ins counted so far, the throttle's too. */
    @RolesAllowed(Roles.ADMIN)
    public AccountEntry unlock(@NotNull Long id) {
        Account account = find(id);
        Instant now = clock.instant();
        String before = account.isLockedAt(now) ? "locked until " + account.lockedUntil() : "not locked";
        account.unlock();
        throttle.forget(account.username());
        audit.record("ACCOUNT_UNLOCKED", "Account", id, StoredText.facts("username", account.username(), "was", before));
        return AccountEntry.of(account, now);
    }

    /** Opens a supervisor or administrator account in the calling administrator's own government office. */
    @RolesAllowed(Roles.ADMIN)
    public AccountEntry create(@NotNull @Valid StaffAccountForm form) {
        if (form.role() != Role.SUPERVISOR && form.role() != Role.ADMIN) {
            throw new InvalidInputException("role", "only supervisor and administrator accounts are opened here; owners and agencies register");
        }
        Organisation office = membership.account()
                .orElseThrow(() -> new NotFoundException("account", "of the caller"))
                .organisation();
        // A supervisor acts for the office its organisation is; an organisation that is no office would give it no
        // jurisdiction at all.
        if (form.role() == Role.SUPERVISOR && em.find(Office.class, office.id()) == null) {
            throw new ConflictException("registry.not-an-office", office.name() + " is no government office: it cannot have supervisors");
        }
        String username = opening.freeUsername(form.username());
        Instant now = clock.instant();
        Account account = opening.open(username, form.password(), form.role(), office, form.email(), now);
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException raceLost) {
            // A concurrent registration took the username between our check and our insert.
            throw new ConflictException("registry.username-taken", "the username " + username + " was taken a moment ago");
        }
        audit.record("ACCOUNT_CREATED", "Account", account.id(), StoredText.facts("role", account.role(), "organisation", office.name()));
        return AccountEntry.of(account, now);
    }

    /**
     * Switches one account off: it can no longer sign in, its API tokens are revoked at once, and a
     * page session ends at its next request. An administrator cannot switch themself off, so there
     * is always one left to switch accounts back on.
     */
    @RolesAllowed(Roles.ADMIN)
    public AccountEntry disable(@NotNull Long id, @Size(max = 1000) String reason) {
        Account account = find(id);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.because("reason", "reason-required", "say why the account is disabled");
        }
        if (membership.account().filter(account::equals).isPresent()) {
            throw new ConflictException("registry.own-account", "you cannot disable your own account");
        }
        Instant now = clock.instant();
        if (account.enabledItself()) {
            account.setEnabled(false);
            int revoked = tokens.revokeAllOf(account, now);
            audit.record("ACCOUNT_DISABLED", "Account", id, StoredText.facts("username", account.username(), "reason", reason.trim(), "tokens", revoked));
        }
        return AccountEntry.of(account, now);
    }

    /** Switches one account on again; an account of a disabled organisation still cannot sign in. */
    @RolesAllowed(Roles.ADMIN)
    public AccountEntry enable(@NotNull Long id) {
        Account account = find(id);
        if (!account.enabledItself()) {
            account.setEnabled(true);
            audit.record("ACCOUNT_ENABLED", "Account", id, StoredText.facts("username", account.username()));
        }
        return AccountEntry.of(account, clock.instant());
    }

    private Account find(Long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException("account", id);
        }
        return account;
    }
}
