package org.intermarket.statistics.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.shared.ExportGate;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.export.ExportText;
import org.intermarket.shared.export.TableExport;
import org.intermarket.shared.export.TableFormat;
import org.intermarket.statistics.Figure;
import org.intermarket.statistics.FigureDrillDown;
import org.intermarket.statistics.MarketStatistics;
import org.intermarket.statistics.NeedBehindFigure;
import org.intermarket.statistics.StatisticsQuery;
import org.intermarket.statistics.StatisticsReport;
import org.intermarket.statistics.StatisticsRow;

@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics")
public class StatisticsResource {

    @Inject
    private MarketStatistics statistics;

    @Inject
    private FigureDrillDown drillDown;

    @Inject
    private ExportGate gate;

    @Inject
    private Clock clock;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The figures of DOMAIN.md from ?from= to ?to= (dates, both included; default the last twelve months), "
            + "split by ?groupBy=MONTH|QUARTER|YEAR|ITEM|REGION, optionally for one ?item= and ?region= (public)")
    public StatisticsReport report(@BeanParam StatisticsParams params) {
        return statistics.report(params.query(clock));
    }

    @GET
    @Path("/needs")
    @Operation(summary = "The needs behind a figure (?figure=NEEDS_PUBLISHED|NEEDS_FAILED|TRANSACTIONS|OVERDUE_DELIVERIES|RECTIFICATIONS) "
            + "for the same filters as the report; paginated (SUPERVISOR)")
    public PageDto<NeedBehindFigure> needs(@BeanParam StatisticsParams params, @QueryParam("figure") String figure,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(drillDown.needs(figure(figure), params.query(clock), QueryParams.page(page, size)), row -> row);
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "The report as a file: ?format=XLSX (default) or CSV, headers in ?lang=zh|en (SUPERVISOR)")
    public Response export(@BeanParam StatisticsParams params) {
        gate.authorise();
        StatisticsQuery query = params.query(clock);
        StatisticsReport report = statistics.report(query);
        ExportText text = ExportText.of(request, params.lang);
        List<String> headers = new ArrayList<>();
        headers.add(text.get("statistics.groupBy." + query.groupBy()));
        StatisticsColumns.FIGURES.forEach(c -> headers.add(text.get(c.messageKey())));
        return TableExport.response(params.format(), text.get("statistics.file"), headers, sink -> {
            for (StatisticsRow row : report.rows()) {
                sink.row(StatisticsColumns.cells(text.pick(row.labelZh(), row.labelEn()), row.figures()));
            }
            sink.row(StatisticsColumns.cells(text.get("statistics.total"), report.total()));
        });
    }

    @GET
    @Path("/needs/export")
    @Produces({MediaType.APPLICATION_JSON, TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "Every need behind a figure as a file, streamed: ?format=XLSX (default) or CSV (SUPERVISOR)")
    public Response exportNeeds(@BeanParam StatisticsParams params, @QueryParam("figure") String figure) {
        Figure chosen = figure(figure);
        StatisticsQuery query = params.query(clock);
        gate.authorise();
        ExportText text = ExportText.of(request, params.lang);
        return TableExport.response(params.format(), text.get("statistics.figure." + chosen), text.headers(StatisticsColumns.NEED_HEADERS),
                sink -> drillDown.each(chosen, query, need -> sink.row(StatisticsColumns.cells(need, text))));
    }

    private static Figure figure(String figure) {
        QueryParams.require("figure", figure);
        return QueryParams.enumeration("figure", figure, Figure.class);
    }
}
