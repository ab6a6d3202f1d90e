package org.intermarket.registry.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.intermarket.registry.AgencyRecord;
import org.intermarket.registry.DirectoryService;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Offices;
import org.intermarket.shared.view.Ids;
import org.intermarket.shared.view.Messages;

/** agency.xhtml?id=: an agency's public profile; the agency itself and supervisors see whole certificate numbers. */
@Named
@RequestScoped
public class AgencyProfilePage {

    @Inject
    private DirectoryService directory;

    @Inject
    private Membership membership;

    @Inject
    private Offices offices;

    @Inject
    private HttpServletRequest request;

    private Long id;
    private AgencyRecord record;
    private Boolean decides;

    /** From the address, or from the hidden field of the supervisor's form (see {@link Ids}). */
    @PostConstruct
    void readId() {
        id = Ids.fromRequest(request, "id");
    }

    public void load() {
        if (id == null || !Messages.attempt(() -> record = directory.profile(id))) {
            record = null;
        }
    }

    /** After a sanction on this request: read the record again. */
    public void refresh() {
        record = null;
    }

    public AgencyRecord getRecord() {
        if (record == null && id != null) {
            load();
        }
        return record;
    }

    /**
     * Whether the signed-in supervisor's office takes decisions about this agency (its home region's platform office, or
     * the province's): only then does the page offer sanctions and credit records. Asked once per request.
     */
    public boolean isDecides() {
        if (decides == null) {
            decides = id != null && membership.isSupervisor() && offices.decidesOrganisation(id);
        }
        return decides;
    }

    public boolean isFull() {
        return id != null && (membership.isSupervisor() || membership.isOwnOrganisation(id));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
