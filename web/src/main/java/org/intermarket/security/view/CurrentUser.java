package org.intermarket.security.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.intermarket.registry.Role;

/** The signed-in user as pages need it: name and role, read from the request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    public String getRole() {
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                return role.name();
            }
        }
        return "ANONYMOUS";
    }

    public boolean isSupervisor() {
        return request.isUserInRole(Role.SUPERVISOR.name());
    }

    public boolean isAdmin() {
        return request.isUserInRole(Role.ADMIN.name());
    }

    public boolean isAgency() {
        return request.isUserInRole(Role.AGENCY.name());
    }

    public boolean isOwner() {
        return request.isUserInRole(Role.OWNER.name());
    }

    /** Owners and agencies keep an organisation profile. */
    public boolean isMarketParticipant() {
        return isAgency() || request.isUserInRole(Role.OWNER.name());
    }
}
