package org.intermarket.opendata.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import org.intermarket.opendata.FeedSummary;
import org.intermarket.opendata.OcdsMapping;
import org.intermarket.opendata.ReleaseFeed;
import org.intermarket.opendata.Stage;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.shared.ClockProducer;

/**
 * opendata.xhtml: what the OCDS feed publishes and how to read it. The mappings come from the
 * code that makes the releases, so the page always says what the feed does.
 */
@Named
@RequestScoped
public class OpenDataPage {

    /** Where the feed is, relative to the context root. */
    public static final String FEED_PATH = "/api/v1/opendata/releases";

    @Inject
    private ReleaseFeed feed;

    private FeedSummary summary;

    public FeedSummary getSummary() {
        if (summary == null) {
            summary = feed.summary();
        }
        return summary;
    }

    /** When the latest release was made, written the way the page's language writes dates (2026年5月1日 上午10:00:00, May 1, 2026, 10:00:00 AM). */
    public String getLatest() {
        return getSummary().latest() == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).withZone(ClockProducer.MARKET_ZONE)
                .format(getSummary().latest());
    }

    public String getFeedPath() {
        return FEED_PATH;
    }

    public String getOcidPrefix() {
        return OcdsMapping.OCID_PREFIX;
    }

    public String getExampleOcid() {
        return OcdsMapping.ocid(123);
    }

    public String getLicense() {
        return OcdsMapping.LICENSE;
    }

    public String getBidsExtension() {
        return OcdsMapping.BIDS_EXTENSION;
    }

    public String getPartyScheme() {
        return OcdsMapping.PARTY_SCHEME;
    }

    public String getItemScheme() {
        return OcdsMapping.ITEM_SCHEME;
    }

    public int getDefaultSize() {
        return ReleaseFeed.DEFAULT_SIZE;
    }

    public int getMaxSize() {
        return ReleaseFeed.MAX_SIZE;
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    /** A stage's tags as the page lists them. */
    public String tags(Stage stage) {
        return String.join(", ", stage.tags());
    }

    /** The states a published need can be in (drafts are never published), with their tender status. */
    public List<StatusRow> getStatuses() {
        return Arrays.stream(NeedStatus.values()).filter(s -> s != NeedStatus.DRAFT && s != NeedStatus.SELECTED)
                .map(s -> new StatusRow(s, OcdsMapping.tenderStatus(s))).toList();
    }

    public List<MethodRow> getMethods() {
        return Arrays.stream(SelectionMethod.values())
                .map(m -> new MethodRow(m, OcdsMapping.procurementMethod(m), OcdsMapping.awardCriteria(m))).toList();
    }

    public record StatusRow(NeedStatus status, String tenderStatus) {
    }

    public record MethodRow(SelectionMethod method, String procurementMethod, String awardCriteria) {
    }
}
