package org.intermarket.shared.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.audit.LogSequencer;
import org.intermarket.credit.CreditService;
import org.intermarket.delivery.DeliverySweep;
import org.intermarket.procurement.NeedClosing;
import org.intermarket.registry.RegistrySweep;
import org.intermarket.shared.PerItem;

/** The scheduled jobs, on demand for an administrator (after an outage, or to check one). Every job is idempotent. */
@Path("/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class AdminJobsResource {

    @Inject
    private RegistrySweep sweep;

    @Inject
    private NeedClosing closing;

    @Inject
    private DeliverySweep deliverySweep;

    @Inject
    private CreditService credit;

    @Inject
    private LogSequencer sequencer;

    @POST
    @Path("registry-sweep")
    @Operation(summary = "Run the nightly registry sweep now: expiry reminders, expiries, ended suspensions (ADMIN)")
    public RegistrySweep.SweepReport runSweep() {
        return sweep.runNow();
    }

    @POST
    @Path("close-due-needs")
    @Operation(summary = "Close bidding on every need past its deadline now, as the start-up catch-up does (ADMIN)")
    public ClosedDto closeDueNeeds() {
        return new ClosedDto(closing.closeDueNow());
    }

    @POST
    @Path("delivery-sweep")
    @Operation(summary = "Run the nightly delivery and credit sweep now: lapses, overdue flags, default ratings, credit recompute (ADMIN)")
    public DeliverySweep.SweepReport deliverySweep() {
        return deliverySweep.runNow();
    }

    @POST
    @Path("credit-recompute")
    @Operation(summary = "Recompute every agency's credit now; reports how many changed and how long it took (ADMIN)")
    public RecomputeDto recomputeCredit() {
        long start = System.nanoTime();
        PerItem.Tally recomputed = credit.recomputeAllNow();
        return new RecomputeDto(recomputed.done(), recomputed.failed(), (System.nanoTime() - start) / 1_000_000);
    }

    @POST
    @Path("sequence-log")
    @Operation(summary = "Place every committed audit entry in the transparency log now and sign a tree head, instead of at the next second (ADMIN)")
    public PlacedDto sequenceLog() {
        return new PlacedDto(sequencer.sequenceNow());
    }

    public record PlacedDto(int placed) {
    }

    /** {@code failed}: agencies whose recompute failed, logged with the cause and tried again by the next run. */
    public record RecomputeDto(int changed, int failed, long millis) {
    }

    public record ClosedDto(int closed) {
    }
}
