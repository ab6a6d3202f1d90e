package org.intermarket.credit.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.credit.AgencyRankings;
import org.intermarket.credit.RankedAgency;
import org.intermarket.shared.ExportGate;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.export.ExportText;
import org.intermarket.shared.export.TableExport;
import org.intermarket.shared.export.TableFormat;

@Path("/rankings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
public class RankingResource {

    @Inject
    private AgencyRankings rankings;

    @Inject
    private ExportGate gate;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "Active agencies ranked by credit score (?by=CREDIT, the default) or by owners' ratings (?by=RATING), "
            + "overall or for one item (?item=); paginated (public)")
    public PageDto<RankDto> rank(@QueryParam("by") String by, @QueryParam("item") String item, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        AgencyRankings.By order = by == null || by.isBlank() ? AgencyRankings.By.CREDIT
                : QueryParams.enumeration("by", by, AgencyRankings.By.class);
        PageRequest request = QueryParams.page(page, size);
        Page<RankedAgency> ranked = rankings.rank(order, item, request);
        List<RankDto> rows = new ArrayList<>();
        for (int i = 0; i < ranked.items().size(); i++) {
            rows.add(RankDto.of(request.offset() + i + 1, ranked.items().get(i)));
        }
        return new PageDto<>(rows, ranked.page(), ranked.size(), ranked.total());
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "The whole ranking as a file: ?format=XLSX (default) or CSV, headers in ?lang=zh|en (SUPERVISOR)")
    public Response export(@QueryParam("by") String by, @QueryParam("item") String item, @QueryParam("format") String format,
                           @QueryParam("lang") String lang) {
        gate.authorise();
        AgencyRankings.By order = by == null || by.isBlank() ? AgencyRankings.By.CREDIT
                : QueryParams.enumeration("by", by, AgencyRankings.By.class);
        ExportText text = ExportText.of(request, lang);
        List<String> headers = text.headers(List.of("rankings.rank", "organisation.name", "organisation.region", "agency.creditScore",
                "agency.creditLevel", "agency.rating", "rankings.ratingCount", "credit.redList"));
        // Page by page: agencies number in the thousands, and each page is two indexed queries.
        return TableExport.response(TableFormat.of(format), text.get("rankings.file"), headers, sink ->
                TableExport.readAll(slice -> rankings.rank(order, item, slice), (a, position) -> sink.row(Arrays.asList(position + 1,
                        a.name(), text.pick(a.regionZh(), a.regionEn()), a.creditScore(), a.creditLevel().name(), a.ratingMean(),
                        a.ratingCount(), a.redListed() ? text.get("yes") : ""))));
    }

    public record RankDto(int rank, Long agencyId, String name, String region, BigDecimal creditScore, String creditLevel,
                          BigDecimal ratingMean, int ratingCount, boolean redListed) {
        static RankDto of(int rank, RankedAgency a) {
            return new RankDto(rank, a.agencyId(), a.name(), a.regionCode(), a.creditScore(), a.creditLevel().name(), a.ratingMean(),
                    a.ratingCount(), a.redListed());
        }
    }
}
