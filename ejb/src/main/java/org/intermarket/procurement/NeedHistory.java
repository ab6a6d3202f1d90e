package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A need's past as the aggregate keeps it, public: every round with its terms as published and how it ended, every
 * award with its winner and how it fell. Nothing here is sealed: a round says nothing of its bids, and an award
 * exists only once bidding has closed.
 */
@Stateless
@PermitAll
public class NeedHistory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NeedService needs;

    public Record of(@NotNull Long needId) {
        Need need = needs.visible(needId);
        List<Award> awards = need.awards();
        return new Record(need.rounds(), awards, OrganisationNames.of(em, awards.stream().map(Award::agencyId).filter(Objects::nonNull).toList()));
    }

    /** The rounds, the first first; the awards in the order they were made; the winners' names by agency id. */
    public record Record(List<Round> rounds, List<Award> awards, Map<Long, String> agencyNames) {

        public String agencyName(Award award) {
            return award.agencyId() == null ? null : agencyNames.get(award.agencyId());
        }
    }
}
