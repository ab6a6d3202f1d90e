package org.intermarket.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.intermarket.audit.AuditTrail;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.InvalidInputException.FieldError;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/** Reads and changes the configurable numbers. A change is all-or-nothing and audited. */
@Stateless
public class SettingsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @PermitAll
    public MarketSettings current() {
        Map<SettingKey, String> stored = new EnumMap<>(SettingKey.class);
        for (Setting setting : em.createNamedQuery(Setting.FIND_ALL, Setting.class).getResultList()) {
            try {
                stored.put(SettingKey.byKey(setting.key()), setting.value());
            } catch (IllegalArgumentException retiredKey) {
                // A key a later version dropped: ignore it rather than fail every reader.
            }
        }
        return new MarketSettings(stored);
    }

    /** The same snapshot, for the administrator's settings screen and API. */
    @RolesAllowed(Roles.ADMIN)
    public MarketSettings forAdministrator() {
        return current();
    }

    /**
     * Applies the given changes (key to textual value). Every key and value is checked
     * first; one bad entry rejects the whole change, naming each bad field.
     */
    @RolesAllowed(Roles.ADMIN)
    public MarketSettings change(Map<String, String> changes) {
        Map<SettingKey, String> normalised = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        changes.forEach((key, value) -> {
            try {
                SettingKey settingKey = SettingKey.byKey(key);
                normalised.put(settingKey, settingKey.normalise(value));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(key, e.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MarketSettings before = current();
        normalised.forEach((key, value) -> {
            if (value.equals(before.raw(key))) {
                return;
            }
            Setting setting = em.find(Setting.class, key.key());
            if (setting == null) {
                em.persist(new Setting(key.key(), value));
            } else {
                setting.change(value);
            }
            audit.record("SETTING_CHANGED", "Setting", key.key(), StoredText.facts("setting", key.key(), "from", before.raw(key), "to", value));
        });
        return current();
    }
}
