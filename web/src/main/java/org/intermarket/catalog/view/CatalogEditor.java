package org.intermarket.catalog.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.FeeBasis;
import org.intermarket.catalog.ItemDetails;
import org.intermarket.catalog.ItemForm;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.view.Messages;

/**
 * The supervisor's add/edit/retire dialog on catalog.xhtml. View-scoped, and only ever
 * reached by signed-in supervisors, whose views are stateful.
 */
@Named
@ViewScoped
public class CatalogEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    private boolean creating;
    private String code;
    private String nameZh;
    private String nameEn;
    private String legalBasis;
    private String department;
    private String qualificationType;
    private Integer standardDays;
    private FeeBasis feeBasis = FeeBasis.MARKET;
    private boolean mandatory = true;
    private String retireReason;

    public void startNew() {
        creating = true;
        code = null;
        nameZh = null;
        nameEn = null;
        legalBasis = null;
        department = null;
        qualificationType = null;
        standardDays = null;
        feeBasis = FeeBasis.MARKET;
        mandatory = true;
    }

    public void startEdit(String itemCode) {
        ServiceItem item = catalog.find(itemCode);
        ItemDetails d = item.details();
        creating = false;
        code = item.code();
        nameZh = d.nameZh();
        nameEn = d.nameEn();
        legalBasis = d.legalBasis();
        department = d.department();
        qualificationType = d.qualificationType();
        standardDays = d.standardDays();
        feeBasis = d.feeBasis();
        mandatory = d.mandatory();
        retireReason = null;
    }

    public void save() {
        ItemForm form = new ItemForm(nameZh, nameEn, legalBasis, department, qualificationType, standardDays, feeBasis, mandatory);
        try {
            if (creating) {
                ServiceItem item = catalog.create(code, form, null);
                Messages.info("catalog.saved.created", item.code());
            } else {
                ServiceItem item = catalog.revise(code, form);
                Messages.info("catalog.saved.revised", item.code(), item.version());
            }
        } catch (DomainException failure) {
            Messages.failure(failure);
        }
    }

    public void retire() {
        try {
            catalog.retire(code, retireReason);
            Messages.info("catalog.retired", code);
        } catch (DomainException failure) {
            Messages.failure(failure);
        }
    }

    public FeeBasis[] getFeeBases() {
        return FeeBasis.values();
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getQualificationType() {
        return qualificationType;
    }

    public void setQualificationType(String qualificationType) {
        this.qualificationType = qualificationType;
    }

    public Integer getStandardDays() {
        return standardDays;
    }

    public void setStandardDays(Integer standardDays) {
        this.standardDays = standardDays;
    }

    public FeeBasis getFeeBasis() {
        return feeBasis;
    }

    public void setFeeBasis(FeeBasis feeBasis) {
        this.feeBasis = feeBasis;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getRetireReason() {
        return retireReason;
    }

    public void setRetireReason(String retireReason) {
        this.retireReason = retireReason;
    }
}
