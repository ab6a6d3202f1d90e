package org.intermarket.registry;

import java.util.List;

/** Everything about one agency that the agency itself and supervisors read. */
public record AgencyRecord(Agency agency, List<Qualification> qualifications, List<ServiceGuide> guides,
                           List<Admission> admissions) {

    public Organisation organisation() {
        return agency.organisation();
    }

    /** The latest application, or null before the first one. */
    public Admission latestAdmission() {
        return admissions.isEmpty() ? null : admissions.get(0);
    }
}
