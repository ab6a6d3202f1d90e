package org.intermarket.registry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.intermarket.delivery.RectificationService;
import org.intermarket.procurement.ObjectionService;
import org.intermarket.procurement.ObjectionStatus;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.AdmissionStatus;
import org.intermarket.registry.Office;
import org.intermarket.registry.Offices;
import org.intermarket.security.view.CurrentUser;

/**
 * What the header shows a supervisor: the office it acts for, and how many applications and objections wait for that
 * office's decision.
 */
@Named
@RequestScoped
public class SupervisorMenu {

    @Inject
    private AdmissionService admissions;

    @Inject
    private CurrentUser user;

    @Inject
    private ObjectionService objections;

    @Inject
    private RectificationService rectifications;

    @Inject
    private Offices offices;

    private Long pending;
    private String officeName;
    private Boolean keepsCatalog;
    private Long pendingObjections;
    private Long overdueRectifications;

    /** The name of the office the supervisor acts for; empty for an account outside any office. */
    public String getOfficeName() {
        if (officeName == null) {
            officeName = user.isSupervisor() ? offices.mine().map(Office::name).orElse("") : "";
        }
        return officeName;
    }

    /** Whether the supervisor's office keeps the catalog (the province's platform office): the catalog page's editor. */
    public boolean isKeepsCatalog() {
        if (keepsCatalog == null) {
            keepsCatalog = user.isSupervisor() && offices.mine().map(office -> office.jurisdiction().keepsCatalog()).orElse(false);
        }
        return keepsCatalog;
    }

    public long getPendingAdmissions() {
        if (pending == null) {
            pending = user.isSupervisor() ? admissions.count(AdmissionStatus.PENDING) : 0L;
        }
        return pending;
    }

    /** Rectifications the agency left unanswered past their due date. */
    public long getOverdueRectifications() {
        if (overdueRectifications == null) {
            overdueRectifications = user.isSupervisor() ? rectifications.unansweredOverdue() : 0L;
        }
        return overdueRectifications;
    }

    public long getPendingObjections() {
        if (pendingObjections == null) {
            pendingObjections = user.isSupervisor() ? objections.count(ObjectionStatus.PENDING) : 0L;
        }
        return pendingObjections;
    }
}
