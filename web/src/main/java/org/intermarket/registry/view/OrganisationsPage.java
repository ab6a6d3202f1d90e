package org.intermarket.registry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.Organisation;
import org.intermarket.registry.OrganisationQuery;
import org.intermarket.registry.OrganisationType;
import org.intermarket.registry.ProfileService;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.ChosenRecord;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.ShownPage;
import org.intermarket.shared.view.Pager;

/**
 * supervisor/organisations.xhtml: owners and agencies, filtered and paged through the address
 * (type, q, enabled, page). One organisation is chosen with {@code ?organisation=}; its panel above
 * the table holds the disable or enable form, which posts the id back, so the action can never land
 * on another row when the list changes in between.
 */
@Named
@RequestScoped
public class OrganisationsPage {

    static final int PAGE_SIZE = 20;
    static final String CHOSEN = "organisation";

    @Inject
    private ProfileService profiles;

    @Inject
    private AdmissionService admissions;

    @Inject
    private HttpServletRequest request;

    private String type;
    private String q;
    private String enabled;
    private int page;
    private String reason;
    private final ShownPage<Organisation> shown = new ShownPage<>(PAGE_SIZE, this::query);
    // A lambda, not a method reference: the service is injected after this field is set.
    private final ChosenRecord<Organisation> chosen = new ChosenRecord<>(CHOSEN, id -> profiles.organisation(id));

    /** The page of organisations, read while rendering (see ShownPage). */
    public Page<Organisation> getResult() {
        return shown.get(page);
    }

    private Page<Organisation> query() {
        OrganisationType wantedType = type == null || type.isBlank() ? null : OrganisationType.valueOf(type);
        Boolean wantedEnabled = enabled == null || enabled.isBlank() ? null : Boolean.valueOf(enabled);
        return profiles.search(new OrganisationQuery(wantedType, q, wantedEnabled), new PageRequest(page, PAGE_SIZE));
    }

    /** The organisation named by {@code ?organisation=} (or the posted form), or null. */
    public Organisation getChosen() {
        return chosen.get(request);
    }

    public void disable() {
        Organisation organisation = getChosen();
        if (organisation != null && Messages.attempt(() -> admissions.setEnabled(organisation.id(), false, reason))) {
            Messages.info("organisations.disabledDone", organisation.name());
            reason = null;
            chosen.forget();
        }
    }

    public void enable() {
        Organisation organisation = getChosen();
        if (organisation != null && Messages.attempt(() -> admissions.setEnabled(organisation.id(), true, null))) {
            Messages.info("organisations.enabledDone", organisation.name());
            chosen.forget();
        }
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.OWNER, OrganisationType.AGENCY);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getEnabled() {
        return enabled;
    }

    public void setEnabled(String enabled) {
        this.enabled = enabled;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
