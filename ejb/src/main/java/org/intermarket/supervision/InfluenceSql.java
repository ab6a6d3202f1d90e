package org.intermarket.supervision;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.registry.Jurisdiction;
import org.intermarket.registry.OrganisationType;

/**
 * The SQL that finds the signals of undue influence, for PostgreSQL and H2 (PostgreSQL mode); the rules:
 * <ul>
 * <li>RED_HAT: an agency (any registered agency, admitted or not) whose legal representative is a government office's
 * registered contact (the office organisation's contact person, or its legal representative when it names no contact
 * person), or whose contact phone is the office's once spaces and hyphens are dropped. Decisions about an agency are
 * its home region's platform offices' and the province's ({@link Jurisdiction#organisationsSql}), so those offices
 * see the signal; a department does not.</li>
 * <li>STEERING: the counts the binomial test of {@link Steering} needs, for each owner, item and winning agency whose
 * owner has at least {@link Steering#MIN_AWARDED} awarded needs of the item and whose agency won a larger part of them
 * than of the whole market's awards of the item; the test itself is Java's. A need counts as awarded while its status
 * says so ({@link NeedStatus#awarded()}) and by its current winner; the market's share counts every award of the item,
 * whatever office may see it. The offices whose jurisdiction covers the owner's needs of the item see the signal
 * ({@link Jurisdiction#needsSql}).</li>
 * </ul>
 * Filters are bound parameters of the outer statement (none stand inside a common table expression).
 */
final class InfluenceSql {

    /** The office's registered contact. */
    private static final String OFFICE_CONTACT = "COALESCE(fo.contact_person, fo.legal_representative)";
    private static final String SAME_NAME = "a.legal_representative = " + OFFICE_CONTACT;
    private static final String SAME_PHONE = SignalSql.phoneDigits("a.contact_phone") + " = " + SignalSql.phoneDigits("fo.contact_phone");
    private static final String RED_HAT_KEY = "CAST('" + RedHatSignal.PREFIX + "' || CAST(a.id AS VARCHAR(20)) || '-'"
            + " || CAST(f.organisation_id AS VARCHAR(20)) AS VARCHAR(128))";
    private static final String STEERING_KEY = "CAST('" + SteeringSignal.PREFIX + "' || CAST(c.owner_id AS VARCHAR(20)) || '-'"
            + " || CAST(c.agency_id AS VARCHAR(20)) || '-' || c.item_code AS VARCHAR(128))";

    private InfluenceSql() {
    }

    /**
     * RED_HAT signals in the jurisdiction, newest agency first: key, agency id, name, legal representative, phone, office
     * id, name, contact, phone, same name (1/0), same phone (1/0); or their count. Binds {@code :agency},
     * {@code :office} when filtered by them, and {@code :limit} and {@code :offset} for rows.
     */
    static String redHat(Jurisdiction jurisdiction, boolean byAgency, boolean byOffice, Boolean reviewed, boolean count) {
        String select = count ? "SELECT COUNT(*)"
                : "SELECT " + RED_HAT_KEY + " AS signal_key, a.id, a.name, a.legal_representative, a.contact_phone, f.organisation_id,"
                        + " fo.name AS office_name, " + OFFICE_CONTACT + " AS office_contact, fo.contact_phone AS office_phone,"
                        + " CASE WHEN " + SAME_NAME + " THEN 1 ELSE 0 END AS same_name,"
                        + " CASE WHEN " + SAME_PHONE + " THEN 1 ELSE 0 END AS same_phone";
        return select
                + " FROM office f JOIN organisation fo ON fo.id = f.organisation_id"
                + " JOIN organisation a ON a.org_type = '" + OrganisationType.AGENCY + "' AND (" + SAME_NAME + " OR " + SAME_PHONE + ")"
                + " LEFT JOIN signal_review r ON r.signal_key = " + RED_HAT_KEY
                + " WHERE (" + jurisdiction.organisationsSql("a.id") + ")"
                + (byAgency ? " AND a.id = :agency" : "")
                + (byOffice ? " AND f.organisation_id = :office" : "")
                + reviewed(reviewed)
                + (count ? "" : " ORDER BY a.id DESC, f.organisation_id LIMIT :limit OFFSET :offset");
    }

    /**
     * The candidates of STEERING in the jurisdiction: key, owner id, owner name, item code, agency id, agency name, won
     * (k), awarded (n), the agency's awards of the item in the market, the market's awards of the item. Binds
     * {@code :owner}, {@code :agency} and {@code :item} when filtered by them.
     */
    static String steeringCandidates(Jurisdiction jurisdiction, boolean byOwner, boolean byAgency, boolean byItem, Boolean reviewed) {
        return "WITH awards AS (SELECT p.owner_organisation_id AS owner_id, n.item_code, b.agency_id"
                + " FROM need n JOIN project p ON p.id = n.project_id JOIN bid b ON b.id = n.winning_bid_id"
                + " WHERE n.status IN (" + awardedStatuses() + ")),"
                + " owner_item AS (SELECT owner_id, item_code, COUNT(*) AS awarded FROM awards GROUP BY owner_id, item_code"
                + " HAVING COUNT(*) >= " + Steering.MIN_AWARDED + "),"
                + " item_market AS (SELECT item_code, COUNT(*) AS awarded FROM awards GROUP BY item_code),"
                + " agency_market AS (SELECT item_code, agency_id, COUNT(*) AS won FROM awards GROUP BY item_code, agency_id),"
                + " owner_agency AS (SELECT owner_id, item_code, agency_id, COUNT(*) AS won FROM awards GROUP BY owner_id, item_code, agency_id)"
                + " SELECT " + STEERING_KEY + " AS signal_key, c.owner_id, ow.name AS owner_name, c.item_code, c.agency_id, ag.name AS agency_name,"
                + " c.won, oi.awarded, am.won AS won_in_market, im.awarded AS awards_in_market"
                + " FROM owner_agency c JOIN owner_item oi ON oi.owner_id = c.owner_id AND oi.item_code = c.item_code"
                + " JOIN agency_market am ON am.item_code = c.item_code AND am.agency_id = c.agency_id"
                + " JOIN item_market im ON im.item_code = c.item_code"
                + " JOIN organisation ow ON ow.id = c.owner_id JOIN organisation ag ON ag.id = c.agency_id"
                + " LEFT JOIN signal_review r ON r.signal_key = " + STEERING_KEY
                // k / n > p, in whole numbers: only an agency that won more of the owner's needs than its share can be steered to
                + " WHERE c.won * im.awarded > oi.awarded * am.won"
                + " AND (" + jurisdiction.needsSql("c.owner_id", "c.item_code") + ")"
                + (byOwner ? " AND c.owner_id = :owner" : "")
                + (byAgency ? " AND c.agency_id = :agency" : "")
                + (byItem ? " AND c.item_code = :item" : "")
                + reviewed(reviewed)
                + " ORDER BY c.owner_id DESC, c.item_code, c.agency_id";
    }

    private static String reviewed(Boolean reviewed) {
        if (reviewed == null) {
            return "";
        }
        return reviewed ? " AND r.signal_key IS NOT NULL" : " AND r.signal_key IS NULL";
    }

    private static String awardedStatuses() {
        return Arrays.stream(NeedStatus.values()).filter(NeedStatus::awarded).map(status -> "'" + status + "'")
                .collect(Collectors.joining(", "));
    }
}
