package org.intermarket.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.shared.ClockProducer;

/**
 * The fixed parts of our OCDS 1.1 publication: the ocid prefix, identifier schemes, licence and
 * extension, and how our need states and selection methods map onto OCDS's closed codelists.
 * The open-data page (opendata.xhtml) shows these same mappings, so it cannot drift from the feed.
 */
public final class OcdsMapping {

    /**
     * Our ocid prefix: "ocds-" and six random lowercase alphanumerics, as OCDS asks publishers to
     * register; each contracting process (one published need) is {@code ocds-b5fd17-<need id>}.
     */
    public static final String OCID_PREFIX = "ocds-b5fd17";

    /** The major.minor version of the standard the packages follow. */
    public static final String VERSION = "1.1";

    /** Organisation identifiers: the unified social credit code, under its org-id.guide list code. */
    public static final String PARTY_SCHEME = "CN-USCI";

    /** Item classification: the code of the service item in our own catalog (事项清单). */
    public static final String ITEM_SCHEME = "intermarket-catalog";

    public static final String CURRENCY = "CNY";

    public static final String LANGUAGE = "zh";

    /** Every need buys an intermediary service. */
    public static final String CATEGORY = "services";

    /** A public-domain dedication, as OCDS recommends for open data. */
    public static final String LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/";

    /** The bids extension (statistics only: the number of bids once bidding has closed), pinned to a tagged version. */
    public static final String BIDS_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json";

    public static final String PUBLISHER_NAME = "中介服务网上超市";

    /**
     * Date-times as OCDS wants them (RFC 3339 with seconds and an offset), in the market's zone;
     * a fraction of a second appears only when there is one.
     */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private OcdsMapping() {
    }

    public static String ocid(long needId) {
        return OCID_PREFIX + "-" + needId;
    }

    /** The contracting process's tender status for a need in this state (tenderStatus codelist, closed). */
    public static String tenderStatus(NeedStatus status) {
        return switch (status) {
            case DRAFT -> "planned";
            case PUBLISHED, BIDDING_CLOSED -> "active";
            case SELECTED, NOTICE, CONTRACTED, DELIVERED, ACCEPTED, RATED -> "complete";
            case CANCELLED -> "cancelled";
            case FAILED -> "unsuccessful";
        };
    }

    /**
     * The procurement method (method codelist, closed). Every need is published to all and any
     * eligible agency may bid, whatever the selection method; the methods differ only in how the
     * winner is chosen among the bids, which awardCriteria and procurementMethodDetails say.
     */
    public static String procurementMethod(SelectionMethod method) {
        return switch (method) {
            case DIRECT, RANDOM_DRAW, LOWEST_PRICE, COMPREHENSIVE_SCORE -> "open";
        };
    }

    /** The award criteria (awardCriteria codelist, open), where one of its codes fits; null where none does. */
    public static String awardCriteria(SelectionMethod method) {
        return switch (method) {
            case LOWEST_PRICE -> "priceOnly";
            case COMPREHENSIVE_SCORE -> "ratedCriteria";
            case DIRECT, RANDOM_DRAW -> null;
        };
    }

    /** The selection method in the language of the feed, with its code. */
    public static String methodDetails(SelectionMethod method) {
        return switch (method) {
            case DIRECT -> "直接选取";
            case RANDOM_DRAW -> "随机抽取";
            case LOWEST_PRICE -> "竞价选取";
            case COMPREHENSIVE_SCORE -> "综合评分";
        } + " (" + method + ")";
    }

    public static String date(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(ClockProducer.MARKET_ZONE));
    }

    /** The last second of a day in the market's zone, for dates without a time (OCDS's rule for them). */
    public static String endOfDay(LocalDate day) {
        return day == null ? null : DATE_TIME.format(day.atTime(LocalTime.of(23, 59, 59)).atZone(ClockProducer.MARKET_ZONE));
    }
}
