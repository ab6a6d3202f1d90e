package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

/**
 * Reads a need's dossier in one call and one transaction, where need.xhtml made a call (and a transaction) per part;
 * each part still checks on its own that the caller may see the need.
 */
@Stateless
@PermitAll
public class NeedDossiers {

    @Inject
    private NeedService needs;

    @Inject
    private NeedHistory history;

    @Inject
    private Timeline timeline;

    @Inject
    private SelectionService selection;

    public NeedDossier of(@NotNull Long needId) {
        NeedView view = needs.view(needId);
        Notice notice = view.need().winningBidId() != null ? selection.notice(needId) : null;
        return new NeedDossier(view, needs.amendments(needId), needs.exclusions(needId), history.of(needId), timeline.of(needId), notice);
    }
}
