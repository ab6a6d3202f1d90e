package org.intermarket.supervision.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.shared.ExportGate;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.export.ExportText;
import org.intermarket.shared.export.TableExport;
import org.intermarket.shared.export.TableFormat;
import org.intermarket.supervision.InfluenceSignal;
import org.intermarket.supervision.InfluenceSignals;
import org.intermarket.supervision.RedHatSignal;
import org.intermarket.supervision.SignalKind;
import org.intermarket.supervision.SteeringSignal;
import org.intermarket.supervision.api.SignalDtos.RedHatDto;
import org.intermarket.supervision.api.SignalDtos.SteeringDto;
import org.intermarket.supervision.SignalQuery;
import org.intermarket.supervision.SignalService;
import org.intermarket.supervision.api.SignalDtos.ReviewRequest;
import org.intermarket.supervision.api.SignalDtos.SignalDto;

@Path("/signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "supervision")
public class SignalResource {

    @Inject
    private SignalService signals;

    @Inject
    private InfluenceSignals influence;

    @Inject
    private ExportGate gate;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "Bid-rigging signals computed from the bids of needs past their deadline, newest need first; filter by"
            + " ?kind=SHARED_PHONE|SHARED_IP|SHARED_PLAN_FILE|CLOSE_PRICES|ROTATING_PAIR, ?reviewed=true|false, ?need=, ?agency=;"
            + " paginated (SUPERVISOR)")
    public PageDto<SignalDto> list(@QueryParam("kind") String kind, @QueryParam("reviewed") String reviewed, @QueryParam("need") String need,
                                   @QueryParam("agency") String agency, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(signals.list(query(kind, reviewed, need, agency), QueryParams.page(page, size)), SignalDto::of);
    }

    @GET
    @Path("/low-bidders")
    @Operation(summary = "Agencies whose bids were marked abnormally low at least 3 times in the last 365 days, the most often first"
            + " (SUPERVISOR)")
    public List<org.intermarket.supervision.RepeatedLowBidder> lowBidders() {
        return signals.repeatedLowBidders();
    }

    @GET
    @Path("/red-hat")
    @Operation(summary = "红顶中介: agencies whose legal representative or contact phone is a government office's registered contact,"
            + " newest agency first; filter by ?agency=, ?reviewed=true|false; paginated; an office sees the agencies of its own"
            + " region's decisions (SUPERVISOR)")
    public PageDto<RedHatDto> redHats(@QueryParam("agency") String agency, @QueryParam("reviewed") String reviewed,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(influence.redHats(id("agency", agency), QueryParams.bool("reviewed", reviewed), QueryParams.page(page, size)),
                RedHatDto::of);
    }

    @POST
    @Path("/red-hat/{key}/review")
    @Operation(summary = "Mark a red-hat signal reviewed with a comment ({\"comment\"}, required, at most 2,000 characters), once;"
            + " audited (SUPERVISOR)")
    public RedHatDto reviewRedHat(@PathParam("key") String key, ReviewRequest body) {
        return RedHatDto.of((RedHatSignal) reviewInfluence(key, SignalKind.RED_HAT, body));
    }

    @GET
    @Path("/steering")
    @Operation(summary = "指定中介: an owner's needs of one item won by one agency far more often than its market share predicts"
            + " (one-sided binomial tail P[X >= k] <= 1 %, n >= 5 awarded needs), the least likely by chance first; filter by ?owner=,"
            + " ?agency=, ?item=, ?reviewed=true|false; paginated (SUPERVISOR)")
    public PageDto<SteeringDto> steering(@QueryParam("owner") String owner, @QueryParam("agency") String agency,
                                         @QueryParam("item") String item, @QueryParam("reviewed") String reviewed,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(influence.steering(id("owner", owner), id("agency", agency), QueryParams.itemCode("item", item), QueryParams.bool("reviewed", reviewed),
                QueryParams.page(page, size)), SteeringDto::of);
    }

    @POST
    @Path("/steering/{key}/review")
    @Operation(summary = "Mark a steering signal reviewed with a comment ({\"comment\"}, required, at most 2,000 characters), once;"
            + " audited (SUPERVISOR)")
    public SteeringDto reviewSteering(@PathParam("key") String key, ReviewRequest body) {
        return SteeringDto.of((SteeringSignal) reviewInfluence(key, SignalKind.STEERING, body));
    }

    /** A review under the path of the signal's kind: the service checks the role first, then that the key is of that kind. */
    private InfluenceSignal reviewInfluence(String key, SignalKind kind, ReviewRequest body) {
        return influence.review(kind, key, body == null ? null : body.comment());
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "Every signal of the same filters as a file: ?format=XLSX (default) or CSV, headers in ?lang=zh|en (SUPERVISOR)")
    public Response export(@QueryParam("kind") String kind, @QueryParam("reviewed") String reviewed, @QueryParam("need") String need,
                           @QueryParam("agency") String agency, @QueryParam("format") String format, @QueryParam("lang") String lang) {
        gate.authorise();
        SignalQuery query = query(kind, reviewed, need, agency);
        ExportText text = ExportText.of(request, lang);
        List<String> headers = text.headers(List.of("signals.kind", "signals.needs", "signals.agencies", "signals.evidence",
                "signals.status", "signals.comment"));
        return TableExport.response(TableFormat.of(format), text.get("signals.title"), headers, sink ->
                TableExport.readAll(slice -> signals.list(query, slice), (signal, position) -> sink.row(SignalExportRow.cells(signal, text))));
    }

    @POST
    @Path("/{key}/review")
    @Operation(summary = "Mark a signal reviewed with a comment ({\"comment\"}, required, at most 2,000 characters), once; audited"
            + " (SUPERVISOR)")
    public SignalDto review(@PathParam("key") String key, ReviewRequest body) {
        // No body is a missing comment, reported by the service after it has checked the caller's role.
        return SignalDto.of(signals.review(key, body == null ? null : body.comment()));
    }

    private static SignalQuery query(String kind, String reviewed, String need, String agency) {
        return new SignalQuery(QueryParams.enumeration("kind", kind, SignalKind.class), QueryParams.bool("reviewed", reviewed),
                id("need", need), id("agency", agency));
    }

    private static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be an id (a whole number)");
        }
    }
}
