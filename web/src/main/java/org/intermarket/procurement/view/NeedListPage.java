package org.intermarket.procurement.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.intermarket.procurement.NeedPosition;
import org.intermarket.procurement.NeedQuery;
import org.intermarket.procurement.NeedService;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.procurement.NeedView;
import org.intermarket.shared.ClockProducer;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.Pager;

/** needs.xhtml: the public list of needs; filters and page in the address, no session. */
@Named
@RequestScoped
public class NeedListPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private NeedService needs;

    @Inject
    private HttpServletRequest request;

    private String status;
    private String item;
    private String region;
    private String maxCeiling;
    private String deadlineBy;
    private int page;
    private Page<NeedView> result;

    public Page<NeedView> getResult() {
        if (result == null) {
            try {
                NeedStatus wanted = status == null || status.isBlank() ? null : NeedStatus.valueOf(status);
                BigDecimal ceiling = maxCeiling == null || maxCeiling.isBlank() ? null : new BigDecimal(maxCeiling.trim());
                result = needs.search(new NeedQuery(wanted, item, region, ceiling, deadlineBefore()), new PageRequest(page, PAGE_SIZE),
                        NeedPosition.ofToken("after", request.getParameter("after")));
            } catch (IllegalArgumentException | DateTimeParseException | DomainException invalid) {
                Messages.info("directory.invalidFilter");
                result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return result;
    }

    /** "Deadline on or before day D" is "before the start of the next day" in the market's time zone. */
    private Instant deadlineBefore() {
        return deadlineBy == null || deadlineBy.isBlank() ? null
                : LocalDate.parse(deadlineBy.trim()).plusDays(1).atStartOfDay(ClockProducer.MARKET_ZONE).toInstant();
    }

    public List<NeedStatus> getStatuses() {
        return List.of(NeedStatus.values()).stream().filter(s -> s != NeedStatus.DRAFT).toList();
    }

    /**
     * Where the next page starts: the "next" link reads from there (as fast at page 1,000 as at page 2) rather than
     * by offset. Not a view parameter, so that the "previous" link, which reads by number, does not carry it.
     */
    public String getNextToken() {
        List<NeedView> shown = getResult().items();
        return shown.isEmpty() ? null : NeedPosition.of(shown.get(shown.size() - 1).need()).token();
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
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

    public String getMaxCeiling() {
        return maxCeiling;
    }

    public void setMaxCeiling(String maxCeiling) {
        this.maxCeiling = maxCeiling;
    }

    public String getDeadlineBy() {
        return deadlineBy;
    }

    public void setDeadlineBy(String deadlineBy) {
        this.deadlineBy = deadlineBy;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
