package org.intermarket.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.intermarket.credit.CreditService;
import org.intermarket.shared.PerItem;
import org.intermarket.shared.Roles;

/**
 * The daily delivery and credit run: lapse contracts not confirmed in time, flag overdue ones,
 * rate by default what the owner did not rate, then recompute every agency's credit so inputs
 * older than 365 days stop counting. Each contract and each agency is handled in a transaction
 * of its own ({@link PerItem}): one that fails is logged and left for the next run, the others go
 * on. Each step is idempotent: a second run the same day does nothing.
 */
@Stateless
public class DeliverySweep {

    @Inject
    private ContractService contracts;

    @Inject
    private CreditService credit;

    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepReport runNow() {
        return run();
    }

    /** Outside any transaction: the contract service's per-contract calls each open their own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepReport run() {
        PerItem.Tally lapsed = PerItem.run("delivery sweep, unconfirmed contracts", contracts.unconfirmedInTime(), contracts::lapseUnconfirmed);
        PerItem.Tally overdue = PerItem.run("delivery sweep, overdue contracts", contracts.overdueUnflagged(), contracts::flagOverdue);
        PerItem.Tally rated = PerItem.run("delivery sweep, unrated contracts", contracts.unratedInTime(), contracts::rateByDefault);
        PerItem.Tally recomputed = credit.recomputeAll(CreditService.AGEING);
        return new SweepReport(lapsed.done(), overdue.done(), rated.done(), recomputed.done(),
                lapsed.failed() + overdue.failed() + rated.failed() + recomputed.failed());
    }

    /** What one sweep did; {@code failed} items were logged and are tried again by the next run. */
    public record SweepReport(int lapsed, int overdue, int defaultRatings, int creditChanged, int failed) {
    }
}
