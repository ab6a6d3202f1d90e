package org.intermarket.supervision;

import org.intermarket.supervision.Signal.Review;

/**
 * An agency tied to a government office (红顶中介): its legal representative is the office's registered contact, or its
 * contact phone is the office's, or both.
 *
 * @param officeContact the office's registered contact: its contact person, or its legal representative when it names none
 * @param sameName the agency's legal representative is the office's contact
 * @param samePhone the two phones are the same once spaces and hyphens are dropped
 */
public record RedHatSignal(String key, Long agencyId, String agencyName, String legalRepresentative, String agencyPhone, Long officeId,
                           String officeName, String officeContact, String officePhone, boolean sameName, boolean samePhone,
                           Review review) implements InfluenceSignal {

    static final String PREFIX = SignalKind.RED_HAT + "-";

    static String key(long agencyId, long officeId) {
        return PREFIX + agencyId + "-" + officeId;
    }

    @Override
    public SignalKind kind() {
        return SignalKind.RED_HAT;
    }

    @Override
    public String summary() {
        return "agency " + agencyId + " (" + agencyName + ") and office " + officeId + " (" + officeName + "): "
                + (sameName ? "legal representative " + legalRepresentative + " is the office's contact" : "")
                + (sameName && samePhone ? "; " : "") + (samePhone ? "phone " + agencyPhone + " is the office's " + officePhone : "");
    }

    RedHatSignal reviewedAs(Review review) {
        return new RedHatSignal(key, agencyId, agencyName, legalRepresentative, agencyPhone, officeId, officeName, officeContact, officePhone,
                sameName, samePhone, review);
    }
}
