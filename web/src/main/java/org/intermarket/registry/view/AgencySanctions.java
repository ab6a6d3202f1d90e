package org.intermarket.registry.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.intermarket.registry.AdmissionService;
import org.intermarket.shared.view.Messages;

/** The supervisor's panel on agency.xhtml: suspend until a date, lift, expel. Only ever built for supervisors. */
@Named
@ViewScoped
public class AgencySanctions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdmissionService admissions;

    @Inject
    private AgencyProfilePage page;

    private LocalDate until;
    private String reason;

    public void suspend(Long agencyId) {
        if (Messages.attempt(() -> admissions.suspend(agencyId, until, reason))) {
            Messages.info("sanction.suspended", until);
            page.refresh();
            reason = null;
        }
    }

    public void lift(Long agencyId) {
        if (Messages.attempt(() -> admissions.liftSuspension(agencyId))) {
            Messages.info("sanction.lifted");
            page.refresh();
        }
    }

    public void expel(Long agencyId) {
        if (Messages.attempt(() -> admissions.expel(agencyId, reason))) {
            Messages.info("sanction.expelled");
            page.refresh();
            reason = null;
        }
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
