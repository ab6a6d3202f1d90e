package org.intermarket.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One stored configurable number; keys absent from the table take their default. */
@Entity
@Table(name = "setting")
@NamedQuery(name = Setting.FIND_ALL, query = "SELECT s FROM Setting s")
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
