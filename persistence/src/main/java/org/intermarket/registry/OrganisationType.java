package org.intermarket.registry;

/** What an organisation is in the market. Supervisors and administrators belong to GOVERNMENT. */
public enum OrganisationType {
    OWNER, AGENCY, GOVERNMENT
}
