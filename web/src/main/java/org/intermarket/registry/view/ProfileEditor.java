package org.intermarket.registry.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.intermarket.registry.AccountService;
import org.intermarket.registry.Organisation;
import org.intermarket.registry.ProfileForm;
import org.intermarket.registry.ProfileService;
import org.intermarket.registry.Region;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;

/** The profile form on account/index.xhtml, for owners and agencies. */
@Named
@ViewScoped
public class ProfileEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileService profiles;

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleBean locale;

    private Long organisationId;
    private String region;
    private String legalRepresentative;
    private String contactPerson;
    private String contactPhone;
    private String description;

    @PostConstruct
    void init() {
        Organisation organisation = accounts.me().organisation();
        organisationId = organisation.id();
        region = organisation.region().code();
        legalRepresentative = organisation.legalRepresentative();
        contactPerson = organisation.contactPerson();
        contactPhone = organisation.contactPhone();
        description = organisation.description();
    }

    public void save() {
        if (Messages.attempt(() -> profiles.update(organisationId,
                new ProfileForm(region, legalRepresentative, contactPerson, contactPhone, description)))) {
            Messages.info("profile.saved");
        }
    }

    public List<Region> getRegions() {
        return accounts.regions();
    }

    public String regionName(Region candidate) {
        return candidate.code() + " " + locale.pick(candidate.nameZh(), candidate.nameEn());
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

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
