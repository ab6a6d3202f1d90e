package org.intermarket.registry.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.credit.CreditChange;
import org.intermarket.credit.CreditService;
import org.intermarket.delivery.ContractEntry;
import org.intermarket.delivery.ContractQueries;
import org.intermarket.procurement.AgencyDesk;
import org.intermarket.procurement.BidState;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.OwnBid;
import org.intermarket.registry.AgencyRecord;
import org.intermarket.registry.AgencyService;
import org.intermarket.registry.GuideForm;
import org.intermarket.registry.Membership;
import org.intermarket.registry.QualificationForm;
import org.intermarket.registry.RegistryQueries;
import org.intermarket.registry.ServiceGuide;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.PagedModel;
import org.primefaces.model.LazyDataModel;

/**
 * agency/index.xhtml: an agency's own work (its bids, the needs it may bid on, its credit), and where it keeps its
 * qualifications and guides and applies for admission.
 */
@Named
@ViewScoped
public class AgencyWorkspace implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgencyService agencies;

    @Inject
    private Membership membership;

    @Inject
    private RegistryQueries queries;

    @Inject
    private CatalogService catalog;

    @Inject
    private LocaleBean locale;

    @Inject
    private AgencyDesk desk;

    @Inject
    private CreditService credit;

    @Inject
    private ContractQueries contractQueries;

    /** How many needs the workspace suggests; the list of needs has the rest. */
    static final int BIDDABLE_SHOWN = 10;
    /** The latest credit changes shown with their reasons; the public profile and the API have the whole history. */
    static final int CREDIT_CHANGES_SHOWN = 5;
    /** The newest contracts shown on the workspace; the contracts page lists them all. */
    static final int CONTRACTS_SHOWN = 5;

    private Long agencyId;
    private transient AgencyRecord record;
    private transient List<Need> biddableNeeds;
    private transient List<CreditChange> creditChanges;
    private transient Page<ContractEntry> contracts;

    private BidState stateFilter;
    private LazyDataModel<OwnBid> myBids;

    private String type;
    private String level;
    private String certificateNo;
    private String issuer;
    private LocalDate validFrom;
    private LocalDate validTo;

    private Long certificateFor;
    private transient Part certificate;

    private String itemCode;
    private String conditions;
    private String process;
    private Integer timeLimitDays;
    private String feeStandard;

    @PostConstruct
    void init() {
        agencyId = membership.organisationId();
        myBids = PagedModel.of(request -> desk.bids(stateFilter, request), OwnBid::bidId);
    }

    public LazyDataModel<OwnBid> getMyBids() {
        return myBids;
    }

    public List<BidState> getBidStates() {
        return List.of(BidState.values());
    }

    public List<Need> getBiddableNeeds() {
        if (biddableNeeds == null) {
            biddableNeeds = desk.biddableNeeds(BIDDABLE_SHOWN);
        }
        return biddableNeeds;
    }

    /** The agency's latest contracts, newest first, with how many there are in all: the full list is a link away. */
    public Page<ContractEntry> getContracts() {
        if (contracts == null) {
            contracts = contractQueries.list(null, false, new PageRequest(0, CONTRACTS_SHOWN));
        }
        return contracts;
    }

    /** The latest changes of the credit score with their reasons; none before admission, when the score has no history yet. */
    public List<CreditChange> getCreditChanges() {
        if (creditChanges == null) {
            creditChanges = getRecord().agency().admittedAt() == null ? List.of()
                    : credit.history(agencyId, new PageRequest(0, CREDIT_CHANGES_SHOWN)).items();
        }
        return creditChanges;
    }

    public AgencyRecord getRecord() {
        if (record == null) {
            record = agencies.record(agencyId);
        }
        return record;
    }

    public List<String> getQualificationTypes() {
        return queries.qualificationTypes();
    }

    /** Items a guide can be published for: active ones. */
    public List<ServiceItem> getActiveItems() {
        return catalog.active();
    }

    public String itemLabel(ServiceItem item) {
        return item.code() + " " + locale.pick(item.details().nameZh(), item.details().nameEn());
    }

    public void addQualification() {
        if (Messages.attempt(() -> agencies.addQualification(agencyId,
                new QualificationForm(type, level, certificateNo, issuer, validFrom, validTo)))) {
            Messages.info("agency.qualification.added", certificateNo);
            type = level = certificateNo = issuer = null;
            validFrom = validTo = null;
            record = null;
        }
    }

    public void removeQualification(Long id) {
        if (Messages.attempt(() -> agencies.removeQualification(agencyId, id))) {
            Messages.info("agency.qualification.removed");
            record = null;
        }
    }

    public void uploadCertificate() {
        if (certificate == null || certificateFor == null) {
            Messages.info("agency.certificate.choose");
            return;
        }
        try (InputStream content = certificate.getInputStream()) {
            if (Messages.attempt(() -> agencies.attachCertificate(agencyId, certificateFor, content, certificate.getSubmittedFileName()))) {
                Messages.info("agency.certificate.uploaded");
                record = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void publishGuide() {
        if (Messages.attempt(() -> agencies.publishGuide(agencyId, new GuideForm(itemCode, conditions, process, timeLimitDays, feeStandard)))) {
            Messages.info("agency.guide.published", itemCode);
            itemCode = conditions = process = feeStandard = null;
            timeLimitDays = null;
            record = null;
        }
    }

    public void editGuide(ServiceGuide guide) {
        ServiceGuide.GuideTerms terms = guide.terms();
        itemCode = guide.itemCode();
        conditions = terms.conditions();
        process = terms.process();
        timeLimitDays = terms.serviceDays();
        feeStandard = terms.feeStandard();
    }

    public void withdrawGuide(String code) {
        if (Messages.attempt(() -> agencies.withdrawGuide(agencyId, code))) {
            Messages.info("agency.guide.withdrawn", code);
            record = null;
        }
    }

    public void apply() {
        if (Messages.attempt(() -> agencies.apply(agencyId))) {
            Messages.info("agency.applied");
            record = null;
        }
    }

    public BidState getStateFilter() {
        return stateFilter;
    }

    public void setStateFilter(BidState stateFilter) {
        this.stateFilter = stateFilter;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Long getCertificateFor() {
        return certificateFor;
    }

    public void setCertificateFor(Long certificateFor) {
        this.certificateFor = certificateFor;
    }

    public Part getCertificate() {
        return certificate;
    }

    public void setCertificate(Part certificate) {
        this.certificate = certificate;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getProcess() {
        return process;
    }

    public void setProcess(String process) {
        this.process = process;
    }

    public Integer getTimeLimitDays() {
        return timeLimitDays;
    }

    public void setTimeLimitDays(Integer timeLimitDays) {
        this.timeLimitDays = timeLimitDays;
    }

    public String getFeeStandard() {
        return feeStandard;
    }

    public void setFeeStandard(String feeStandard) {
        this.feeStandard = feeStandard;
    }
}
