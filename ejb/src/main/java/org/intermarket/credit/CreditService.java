package org.intermarket.credit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
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

    /** Flush and clear every so many agencies in a full recompute, so the persistence context stays small. */
    private static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CreditInputsQuery inputs;

    @Inject
    private DirectoryService directory;

    @Inject
    private Clock clock;

    @PermitAll
    public void onInputChanged(@Observes CreditInputChanged change) {
        recompute(change.agencyId(), change.reason());
    }

    /** Recomputes one agency under its row lock, so two inputs arriving together are both counted. */
    @PermitAll
    public CreditScore recompute(@NotNull Long agencyId, @NotNull StoredText reason) {
        Agency agency = em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Inputs current = inputs.inputs(agencyId, now).getOrDefault(agencyId, Inputs.NONE);
        return apply(agency, current, reason, now);
    }

    /** Recomputes every agency; returns how many scores or levels changed. */
    @RolesAllowed(Roles.ADMIN)
    public int recomputeAllNow() {
        return recomputeAll(AGEING);
    }

    @PermitAll
    public int recomputeAll(@NotNull StoredText reason) {
        Instant now = clock.instant();
        Map<Long, Inputs> all = inputs.inputs(null, now);
        List<Long> ids = em.createQuery("SELECT a.id FROM Agency a ORDER BY a.id", Long.class).getResultList();
        int changed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<Agency> agencies = em.createQuery("SELECT a FROM Agency a JOIN FETCH a.organisation WHERE a.id IN :ids", Agency.class)
                    .setParameter("ids", batch).getResultList();
            for (Agency agency : agencies) {
                BigDecimal before = agency.creditScore();
                CreditScore after = apply(agency, all.getOrDefault(agency.id(), Inputs.NONE), reason, now);
                changed += before.compareTo(after.score()) == 0 ? 0 : 1;
            }
            em.flush();
            em.clear();
        }
        return changed;
    }

    private CreditScore apply(Agency agency, Inputs current, StoredText reason, Instant now) {
        CreditScore after = CreditFormula.score(current.credit());
        boolean redListed = after.level() == CreditLevel.A && current.credit().violationPoints() == 0
                && !agency.blacklistedOn(LocalDate.ofInstant(now, clock.getZone()));
        boolean scoreMoved = after.score().compareTo(agency.creditScore()) != 0 || after.level() != agency.creditLevel();
        if (scoreMoved) {
            em.persist(new CreditChange(agency.id(), agency.creditScore(), agency.creditLevel(), after, reason, now));
        }
        if (scoreMoved || current.ratingCount() != agency.ratingCount() || !Objects.equals(current.ratingMean(), agency.ratingMean())
                || redListed != agency.redListed()) {
            agency.applyCredit(after.score(), after.level(), current.ratingCount(), current.ratingMean(), redListed);
        }
        return after;
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
