package org.intermarket.statistics.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.statistics.Figure;
import org.intermarket.statistics.GroupBy;
import org.intermarket.statistics.StatisticsQuery;
import org.intermarket.statistics.StatisticsRow;

/**
 * The filters of the statistics pages as the address carries them (?from=&to=&groupBy=&item=&region=),
 * read as text so that a bad value becomes a message rather than a conversion error.
 */
@Named
@RequestScoped
public class StatisticsFilter {

    private String from;
    private String to;
    private String groupBy;
    private String item;
    private String region;

    StatisticsQuery query(Clock clock) {
        return StatisticsQuery.of(QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.enumeration("groupBy", groupBy, GroupBy.class), item, region, LocalDate.now(clock));
    }

    /** The query narrowed to one row: a period's days (within the query's), or an item or region; the whole query for null. */
    static Link narrowedTo(StatisticsQuery query, StatisticsRow row) {
        LocalDate start = query.from();
        LocalDate end = query.to();
        String itemCode = query.itemCode();
        String regionCode = query.regionCode();
        if (row != null) {
            switch (query.groupBy()) {
                case ITEM -> itemCode = row.key();
                case REGION -> regionCode = row.key();
                default -> {
                    Period period = Period.parse(row.key());
                    start = period.first().isAfter(start) ? period.first() : start;
                    end = period.last().isBefore(end) ? period.last() : end;
                }
            }
        }
        return new Link(start, end, query.groupBy(), itemCode, regionCode);
    }

    /** Filters written as an address. */
    record Link(LocalDate from, LocalDate to, GroupBy groupBy, String item, String region) {
        String link(String path, Figure figure) {
            StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                    .append(path).append("?from=").append(from).append("&to=").append(to).append("&groupBy=").append(groupBy);
            if (item != null) {
                url.append("&item=").append(URLEncoder.encode(item, StandardCharsets.UTF_8));
            }
            if (region != null) {
                url.append("&region=").append(URLEncoder.encode(region, StandardCharsets.UTF_8));
            }
            if (figure != null) {
                url.append("&figure=").append(figure);
            }
            return url.toString();
        }
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(String groupBy) {
        this.groupBy = groupBy;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
