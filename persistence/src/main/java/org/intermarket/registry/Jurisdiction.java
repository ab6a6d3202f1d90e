package org.intermarket.registry;

import java.util.Objects;

/**
 * What one government office may act on, and the one place that rule is written:
 * <ul>
 * <li>a need (and what hangs on it: objections, rectifications, signals, the needs behind a statistic) belongs to the
 * region of its project's owner and to the department the catalog names for its item (the item's latest version: the
 * catalog says who supervises an item now);</li>
 * <li>an industry department acts on the needs of its own items in its region and below; the platform office of a
 * region on every need in its region and below;</li>
 * <li>an office of the province acts on the whole market, whatever region an organisation registered in: the market
 * is the province's, and an owner or agency from another province takes part in it like any other (一地入驻、全省通行);</li>
 * <li>an agency is admitted once for the whole market and has one credit score, so decisions about the agency itself
 * (admission, suspension, expulsion, violations, rewards, supervisor scores, blacklisting) are its home region's: the
 * platform offices whose region covers the region the agency registered in. No department decides them, and no
 * city decides them for an agency of another city: an office may not refuse, suspend or rate an agency for its region.
 * Disabling an owner's or agency's organisation is the same kind of decision and follows the same rule.</li>
 * <li>the catalog of service items is one for the whole market and is kept by the province's platform office.</li>
 * </ul>
 * The rule is given as query conditions, JPQL for entity lists and SQL for the native statements of signals and
 * statistics, so that a list shows exactly what the office may act on and one record is checked by counting itself
 * in the same condition. The conditions carry no parameters: the region prefix is digits and the office is its id
 * (both checked here), and the department is read from the office's row by the database, so the condition can stand
 * inside a common table expression (where H2 2.2 reads bound parameters as matching nothing) and callers bind nothing.
 *
 * @param officeId the office's (its organisation's) id
 * @param regionCode the office's region, GB/T 2260
 * @param department the department an industry office supervises; null for a platform office
 */
public record Jurisdiction(Long officeId, String regionCode, String department) {

    /** Written into the conditions when an office may act on nothing of a kind (a department on an organisation itself). */
    private static final String NOTHING = "1 = 0";
    private static final String EVERYTHING = "1 = 1";

    public Jurisdiction {
        Objects.requireNonNull(officeId, "officeId");
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("a region is six digits (GB/T 2260): " + regionCode);
        }
    }

    /** The platform office of its region, not an industry department. */
    public boolean platform() {
        return department == null;
    }

    /** An office of the province: the whole market is its region. */
    public boolean wholeMarket() {
        return regionCode.endsWith("0000");
    }

    /**
     * Whether this office keeps the catalog of service items: the province's platform office only. The catalog, and the
     * mandatory list in it, is one for the whole market, as the province publishes it.
     */
    public boolean keepsCatalog() {
        return provincePlatform();
    }

    /** Whether this office runs the market's audit log and reads its entries one by one: the province's platform office. */
    public boolean runsTheLog() {
        return provincePlatform();
    }

    private boolean provincePlatform() {
        return platform() && wholeMarket();
    }

    /** Whether decisions about an organisation itself are this office's at all (for some organisation): platform offices only. */
    public boolean decidesOrganisations() {
        return platform();
    }

    /**
     * JPQL: the need whose owner organisation's id is {@code ownerId} and whose item code is {@code itemCode} (paths of
     * the caller's query) is in this jurisdiction.
     */
    public String needsJpql(String ownerId, String itemCode) {
        String region = wholeMarket() ? null
                : ownerId + " IN (SELECT jo.id FROM Organisation jo WHERE jo.region.code LIKE '" + regionPrefix() + "%')";
        String items = platform() ? null
                : itemCode + " IN (SELECT ji.code FROM ServiceItem ji WHERE ji.latest = TRUE AND ji.details.department ="
                        + " (SELECT jf.department FROM Office jf WHERE jf.id = " + officeId.longValue() + "))";
        return both(region, items);
    }

    /** SQL: the same rule as {@link #needsJpql}, over column expressions of a native statement. */
    public String needsSql(String ownerId, String itemCode) {
        String region = wholeMarket() ? null
                : ownerId + " IN (SELECT jo.id FROM organisation jo WHERE jo.region_code LIKE '" + regionPrefix() + "%')";
        String items = platform() ? null
                : itemCode + " IN (SELECT ji.code FROM service_item ji WHERE ji.latest = TRUE AND ji.department ="
                        + " (SELECT jf.department FROM office jf WHERE jf.organisation_id = " + officeId.longValue() + "))";
        return both(region, items);
    }

    /** JPQL: decisions about the agency (or owner) whose organisation id is {@code organisationId} are this office's. */
    public String organisationsJpql(String organisationId) {
        if (!decidesOrganisations()) {
            return NOTHING;
        }
        return wholeMarket() ? EVERYTHING
                : organisationId + " IN (SELECT jo.id FROM Organisation jo WHERE jo.region.code LIKE '" + regionPrefix() + "%')";
    }

    /** SQL: the same rule as {@link #organisationsJpql}, over a column expression of a native statement. */
    public String organisationsSql(String organisationId) {
        if (!decidesOrganisations()) {
            return NOTHING;
        }
        return wholeMarket() ? EVERYTHING
                : organisationId + " IN (SELECT jo.id FROM organisation jo WHERE jo.region_code LIKE '" + regionPrefix() + "%')";
    }

    private String regionPrefix() {
        return Regions.prefix(regionCode);
    }

    private static String both(String region, String items) {
        if (region == null && items == null) {
            return EVERYTHING;
        }
        if (region == null || items == null) {
            return region == null ? items : region;
        }
        return region + " AND " + items;
    }
}
