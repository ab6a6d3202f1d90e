package org.intermarket.settings;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.intermarket.shared.ReferenceData;

/** One stored configurable number; keys absent from the table take their default. */
@Entity
@Cacheable
@Table(name = "setting")
@NamedQuery(name = Setting.FIND_ALL, query = "SELECT s FROM Setting s", hints = @QueryHint(name = ReferenceData.CACHED, value = "true"))
public class Setting {

    public static final String FIND_ALL = "Setting.findAll";

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value", nullable = false)
    private String value;

    protected Setting() {
    }

    public Setting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public void change(String newValue) {
        this.value = newValue;
    }
}
