package org.intermarket.registry.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.intermarket.registry.AdmissionService;

/** supervisor/admissions.xhtml: pending applications, oldest first. */
@Named
@ViewScoped
public class AdmissionQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdmissionService admissions;

    private AdmissionQueueModel pending;

    @PostConstruct
    void init() {
        pending = new AdmissionQueueModel(admissions);
    }

    public AdmissionQueueModel getPending() {
        return pending;
    }
}
