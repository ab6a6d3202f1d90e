package org.intermarket.procurement.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.intermarket.delivery.ContractService;
import org.intermarket.files.Attachment;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.BidForm;
import org.intermarket.procurement.BidService;
import org.intermarket.procurement.BidStatus;
import org.intermarket.procurement.LowBidService;
import org.intermarket.procurement.NeedService;
import org.intermarket.procurement.ObjectionService;
import org.intermarket.procurement.SelectionRequest;
import org.intermarket.procurement.SelectionService;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.Pages;
import org.intermarket.shared.web.ClientAddress;
import org.intermarket.shared.web.RequestArrival;

/** The forms on need.xhtml for signed-in owners and agencies. Only ever built inside their fragments. */
@Named
@ViewScoped
public class NeedActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NeedService needs;

    @Inject
    private BidService bids;

    @Inject
    private SelectionService selection;

    @Inject
    private NeedPage page;

    @Inject
    private ObjectionService objections;

    @Inject
    private ContractService contracts;

    @Inject
    private LowBidService lowBids;

    private BigDecimal price;
    private Integer serviceDays;
    private String plan;
    private String reason;
    private String grounds;
    private BigDecimal newCeiling;
    private java.time.LocalDateTime newDeadline;
    private Long chosenBid;
    private transient Part planFile;
    private final Map<Long, BigDecimal> planScores = new HashMap<>();
    private String explanation;
    private transient Part explanationFile;
    private final Map<Long, String> lowBidReasons = new HashMap<>();

    /** A live bid of the agency's own fills the form, so that replacing it starts from what was offered. */
    @PostConstruct
    void prefillFromOwnBid() {
        Bid mine = page.isAgency() ? page.getMyBid() : null;
        if (mine != null && mine.status() == BidStatus.LIVE) {
            price = mine.price();
            serviceDays = mine.serviceDays();
            plan = mine.plan();
        }
    }

    public String publish(Long id) {
        if (Messages.attempt(() -> needs.publish(id))) {
            Messages.info("need.published");
            return Pages.self("id", id);
        }
        return null;
    }

    public String signContract(Long id) {
        if (Messages.attempt(() -> contracts.sign(id))) {
            Messages.info("contract.signed");
            return Pages.self("id", id);
        }
        return null;
    }

    public String cancel(Long id) {
        if (Messages.attempt(() -> needs.cancel(id, reason))) {
            Messages.info("need.cancelled");
            return Pages.self("id", id);
        }
        return null;
    }

    public String placeBid(Long id) {
        String ip = ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        BidForm form = new BidForm(price, serviceDays, plan);
        boolean hasFile = planFile != null && planFile.getSize() > 0;
        try (InputStream content = hasFile ? planFile.getInputStream() : InputStream.nullInputStream()) {
            Attachment attachment = hasFile ? new Attachment(content, planFile.getSubmittedFileName()) : null;
            Bid[] placed = new Bid[1];
            if (Messages.attempt(() -> placed[0] = bids.place(id, form, ip, attachment, RequestArrival.ofCurrentRequest().orElse(null)))) {
                Messages.info("bid.placed", String.valueOf(placed[0].receiptNo()));
                return Pages.self("id", id);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            planFile = null;
        }
    }

    public String confirm(Long id) {
        if (Messages.attempt(() -> bids.confirm(id, RequestArrival.ofCurrentRequest().orElse(null)))) {
            Messages.info("bid.confirmed");
            return Pages.self("id", id);
        }
        return null;
    }

    public String amend(Long id) {
        java.time.Instant deadline = newDeadline == null ? null : newDeadline.atZone(org.intermarket.shared.ClockProducer.MARKET_ZONE).toInstant();
        if (Messages.attempt(() -> needs.amend(id, new org.intermarket.procurement.AmendmentForm(reason, null, null, newCeiling, deadline)))) {
            Messages.info("need.amended");
            reason = null;
            return Pages.self("id", id);
        }
        return null;
    }

    public BigDecimal getNewCeiling() {
        return newCeiling;
    }

    public void setNewCeiling(BigDecimal newCeiling) {
        this.newCeiling = newCeiling;
    }

    public java.time.LocalDateTime getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(java.time.LocalDateTime newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String withdraw(Long id) {
        if (Messages.attempt(() -> bids.withdraw(id, RequestArrival.ofCurrentRequest().orElse(null)))) {
            Messages.info("bid.withdrawn");
            return Pages.self("id", id);
        }
        return null;
    }

    public String select(Long id) {
        Map<Long, BigDecimal> scores = new HashMap<>(planScores);
        scores.values().removeIf(java.util.Objects::isNull);
        if (Messages.attempt(() -> selection.select(id, new SelectionRequest(chosenBid, scores)))) {
            Messages.info("need.selected");
            return Pages.self("id", id);
        }
        return null;
    }

    public String object(Long id) {
        if (Messages.attempt(() -> objections.file(id, grounds))) {
            Messages.info("objection.filed");
            return Pages.self("id", id);
        }
        return null;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Integer getServiceDays() {
        return serviceDays;
    }

    public void setServiceDays(Integer serviceDays) {
        this.serviceDays = serviceDays;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getPlanFile() {
        return planFile;
    }

    public void setPlanFile(Part planFile) {
        this.planFile = planFile;
    }

    public Long getChosenBid() {
        return chosenBid;
    }

    public void setChosenBid(Long chosenBid) {
        this.chosenBid = chosenBid;
    }

    public Map<Long, BigDecimal> getPlanScores() {
        return planScores;
    }

    /** The agency explains its marked bid: the file first (if any), then the text that seals both. */
    public String explainLowBid(Long id) {
        boolean hasFile = explanationFile != null && explanationFile.getSize() > 0;
        if (explanation == null || explanation.isBlank()) {
            Messages.error("lowBid.explanation.required");
            return null;
        }
        try (InputStream content = hasFile ? explanationFile.getInputStream() : InputStream.nullInputStream()) {
            boolean filed = !hasFile || Messages.attempt(() -> lowBids.attachFile(id, new Attachment(content, explanationFile.getSubmittedFileName())));
            if (filed && Messages.attempt(() -> lowBids.explain(id, explanation))) {
                Messages.info("lowBid.explained");
                return Pages.self("id", id);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            explanationFile = null;
        }
    }

    public String withdrawLowBid(Long id) {
        if (Messages.attempt(() -> lowBids.withdraw(id))) {
            Messages.info("bid.withdrawn");
            return Pages.self("id", id);
        }
        return null;
    }

    public String decideLowBid(Long id, Long lowBidId, boolean accepted) {
        String reason = lowBidReasons.get(lowBidId);
        if (reason == null || reason.isBlank()) {
            Messages.error("lowBid.reason.required");
            return null;
        }
        if (Messages.attempt(() -> lowBids.decide(id, lowBidId, accepted, reason))) {
            Messages.info(accepted ? "lowBid.accepted" : "lowBid.rejected");
            return Pages.self("id", id);
        }
        return null;
    }

    public String objectToRejection(Long id) {
        if (Messages.attempt(() -> objections.fileAgainstRejection(id, grounds))) {
            Messages.info("objection.filed");
            return Pages.self("id", id);
        }
        return null;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public Part getExplanationFile() {
        return explanationFile;
    }

    public void setExplanationFile(Part explanationFile) {
        this.explanationFile = explanationFile;
    }

    public Map<Long, String> getLowBidReasons() {
        return lowBidReasons;
    }
}
