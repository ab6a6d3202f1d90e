package org.intermarket.statistics.api;

import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.export.TableFormat;
import org.intermarket.statistics.GroupBy;
import org.intermarket.statistics.StatisticsQuery;

/** The query parameters of a statistics request; without dates, the twelve months up to today. */
public class StatisticsParams {

    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("groupBy")
    String groupBy;
    @QueryParam("item")
    String item;
    @QueryParam("region")
    String region;
    @QueryParam("format")
    String format;
    @QueryParam("lang")
    String lang;

    StatisticsQuery query(Clock clock) {
        return StatisticsQuery.of(QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.enumeration("groupBy", groupBy, GroupBy.class), item, region, LocalDate.now(clock));
    }

    TableFormat format() {
        return TableFormat.of(format);
    }
}
