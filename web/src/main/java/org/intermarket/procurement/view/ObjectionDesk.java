package org.intermarket.procurement.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.intermarket.procurement.ObjectionEntry;
import org.intermarket.procurement.ObjectionService;
import org.intermarket.procurement.ObjectionStatus;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
        pending = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) objections.count(ObjectionStatus.PENDING);
            }

            @Override
            public List<ObjectionEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
                Page<ObjectionEntry> page = objections.queue(ObjectionStatus.PENDING, new PageRequest(first / size, size));
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(ObjectionEntry entry) {
                return String.valueOf(entry.id());
            }
        };
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
