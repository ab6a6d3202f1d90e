package org.intermarket.statistics.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.intermarket.shared.export.ExportText;
import org.intermarket.statistics.Figures;
import org.intermarket.statistics.NeedBehindFigure;

/** The columns of exported statistics tables, with the message keys of their headers. */
final class StatisticsColumns {

    record Column(String messageKey, Function<Figures, Object> value) {
    }

    static final List<Column> FIGURES = List.of(
            new Column("statistics.agencies", Figures::agencies),
            new Column("statistics.owners", Figures::owners),
            new Column("statistics.needsPublished", Figures::needsPublished),
            new Column("statistics.needsClosed", Figures::needsClosed),
            new Column("statistics.bids", Figures::bids),
            new Column("statistics.meanBidsPerNeed", Figures::meanBidsPerNeed),
            new Column("statistics.needsFailed", Figures::needsFailed),
            new Column("statistics.failedRate", Figures::failedRate),
            new Column("statistics.transactions", Figures::transactions),
            new Column("statistics.contractValue", Figures::contractValue),
            new Column("statistics.savingRate", Figures::savingRate),
            new Column("statistics.meanDaysToContract", Figures::meanDaysToContract),
            new Column("statistics.overdueDeliveries", Figures::overdueDeliveries),
            new Column("statistics.rectifications", Figures::rectifications));

    static final List<String> NEED_HEADERS = List.of("statistics.col.need", "statistics.col.item", "statistics.col.project",
            "statistics.col.owner", "statistics.col.region", "statistics.col.status", "statistics.col.publishedAt",
            "statistics.col.ceiling", "statistics.col.countedAt", "statistics.col.contractPrice");

    private StatisticsColumns() {
    }

    static List<Object> cells(String label, Figures figures) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        FIGURES.forEach(c -> cells.add(c.value().apply(figures)));
        return cells;
    }

    static List<Object> cells(NeedBehindFigure n, ExportText text) {
        return Arrays.asList(n.needId(), n.itemCode(), n.projectName(), n.ownerName(), n.regionCode(),
                text.get("need.status." + n.status()), n.publishedAt(),
                n.ceilingPrice(), n.countedAt(), n.contractPrice());
    }
}
