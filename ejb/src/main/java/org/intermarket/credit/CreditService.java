package org.intermarket.credit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.intermarket.credit.CreditFormula.CreditScore;
import org.intermarket.credit.CreditInputsQuery.Inputs;
import org.intermarket.registry.Agency;
import org.intermarket.registry.DirectoryService;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.PerItem;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * Keeps every agency's credit score, level, rating figures and red-list mark in step with its
 * inputs: on each {@link CreditInputChanged} for one agency, and daily for all (terms age out of
 * the 365-day window). Each change of score or level leaves a public {@link CreditChange}.
 */
@Stateless
public class CreditService {

    /** Why the nightly full recompute changes a score: nothing new happened, inputs aged out of the window. */
    public static final StoredText AGEING = StoredText.of("ageing");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CreditInputsQuery inputs;

    @Inject
    private DirectoryService directory;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PermitAll
    public void onInputChanged(@Observes CreditInputChanged change) {
        recompute(change.agencyId(), change.reason());
    }

    /** Recomputes one agency under its row lock, so two inputs arriving together are both counted. */
    @PermitAll
    public CreditScore recompute(@NotNull Long agencyId, @NotNull StoredText reason) {
        return recompute(em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE), reason);
    }

    /** Recomputes every agency; reports how many scores changed and how many agencies failed. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PerItem.Tally recomputeAllNow() {
        return recomputeAll(AGEING);
    }

    /**
     * Recomputes every agency whose figures are out of step with its inputs, each in a transaction of its own
     * ({@link PerItem}), fresh under its row lock. The inputs of all agencies are read once, in a handful of
     * aggregate queries, only to find which agencies need it: most nights few do, and a whole night's agencies need
     * not wait in one transaction. An agency whose input changes after that read is recomputed by that change's own
     * event. The tally's {@code done} counts the agencies whose score changed.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PerItem.Tally recomputeAll(@NotNull StoredText reason) {
        Instant now = clock.instant();
        Map<Long, Inputs> all = inputs.inputs(null, now);
        List<Long> outOfStep = em.createQuery("SELECT a FROM Agency a JOIN FETCH a.organisation ORDER BY a.id", Agency.class).getResultList()
                .stream().filter(agency -> target(agency, all.getOrDefault(agency.id(), Inputs.NONE), now).moved()).map(Agency::id).toList();
        CreditService self = context.getBusinessObject(CreditService.class);
        return PerItem.run("credit recompute, agencies out of step", outOfStep, id -> self.recomputeAlone(id, reason));
    }

    /** One agency of {@link #recomputeAll}, in a transaction of its own; true when its score changed. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recomputeAlone(@NotNull Long agencyId, @NotNull StoredText reason) {
        Agency agency = em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE);
        if (agency == null) {
            return false;
        }
        BigDecimal before = agency.creditScore();
        return before.compareTo(recompute(agency, reason).score()) != 0;
    }

    private CreditScore recompute(Agency agency, StoredText reason) {
        Instant now = clock.instant();
        Inputs current = inputs.inputs(agency.id(), now).getOrDefault(agency.id(), Inputs.NONE);
        return apply(agency, current, reason, now);
    }

    private CreditScore apply(Agency agency, Inputs current, StoredText reason, Instant now) {
        Target target = target(agency, current, now);
        if (target.scoreMoved()) {
            em.persist(new CreditChange(agency.id(), agency.creditScore(), agency.creditLevel(), target.after(), reason, now));
        }
        if (target.moved()) {
            agency.applyCredit(target.after().score(), target.after().level(), current.ratingCount(), current.ratingMean(), target.redListed());
        }
        return target.after();
    }

    /** What the agency's figures should be with these inputs, and whether they differ from what it shows. */
    private Target target(Agency agency, Inputs current, Instant now) {
        CreditScore after = CreditFormula.score(current.credit());
        boolean redListed = after.level() == CreditLevel.A && current.credit().violationPoints() == 0
                && !agency.blacklistedOn(LocalDate.ofInstant(now, clock.getZone()));
        boolean scoreMoved = after.score().compareTo(agency.creditScore()) != 0 || after.level() != agency.creditLevel();
        boolean figuresMoved = current.ratingCount() != agency.ratingCount() || !Objects.equals(current.ratingMean(), agency.ratingMean())
                || redListed != agency.redListed();
        return new Target(after, redListed, scoreMoved, scoreMoved || figuresMoved);
    }

    private record Target(CreditScore after, boolean redListed, boolean scoreMoved, boolean moved) {
    }

    /** An agency's credit history, newest first: public for admitted agencies. */
    @PermitAll
    public Page<CreditChange> history(@NotNull Long agencyId, @NotNull PageRequest page) {
        directory.visible(agencyId);
        List<CreditChange> items = em.createQuery("SELECT c FROM CreditChange c WHERE c.agencyId = :agency ORDER BY c.changedAt DESC, c.id DESC",
                        CreditChange.class).setParameter("agency", agencyId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(c) FROM CreditChange c WHERE c.agencyId = :agency", Long.class)
                .setParameter("agency", agencyId).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }
}
