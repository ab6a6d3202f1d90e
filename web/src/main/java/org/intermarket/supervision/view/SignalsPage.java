package org.intermarket.supervision.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.ShownPage;
import org.intermarket.shared.view.Pager;
import org.intermarket.supervision.Signal;
import org.intermarket.supervision.SignalKind;
import org.intermarket.supervision.SignalQuery;
import org.intermarket.supervision.SignalService;

/**
 * supervisor/signals.xhtml: bid-rigging signals, newest need first, filtered and paged through
 * the address (kind, reviewed, need, agency, page). A signal is reviewed in a form above the
 * table that names it by its key ({@code ?review=}), so the comment can never land on another
 * row when the list changes between showing it and sending it.
 */
@Named
@RequestScoped
public class SignalsPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private SignalService signals;

    @Inject
    private LocaleBean locale;

    private String kind;
    private String reviewed;
    private Long need;
    private Long agency;
    private int page;
    private String review;
    private String comment;
    private final ShownPage<Signal> shown = new ShownPage<>(PAGE_SIZE, this::query);
    private Signal underReview;
    private boolean underReviewRead;

    /** The page of signals, read while rendering (see ShownPage). */
    public Page<Signal> getResult() {
        return shown.get(page);
    }

    private Page<Signal> query() {
        SignalKind wantedKind = kind == null || kind.isBlank() ? null : SignalKind.valueOf(kind);
        Boolean wantedReviewed = reviewed == null || reviewed.isBlank() ? null : Boolean.valueOf(reviewed);
        return signals.list(new SignalQuery(wantedKind, wantedReviewed, need, agency), new PageRequest(page, PAGE_SIZE));
    }

    /**
     * The signal named by {@code ?review=} while it still waits for its review; null otherwise. On a
     * postback Faces asks before it has set the view parameters, so the key is read from the request.
     */
    public Signal getUnderReview() {
        if (!underReviewRead) {
            underReviewRead = true;
            String key = review != null ? review : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("review");
            if (key != null && !key.isBlank()) {
                underReview = signals.find(key).filter(signal -> !signal.reviewed()).orElse(null);
                if (underReview == null) {
                    Messages.info("signals.notToReview");
                }
            }
        }
        return underReview;
    }

    public void submitReview() {
        if (Messages.attempt(() -> signals.review(review, comment))) {
            Messages.info("signals.reviewDone");
            comment = null;
            review = null;
            underReview = null;
        }
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    /** The name of one of the signal's two agencies. */
    public String agencyName(Signal signal, Long agencyId) {
        return signal.agencies().stream().filter(a -> a.id().equals(agencyId)).map(Signal.AgencyRef::name).findFirst().orElse("");
    }

    /** Which of the pair won a need they bid on together, or null when neither did. */
    public String winnerOn(Signal signal, Long needId) {
        return signal.bids().stream().filter(b -> b.needId().equals(needId) && b.won()).map(b -> agencyName(signal, b.agencyId()))
                .findFirst().orElse(null);
    }

    /** An amount in yuan with the grouping and two decimals of the page's language. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale.getCurrent());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A percentage given in percent (0.50 → "0.50%"), as the page's language writes it. */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale.getCurrent());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(percent.movePointLeft(2));
    }

    public List<SignalKind> getKinds() {
        return List.of(SignalKind.values());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getReviewed() {
        return reviewed;
    }

    public void setReviewed(String reviewed) {
        this.reviewed = reviewed;
    }

    public Long getNeed() {
        return need;
    }

    public void setNeed(Long need) {
        this.need = need;
    }

    public Long getAgency() {
        return agency;
    }

    public void setAgency(Long agency) {
        this.agency = agency;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public String getReview() {
        return review;
    }

    public void setReview(String review) {
        this.review = review;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    private List<org.intermarket.supervision.RepeatedLowBidder> lowBidders;

    /** Agencies marked abnormally low again and again (issue 21), read once per request. */
    public List<org.intermarket.supervision.RepeatedLowBidder> getLowBidders() {
        if (lowBidders == null) {
            lowBidders = signals.repeatedLowBidders();
        }
        return lowBidders;
    }
}
