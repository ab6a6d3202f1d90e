package org.intermarket.registry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.intermarket.delivery.RectificationService;
import org.intermarket.procurement.ObjectionService;
import org.intermarket.procurement.ObjectionStatus;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.AdmissionStatus;
import org.intermarket.security.view.CurrentUser;

/** What the header shows a supervisor: how many applications and objections wait for a decision. */
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

    private Long pending;
    private Long pendingObjections;
    private Long overdueRectifications;

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
