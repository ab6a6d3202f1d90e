package org.intermarket.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import org.intermarket.audit.AuditTrail;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.StoredText;

/**
 * Opens the market to a new owner or agency: one organisation per credit code and its
 * first account. Owners can work at once; agencies still need admission.
 */
@Stateless
@PermitAll
public class RegistrationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountOpening accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Account register(@NotNull @Valid Registration registration) {
        if (registration.role() != Role.OWNER && registration.role() != Role.AGENCY) {
            throw new InvalidInputException("role", "only owners and agencies can register");
        }
        Registration.OrganisationForm form = registration.organisation();
        CreditCode creditCode = parseCreditCode(form.creditCode());
        Region region = em.find(Region.class, form.region());
        if (region == null) {
            throw new InvalidInputException("organisation.region", "unknown region code " + form.region());
        }
        String username = accounts.freeUsername(registration.account().username());
        if (!em.createNamedQuery(Organisation.FIND_BY_CREDIT_CODE, Organisation.class)
                .setParameter("creditCode", creditCode).getResultList().isEmpty()) {
            throw new ConflictException("registry.credit-code-registered",
                    "an organisation with credit code " + creditCode + " is already registered");
        }
        Instant now = clock.instant();
        Organisation organisation = new Organisation(registration.role().organisationType(), form.name().trim(),
                creditCode, region, form.legalRepresentative().trim(), form.contactPhone().trim(), now);
        Account account = accounts.open(username, registration.account().password(), registration.role(), organisation,
                registration.account().email(), now);
        try {
            em.persist(organisation);
            em.persist(account);
            if (organisation.type() == OrganisationType.AGENCY) {
                em.persist(Agency.registered(organisation));
            }
            em.flush();
        } catch (PersistenceException raceLost) {
            // A concurrent registration took the username or code between our check and our insert.
            throw new ConflictException("registry.duplicate", "this username or credit code was registered a moment ago");
        }
        audit.recordAs(username, "ORGANISATION_REGISTERED", "Organisation", organisation.id(),
                StoredText.facts("type", organisation.type(), "name", organisation.name(), "creditCode", creditCode));
        audit.recordAs(username, "ACCOUNT_CREATED", "Account", account.id(), StoredText.facts("role", account.role()));
        return account;
    }

    private static CreditCode parseCreditCode(String text) {
        try {
            return CreditCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("organisation.creditCode", e.getMessage());
        }
    }
}
