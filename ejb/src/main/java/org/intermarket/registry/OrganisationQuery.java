package org.intermarket.registry;

/**
 * Filters of the supervisors' list of organisations; any may be null. The text matches a part of
 * the name, or a whole unified social credit code.
 */
public record OrganisationQuery(OrganisationType type, String text, Boolean enabled) {
}
