package org.intermarket.registry.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.intermarket.registry.Admission;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.AgencyRecord;
import org.intermarket.registry.AgencyService;
import org.intermarket.registry.RejectReason;
import org.intermarket.shared.view.Messages;

/** supervisor/admission.xhtml?id=: one application with the agency's record, approve or reject. */
@Named
@ViewScoped
public class AdmissionReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdmissionService admissions;

    @Inject
    private AgencyService agencies;

    private Long id;
    private transient Admission admission;
    private transient AgencyRecord record;
    private RejectReason reason;
    private String reasonText;

    /** Called by f:viewAction; an unknown id shows a message instead of an empty page. */
    public void load() {
        if (id == null || !Messages.attempt(() -> {
            admission = admissions.admission(id);
            record = agencies.record(admission.agency().id());
        })) {
            admission = null;
        }
    }

    public void approve() {
        if (Messages.attempt(() -> admissions.approve(id))) {
            Messages.info("admission.approved", record.organisation().name());
            load();
        }
    }

    public void reject() {
        if (Messages.attempt(() -> admissions.reject(id, reason, reasonText))) {
            Messages.info("admission.rejected", record.organisation().name());
            load();
        }
    }

    public List<RejectReason> getReasons() {
        return List.of(RejectReason.values());
    }

    public Admission getAdmission() {
        if (admission == null && id != null) {
            load();
        }
        return admission;
    }

    public AgencyRecord getRecord() {
        getAdmission();
        return record;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RejectReason getReason() {
        return reason;
    }

    public void setReason(RejectReason reason) {
        this.reason = reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }
}
