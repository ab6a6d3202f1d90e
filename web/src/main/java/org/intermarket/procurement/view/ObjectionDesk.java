package org.intermarket.procurement.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.intermarket.procurement.ObjectionEntry;
import org.intermarket.procurement.ObjectionService;
import org.intermarket.procurement.ObjectionStatus;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.PagedModel;
import org.primefaces.model.LazyDataModel;

/** supervisor/objections.xhtml: pending objections, oldest first, each decided with a reason. */
@Named
@ViewScoped
public class ObjectionDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObjectionService objections;

    private final Map<Long, String> reasons = new HashMap<>();
    private LazyDataModel<ObjectionEntry> pending;

    @PostConstruct
    void init() {
        pending = PagedModel.of(request -> objections.queue(ObjectionStatus.PENDING, request), () -> objections.count(ObjectionStatus.PENDING),
                ObjectionEntry::id);
    }

    public void decide(Long id, ObjectionStatus outcome) {
        if (Messages.attempt(() -> objections.decide(id, outcome, reasons.get(id)))) {
            Messages.info("objection.decided." + outcome.name());
            reasons.remove(id);
        }
    }

    public LazyDataModel<ObjectionEntry> getPending() {
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
