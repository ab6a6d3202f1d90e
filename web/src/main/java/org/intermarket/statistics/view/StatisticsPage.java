package org.intermarket.statistics.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;
import org.intermarket.statistics.Figure;
import org.intermarket.statistics.Figures;
import org.intermarket.statistics.GroupBy;
import org.intermarket.statistics.MarketStatistics;
import org.intermarket.statistics.StatisticsQuery;
import org.intermarket.statistics.StatisticsReport;
import org.intermarket.statistics.StatisticsRow;

/**
 * statistics.xhtml: the public figures as a table and two charts, with the filters in the address
 * (a plain GET form, so no session is made). Supervisors get links from figures to the needs behind
 * them and the export buttons.
 */
@Named
@RequestScoped
public class StatisticsPage {

    @Inject
    private MarketStatistics statistics;

    @Inject
    private Clock clock;

    @Inject
    private LocaleBean locale;

    @Inject
    private StatisticsFilter filter;

    private StatisticsReport report;

    /** Reads before anything renders, so that a message about bad input reaches the page's message area. */
    public void load() {
        getReport();
    }

    public StatisticsFilter getFilter() {
        return filter;
    }

    public StatisticsReport getReport() {
        if (report == null) {
            try {
                report = statistics.report(filter.query(clock));
            } catch (DomainException invalid) {
                Messages.failure(invalid);
                report = statistics.report(StatisticsQuery.of(null, null, null, null, null, LocalDate.now(clock)));
            }
        }
        return report;
    }

    public List<GroupBy> getGroupings() {
        return List.of(GroupBy.values());
    }

    /** A row's name in the page's language; periods as the language writes them (2024年3月, Mar 2024). */
    public String label(StatisticsRow row) {
        return getReport().query().groupBy().isPeriod() ? Period.parse(row.key()).label(locale.getCurrent())
                : row.key() + " " + locale.pick(row.labelZh(), row.labelEn());
    }

    /** The address of the needs behind a figure of a row, or of the total when {@code row} is null. */
    public String drillDown(StatisticsRow row, String figure) {
        return StatisticsFilter.narrowedTo(getReport().query(), row).link("/supervisor/statistics-needs.xhtml", Figure.valueOf(figure));
    }

    /** The same report as a file, for supervisors. */
    public String export(String format) {
        return StatisticsFilter.narrowedTo(getReport().query(), null).link("/api/v1/statistics/export", null) + "&format=" + format
                + "&lang=" + locale.getTag();
    }

    /** Chart.js configuration: needs published, needs past deadline and transactions per row, as bars. */
    public String getActivityChart() {
        return chart("bar", List.of(
                dataset("statistics.needsPublished", "#0b3d91", f -> BigDecimal.valueOf(f.needsPublished())),
                dataset("statistics.bids", "#7b8794", f -> BigDecimal.valueOf(f.bids())),
                dataset("statistics.transactions", "#2f9e44", f -> BigDecimal.valueOf(f.transactions()))));
    }

    /** Chart.js configuration: the total contract value per row, as a line. */
    public String getValueChart() {
        return chart("line", List.of(dataset("statistics.contractValue", "#c92a2a", Figures::contractValue)));
    }

    private String chart(String type, List<JsonObjectBuilder> datasets) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        // Item names are too long for an axis: the chart shows codes, the table beside it the names.
        boolean byItem = getReport().query().groupBy() == GroupBy.ITEM;
        getReport().rows().forEach(row -> labels.add(byItem ? row.key() : label(row)));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    private JsonObjectBuilder dataset(String labelKey, String colour, Function<Figures, BigDecimal> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        getReport().rows().forEach(row -> data.add(value.apply(row.figures())));
        return Json.createObjectBuilder().add("label", Messages.text(labelKey)).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour);
    }
}
