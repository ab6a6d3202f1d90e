package org.intermarket.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shape of the jurisdiction rule's conditions; what they select is proven against a database by JurisdictionApiIT. */
class JurisdictionTest {

    @Test
    void theProvincesPlatformOfficeActsOnTheWholeMarket() {
        Jurisdiction province = new Jurisdiction(1L, "330000", null);
        assertTrue(province.wholeMarket() && province.platform());
        assertTrue(province.keepsCatalog() && province.runsTheLog());
        assertFalse(new Jurisdiction(3L, "330100", null).runsTheLog(), "a city's platform office does not run the log");
        assertFalse(new Jurisdiction(4L, "330000", "自然资源部门").runsTheLog(), "nor does a province department");
        assertEquals("1 = 1", province.needsJpql("n.owner", "n.item"));
        assertEquals("1 = 1", province.needsSql("p.owner", "n.item"));
        assertEquals("1 = 1", province.organisationsJpql("o.id"));
        assertEquals("1 = 1", province.organisationsSql("o.id"));
    }

    @Test
    void aCitysPlatformOfficeActsOnItsCityAndBelowWhateverTheItem() {
        Jurisdiction city = new Jurisdiction(2L, "330100", null);
        String needs = city.needsJpql("n.owner", "n.item");
        assertTrue(needs.startsWith("n.owner IN (") && needs.contains("LIKE '3301%'"), needs);
        assertFalse(needs.contains("n.item"), "a platform office acts on every item: " + needs);
        assertTrue(city.organisationsJpql("o.id").contains("LIKE '3301%'"));
        String sql = city.organisationsSql("a.id");
        assertTrue(sql.startsWith("a.id IN (SELECT jo.id FROM organisation jo WHERE jo.region_code LIKE '3301%'"), sql);
    }

    @Test
    void aDepartmentActsOnItsOwnItemsInItsRegionAndOnNoAgencyItself() {
        Jurisdiction district = new Jurisdiction(42L, "330106", "生态环境部门");
        String needs = district.needsSql("p.owner", "n.item");
        assertTrue(needs.contains("p.owner IN (") && needs.contains("LIKE '330106%'"), needs);
        assertTrue(needs.contains("n.item IN (") && needs.contains("organisation_id = 42"), needs);
        assertFalse(needs.contains("生态环境部门"), "the department is read from the office's row, never written into the statement");
        assertEquals("1 = 0", district.organisationsJpql("o.id"));
        assertEquals("1 = 0", district.organisationsSql("o.id"));
        String provinceWide = new Jurisdiction(43L, "330000", "自然资源主管部门").needsJpql("n.owner", "n.item");
        assertTrue(provinceWide.startsWith("n.item IN (") && !provinceWide.contains("n.owner"), provinceWide);
    }

    @Test
    void aRegionIsSixDigits() {
        assertThrows(IllegalArgumentException.class, () -> new Jurisdiction(1L, "33' OR '1", null));
        assertThrows(IllegalArgumentException.class, () -> new Jurisdiction(1L, "3301", null));
    }
}
