package org.intermarket.procurement;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.intermarket.registry.Organisation;

/** The names of the agencies a notice or a need's history lists, read in one statement rather than one per agency. */
final class OrganisationNames {

    private OrganisationNames() {
    }

    static Map<Long, String> of(EntityManager em, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createNamedQuery(Organisation.NAMES_BY_ID, Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
