package org.intermarket.registry.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.AdmissionStatus;
import org.intermarket.registry.QueueEntry;
import org.intermarket.shared.view.PagedModel;
import org.primefaces.model.LazyDataModel;

/** supervisor/admissions.xhtml: pending applications, oldest first, read one page at a time. */
@Named
@ViewScoped
public class AdmissionQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdmissionService admissions;

    private LazyDataModel<QueueEntry> pending;

    @PostConstruct
    void init() {
        pending = PagedModel.of(request -> admissions.queue(AdmissionStatus.PENDING, request), () -> admissions.count(AdmissionStatus.PENDING),
                QueueEntry::id);
    }

    public LazyDataModel<QueueEntry> getPending() {
        return pending;
    }
}
