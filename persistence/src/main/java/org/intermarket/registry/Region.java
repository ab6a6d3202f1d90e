package org.intermarket.registry;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.intermarket.shared.ReferenceData;

/** An administrative division (GB/T 2260). Reference data, seeded by migration. */
@Entity
@Cacheable
@Table(name = "region")
@NamedQuery(name = Region.FIND_ALL, query = "SELECT r FROM Region r ORDER BY r.code",
        hints = @QueryHint(name = ReferenceData.CACHED, value = "true"))
public class Region {

    public static final String FIND_ALL = "Region.findAll";

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected Region() {
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region region && region.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
