package org.intermarket.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.intermarket.credit.CreditService;
import org.intermarket.shared.Roles;

/**
 * The daily delivery and credit run: lapse contracts not confirmed in time, flag overdue ones,
 * rate by default what the owner did not rate, then recompute every agency's credit so inputs
 * older than 365 days stop counting. Each step is idempotent: a second run the same day does nothing.
 */
@Stateless
public class DeliverySweep {

    @Inject
    private ContractService contracts;

    @Inject
    private CreditService credit;

    @RolesAllowed(Roles.ADMIN)
    public SweepReport runNow() {
        return run();
    }

    @PermitAll
    public SweepReport run() {
        int lapsed = contracts.lapseUnconfirmed();
        int overdue = contracts.flagOverdue();
        int defaultRatings = contracts.rateByDefault();
        int creditChanged = credit.recomputeAll(CreditService.AGEING);
        return new SweepReport(lapsed, overdue, defaultRatings, creditChanged);
    }

    public record SweepReport(int lapsed, int overdue, int defaultRatings, int creditChanged) {
    }
}
