package org.intermarket.supervision.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.ShownPage;
import org.intermarket.shared.view.Pager;
import org.intermarket.supervision.InfluenceKeys;
import org.intermarket.supervision.InfluenceSignal;
import org.intermarket.supervision.InfluenceSignals;
import org.intermarket.supervision.RedHatSignal;
import org.intermarket.supervision.Signal;
import org.intermarket.supervision.SignalKind;
import org.intermarket.supervision.SignalQuery;
import org.intermarket.supervision.SignalService;
import org.intermarket.supervision.SteeringSignal;

/**
 * supervisor/signals.xhtml: bid-rigging signals, newest need first, filtered and paged through
 * the address (kind, reviewed, need, agency, page). A signal is reviewed in a form above the
 * table that names it by its key ({@code ?review=}), so the comment can never land on another
 * row when the list changes between showing it and sending it. Below them, the agencies bidding low again and again
 * and the signals of undue influence (red-hat ties to an office, owners steered to one agency), each list paged by a
 * parameter of its own ({@code redHatPage}, {@code steeringPage}) and reviewed through the same {@code ?review=}.
 */
@Named
@RequestScoped
public class SignalsPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private SignalService signals;

    @Inject
    private InfluenceSignals influence;

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
    private InfluenceSignal influenceUnderReview;
    private int redHatPage;
    private int steeringPage;
    // Lambdas, not method references: the service is injected after these fields are set.
    private final ShownPage<RedHatSignal> redHats = new ShownPage<>(PAGE_SIZE, () -> influence.redHats(null, null,
            new PageRequest(redHatPage, PAGE_SIZE)));
    private final ShownPage<SteeringSignal> steering = new ShownPage<>(PAGE_SIZE, () -> influence.steering(null, null, null, null,
            new PageRequest(steeringPage, PAGE_SIZE)));
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
        readUnderReview();
        return underReview;
    }

    /** The red-hat or steering signal named by {@code ?review=} while it still waits for its review; null otherwise. */
    public InfluenceSignal getInfluenceUnderReview() {
        readUnderReview();
        return influenceUnderReview;
    }

    private void readUnderReview() {
        if (!underReviewRead) {
            underReviewRead = true;
            String key = review != null ? review : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("review");
            if (key != null && !key.isBlank()) {
                if (InfluenceKeys.kindOf(key).isPresent()) {
                    influenceUnderReview = influence.find(key).filter(signal -> !signal.reviewed()).orElse(null);
                } else {
                    underReview = signals.find(key).filter(signal -> !signal.reviewed()).orElse(null);
                }
                if (underReview == null && influenceUnderReview == null) {
                    Messages.info("signals.notToReview");
                }
            }
        }
    }

    public void submitReview() {
        String key = review;
        Optional<SignalKind> influenceKind = InfluenceKeys.kindOf(key);
        Runnable action = influenceKind.isPresent()
                ? () -> influence.review(influenceKind.get(), key, comment)
                : () -> signals.review(key, comment);
        if (Messages.attempt(action)) {
            Messages.info("signals.reviewDone");
            comment = null;
            review = null;
            underReview = null;
            influenceUnderReview = null;
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

    /** The kinds the list above filters by: the bid-rigging signals. */
    public List<SignalKind> getKinds() {
        return Arrays.stream(SignalKind.values()).filter(SignalKind::bidRigging).toList();
    }

    /** Every kind the page shows, for the rules. */
    public List<SignalKind> getRuleKinds() {
        return List.of(SignalKind.values());
    }

    /** 红顶中介 in the office's jurisdiction, paged by {@code ?redHatPage=}, read while rendering (see ShownPage). */
    public Page<RedHatSignal> getRedHats() {
        return redHats.get(redHatPage);
    }

    /** 指定中介 in the office's jurisdiction, paged by {@code ?steeringPage=}, read while rendering (see ShownPage). */
    public Page<SteeringSignal> getSteering() {
        return steering.get(steeringPage);
    }

    public Pager getRedHatPager() {
        return new Pager(getRedHats());
    }

    public Pager getSteeringPager() {
        return new Pager(getSteering());
    }

    /** A share or a probability (0.25 → "25.00%"), as the page's language writes it. */
    public String fraction(double value) {
        NumberFormat format = NumberFormat.getPercentInstance(locale.getCurrent());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(value < 0.0001 ? 4 : 2);
        return format.format(value);
    }

    public int getRedHatPage() {
        return redHatPage;
    }

    public void setRedHatPage(int redHatPage) {
        this.redHatPage = Math.max(0, redHatPage);
    }

    public int getSteeringPage() {
        return steeringPage;
    }

    public void setSteeringPage(int steeringPage) {
        this.steeringPage = Math.max(0, steeringPage);
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
