package org.intermarket.registry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.AdmissionStatus;
import org.intermarket.security.view.CurrentUser;

/** What the header shows a supervisor: how many applications wait for review. */
@Named
@RequestScoped
public class SupervisorMenu {

    @Inject
    private AdmissionService admissions;

    @Inject
    private CurrentUser user;

    private Long pending;

    public long getPendingAdmissions() {
        if (pending == null) {
            pending = user.isSupervisor() ? admissions.count(AdmissionStatus.PENDING) : 0L;
        }
        return pending;
    }
}
