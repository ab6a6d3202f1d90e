package org.intermarket.delivery.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.intermarket.delivery.ContractQueries;
import org.intermarket.delivery.ContractView;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Role;
import org.intermarket.shared.view.Ids;
import org.intermarket.shared.view.Messages;

/** contract.xhtml?id=: a contract for its two parties and supervisors, with what each of them may do next. */
@Named
@RequestScoped
public class ContractPage {

    @Inject
    private ContractQueries contracts;

    @Inject
    private Membership membership;

    @Inject
    private HttpServletRequest request;

    private Long id;
    private ContractView view;

    /** From the address on a GET, from a hidden field on a form post (see NeedPage). */
    @PostConstruct
    void readId() {
        id = Ids.fromRequest(request, "id");
    }

    public void load() {
        if (id == null || !Messages.attempt(() -> view = contracts.view(id))) {
            view = null;
        }
    }

    public void refresh() {
        view = null;
    }

    public ContractView getView() {
        if (view == null && id != null) {
            load();
        }
        return view;
    }

    public boolean isOwner() {
        return getView() != null && request.isUserInRole(Role.OWNER.name())
                && membership.isOwnOrganisation(view.contract().ownerOrganisationId());
    }

    public boolean isAgency() {
        return getView() != null && request.isUserInRole(Role.AGENCY.name()) && membership.isOwnOrganisation(view.contract().agencyId());
    }

    public boolean isSupervisor() {
        return request.isUserInRole(Role.SUPERVISOR.name());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
