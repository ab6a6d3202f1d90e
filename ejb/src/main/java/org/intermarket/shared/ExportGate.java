package org.intermarket.shared;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/**
 * Table exports are for supervisors. Checked before a download starts: a refusal from inside a
 * streaming body could no longer be a 403, the response having begun.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class ExportGate {

    public void authorise() {
        // @RolesAllowed on the class does the work.
    }
}
