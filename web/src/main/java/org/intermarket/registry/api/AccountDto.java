package org.intermarket.registry.api;

import org.intermarket.registry.Account;
import org.intermarket.registry.Office;
import org.intermarket.registry.OfficeKind;
import org.intermarket.registry.Organisation;
import org.intermarket.registry.OrganisationType;
import org.intermarket.registry.Role;

/**
 * An account as its holder sees it (GET /me): never the password hash. A supervisor's answer names the office it acts
 * for, whose jurisdiction decides what it may see and do; {@code office} is null for everyone else.
 */
public record AccountDto(String username, Role role, String email, OrganisationRef organisation, OfficeRef office) {

    public record OrganisationRef(long id, String name, OrganisationType type, String creditCode, String region) {
    }

    /** @param department the catalog's department an industry office supervises; null for a platform office */
    public record OfficeRef(long id, String name, OfficeKind kind, String department, RegistrationResource.RegionDto region) {
    }

    public static AccountDto of(Account account) {
        return of(account, null);
    }

    public static AccountDto of(Account account, Office office) {
        Organisation org = account.organisation();
        return new AccountDto(account.username(), account.role(), account.email(),
                new OrganisationRef(org.id(), org.name(), org.type(), org.creditCode().value(), org.region().code()),
                office == null ? null : new OfficeRef(office.id(), office.name(), office.kind(), office.department(),
                        new RegistrationResource.RegionDto(office.region().code(), office.region().nameZh(), office.region().nameEn())));
    }
}
