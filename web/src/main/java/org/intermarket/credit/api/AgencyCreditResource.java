package org.intermarket.credit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.credit.BlacklistForm;
import org.intermarket.credit.Blacklisting;
import org.intermarket.credit.CreditChange;
import org.intermarket.credit.CreditRecords;
import org.intermarket.credit.CreditService;
import org.intermarket.credit.RewardForm;
import org.intermarket.credit.SupervisorRatingForm;
import org.intermarket.credit.Violation;
import org.intermarket.credit.ViolationForm;
import org.intermarket.delivery.PublicRating;
import org.intermarket.delivery.PublicRatings;
import org.intermarket.registry.Agency;
import org.intermarket.registry.DirectoryService;
import org.intermarket.shared.Page;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.api.ReasonDto;

/** An agency's credit: public figures and history, and the inputs and sanctions supervisors record. */
@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
public class AgencyCreditResource {

    @Inject
    private CreditService credit;

    @Inject
    private CreditRecords records;

    @Inject
    private DirectoryService directory;

    @Inject
    private PublicRatings ratings;

    @GET
    @Path("{id}/credit")
    @Operation(summary = "Score, level, blacklist and red-list status and the history of changes, newest first (public)")
    public CreditDto credit(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Agency agency = directory.visible(id);
        Page<CreditChange> history = credit.history(id, QueryParams.page(page, size));
        return new CreditDto(id, agency.creditScore(), agency.creditLevel().name(), agency.blacklistedUntil(), agency.redListed(),
                agency.ratingCount(), agency.ratingMean(), PageDto.of(history, ChangeDto::of),
                records.blacklistings(id).stream().map(BlacklistingDto::of).toList());
    }

    @GET
    @Path("{id}/ratings")
    @Operation(summary = "The agency's ratings, newest first, without the owners' names (public)")
    public PageDto<PublicRating> ratings(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(ratings.of(id, QueryParams.page(page, size)), r -> r);
    }

    @GET
    @Path("{id}/violations")
    @Operation(summary = "Violations on the agency's record, newest first (public)")
    public PageDto<ViolationDto> violations(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        directory.visible(id);
        return PageDto.of(records.violations(id, QueryParams.page(page, size)), ViolationDto::of);
    }

    @POST
    @Path("{id}/violations")
    @Operation(summary = "Record a violation: MINOR −2, MODERATE −5, SERIOUS −15 and blacklisted (SUPERVISOR)")
    public Response violation(@PathParam("id") long id, ViolationForm form) {
        QueryParams.requireBody(form);
        return Response.status(Response.Status.CREATED).entity(ViolationDto.of(records.recordViolation(id, form))).build();
    }

    @POST
    @Path("{id}/rewards")
    @Operation(summary = "Grant a reward of 1-5 points; at most 5 count in 365 days (SUPERVISOR)")
    public Response reward(@PathParam("id") long id, RewardForm form) {
        QueryParams.requireBody(form);
        records.reward(id, form);
        return createdCredit(id);
    }

    @POST
    @Path("{id}/supervisor-ratings")
    @Operation(summary = "Publish the periodic supervisor rating, 0-100 with a comment (SUPERVISOR)")
    public Response supervisorRating(@PathParam("id") long id, SupervisorRatingForm form) {
        QueryParams.requireBody(form);
        records.rate(id, form);
        return createdCredit(id);
    }

    @POST
    @Path("{id}/blacklist")
    @Operation(summary = "Blacklist through a date, with a reason (SUPERVISOR)")
    public Response blacklist(@PathParam("id") long id, BlacklistForm form) {
        QueryParams.requireBody(form);
        records.blacklist(id, form);
        return createdCredit(id);
    }

    @DELETE
    @Path("{id}/blacklist")
    @Operation(summary = "Lift the blacklisting in force; ?reason= is required (SUPERVISOR)")
    public CreditDto lift(@PathParam("id") long id, @QueryParam("reason") String reason) {
        records.lift(id, reason);
        return credit(id, null, null);
    }

    /** The agency's credit after the input just recorded: what changed is its first history entry. */
    private Response createdCredit(long id) {
        return Response.status(Response.Status.CREATED).entity(credit(id, null, null)).build();
    }

    public record CreditDto(Long agencyId, BigDecimal score, String level, LocalDate blacklistedUntil, boolean redListed, int ratingCount,
                            BigDecimal ratingMean, PageDto<ChangeDto> history, List<BlacklistingDto> blacklistings) {
    }

    public record ChangeDto(Instant at, BigDecimal delta, BigDecimal scoreBefore, BigDecimal scoreAfter, String levelBefore, String levelAfter,
                            BigDecimal ownerTerm, BigDecimal supervisorTerm, int rewardPoints, int violationPoints, ReasonDto reason) {
        static ChangeDto of(CreditChange c) {
            return new ChangeDto(c.changedAt(), c.delta(), c.scoreBefore(), c.scoreAfter(), c.levelBefore().name(), c.levelAfter().name(),
                    c.ownerTerm(), c.supervisorTerm(), c.rewardPoints(), c.violationPoints(), ReasonDto.of(c.reason()));
        }
    }

    public record BlacklistingDto(Long id, LocalDate startsOn, LocalDate endsOn, String reason, Instant liftedAt, String liftReason) {
        static BlacklistingDto of(Blacklisting b) {
            return new BlacklistingDto(b.id(), b.startsOn(), b.endsOn(), b.reason(), b.liftedAt(), b.liftReason());
        }
    }

    public record ViolationDto(Long id, String severity, String source, Long contractId, ReasonDto reason, String evidence, Instant recordedAt) {
        static ViolationDto of(Violation v) {
            return new ViolationDto(v.id(), v.severity().name(), v.source().name(), v.contractId(), ReasonDto.of(v.reason()), v.evidence(), v.recordedAt());
        }
    }
}
