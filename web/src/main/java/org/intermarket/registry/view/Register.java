package org.intermarket.registry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.intermarket.registry.AccountService;
import org.intermarket.registry.Region;
import org.intermarket.registry.Registration;
import org.intermarket.registry.RegistrationService;
import org.intermarket.registry.Role;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;

/**
 * register.xhtml: an owner or agency joins. Request-scoped and on a stateless view, so a
 * visitor who only looks at the form creates no session. Field rules are checked on the page
 * (messages in the page language); the service checks them again.
 */
@Named
@RequestScoped
public class Register {

    @Inject
    private RegistrationService registrations;

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleBean locale;

    private Role role = Role.OWNER;
    private String organisationName;
    private String creditCode;
    private String region;
    private String legalRepresentative;
    private String contactPhone;
    private String username;
    private String password;
    private String email;
    private List<Region> regions;

    public String submit() {
        Registration registration = new Registration(role,
                new Registration.OrganisationForm(organisationName, creditCode, region, legalRepresentative, contactPhone),
                new Registration.AccountForm(username, password, email));
        try {
            registrations.register(registration);
            return "/login?faces-redirect=true&registered=1";
        } catch (DomainException failure) {
            Messages.failure(failure);
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(invalid);
        }
        return null;
    }

    public Role[] getRoles() {
        return new Role[] {Role.OWNER, Role.AGENCY};
    }

    public List<Region> getRegions() {
        if (regions == null) {
            regions = accounts.regions();
        }
        return regions;
    }

    public String regionName(Region candidate) {
        return candidate.code() + " " + locale.pick(candidate.nameZh(), candidate.nameEn());
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
