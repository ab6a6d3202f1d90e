package org.intermarket.procurement.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedForm;
import org.intermarket.procurement.NeedService;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.procurement.NeedView;
import org.intermarket.procurement.Project;
import org.intermarket.procurement.ProjectForm;
import org.intermarket.procurement.ProjectService;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.ClockProducer;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.PagedModel;
import org.intermarket.shared.view.Pages;
import org.primefaces.model.LazyDataModel;

/** owner/needs.xhtml: the owner's projects, a new need, and every need of theirs by state. */
@Named
@ViewScoped
public class OwnerDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Inject
    private NeedService needs;

    @Inject
    private CatalogService catalog;

    @Inject
    private SettingsService settings;

    @Inject
    private Clock clock;

    private String projectName;
    private String projectCode;
    private String location;
    private BigDecimal investment;

    private Long projectId;
    private String itemCode;
    private String scope;
    private Integer serviceDays;
    private BigDecimal ceilingPrice;
    private SelectionMethod method = SelectionMethod.LOWEST_PRICE;
    private LocalDateTime deadline;
    private Integer priceWeight;
    private Integer creditWeight;
    private Integer planWeight;
    private String contact;

    private Long draftId;
    private NeedStatus statusFilter;
    private LazyDataModel<NeedView> myNeeds;

    @PostConstruct
    void init() {
        myNeeds = PagedModel.of(request -> needs.mine(statusFilter, request), view -> view.need().id());
    }

    public String createProject() {
        Project[] created = new Project[1];
        if (Messages.attempt(() -> created[0] = projects.create(new ProjectForm(projectName, projectCode, location, investment)))) {
            Messages.info("project.created", projectCode);
            return Pages.redirect("/owner/needs", "projectId", created[0].id());
        }
        return null;
    }

    /** Reads the draft named by {@code ?draft=} into the form, to be revised, published or deleted. */
    public void loadDraft() {
        if (draftId == null) {
            return;
        }
        Need[] found = new Need[1];
        if (!Messages.attempt(() -> found[0] = needs.ownDraft(draftId))) {
            draftId = null;
            return;
        }
        Need draft = found[0];
        projectId = draft.project().id();
        itemCode = draft.itemCode();
        scope = draft.scope();
        serviceDays = draft.serviceDays();
        ceilingPrice = draft.ceilingPrice();
        method = draft.method();
        deadline = LocalDateTime.ofInstant(draft.bidDeadline(), ClockProducer.MARKET_ZONE);
        if (draft.weights() != null) {
            priceWeight = draft.weights().price();
            creditWeight = draft.weights().credit();
            planWeight = draft.weights().plan();
        }
        contact = draft.contact();
    }

    /**
     * Publishes the form's need (a new one, or the draft being edited) in one transaction: when publication is refused
     * nothing is saved, and the message stands beside the field at fault while the form keeps what was typed.
     */
    public String publish() {
        Need[] published = new Need[1];
        NeedForm form = form();
        if (Messages.attempt(() -> published[0] = draftId == null ? needs.publishNew(form) : needs.publishRevised(draftId, form))) {
            Messages.info("need.published");
            return Pages.redirect("/need", "id", published[0].id());
        }
        return null;
    }

    /** Keeps the form as a draft (new or revised) without publishing it. */
    public String saveDraft() {
        Need[] saved = new Need[1];
        NeedForm form = form();
        if (Messages.attempt(() -> saved[0] = draftId == null ? needs.draft(form) : needs.reviseDraft(draftId, form))) {
            Messages.info("need.draftSaved");
            return Pages.redirect("/owner/needs", "draft", saved[0].id());
        }
        return null;
    }

    public String deleteDraft() {
        if (draftId != null && Messages.attempt(() -> needs.deleteDraft(draftId))) {
            Messages.info("need.draftDeleted");
            return Pages.redirect("/owner/needs");
        }
        return null;
    }

    private NeedForm form() {
        NeedForm.WeightsForm weights = method == SelectionMethod.COMPREHENSIVE_SCORE
                ? new NeedForm.WeightsForm(priceWeight, creditWeight, planWeight) : null;
        return new NeedForm(projectId, itemCode, scope, serviceDays, ceilingPrice, null, method,
                deadline == null ? null : deadline.atZone(ClockProducer.MARKET_ZONE).toInstant(), weights, contact, null);
    }

    /** The shortest bidding period the market allows, for the deadline's hint. */
    public Duration getMinBiddingPeriod() {
        return settings.current().duration(SettingKey.MIN_BIDDING_PERIOD);
    }

    /** The earliest deadline a publication now would accept. */
    public Instant getEarliestDeadline() {
        return clock.instant().plus(getMinBiddingPeriod());
    }

    public List<Project> getProjects() {
        return projects.mine(new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public List<ServiceItem> getItems() {
        return catalog.active();
    }

    public List<SelectionMethod> getMethods() {
        return List.of(SelectionMethod.values());
    }

    public List<NeedStatus> getStatuses() {
        return List.of(NeedStatus.values());
    }

    public LazyDataModel<NeedView> getMyNeeds() {
        return myNeeds;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public void setProjectCode(String projectCode) {
        this.projectCode = projectCode;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public BigDecimal getInvestment() {
        return investment;
    }

    public void setInvestment(BigDecimal investment) {
        this.investment = investment;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Integer getServiceDays() {
        return serviceDays;
    }

    public void setServiceDays(Integer serviceDays) {
        this.serviceDays = serviceDays;
    }

    public BigDecimal getCeilingPrice() {
        return ceilingPrice;
    }

    public void setCeilingPrice(BigDecimal ceilingPrice) {
        this.ceilingPrice = ceilingPrice;
    }

    public SelectionMethod getMethod() {
        return method;
    }

    public void setMethod(SelectionMethod method) {
        this.method = method;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public Integer getPriceWeight() {
        return priceWeight;
    }

    public void setPriceWeight(Integer priceWeight) {
        this.priceWeight = priceWeight;
    }

    public Integer getCreditWeight() {
        return creditWeight;
    }

    public void setCreditWeight(Integer creditWeight) {
        this.creditWeight = creditWeight;
    }

    public Integer getPlanWeight() {
        return planWeight;
    }

    public void setPlanWeight(Integer planWeight) {
        this.planWeight = planWeight;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Long getDraftId() {
        return draftId;
    }

    public void setDraftId(Long draftId) {
        this.draftId = draftId;
    }

    public NeedStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(NeedStatus statusFilter) {
        this.statusFilter = statusFilter;
    }
}
