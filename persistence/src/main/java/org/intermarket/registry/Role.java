package org.intermarket.registry;

/** The one role of an account. The names are the security roles of the application. */
public enum Role {
    OWNER, AGENCY, SUPERVISOR, ADMIN;

    /** The organisation type an account of this role belongs to. */
    public OrganisationType organisationType() {
        return switch (this) {
            case OWNER -> OrganisationType.OWNER;
            case AGENCY -> OrganisationType.AGENCY;
            case SUPERVISOR, ADMIN -> OrganisationType.GOVERNMENT;
        };
    }
}
