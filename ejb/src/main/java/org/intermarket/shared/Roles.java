package org.intermarket.shared;

/** The security role names, as constants for {@code @RolesAllowed}. Mirror {@code registry.Role}. */
public final class Roles {

    public static final String OWNER = "OWNER";
    public static final String AGENCY = "AGENCY";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
