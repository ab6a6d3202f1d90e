package org.intermarket.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingKeyTest {

    @Test
    void durationsAreIsoAndPositive() {
        assertEquals("PT30S", SettingKey.NOTICE_PERIOD.normalise("pt30s"));
        assertEquals("P3D", SettingKey.NOTICE_PERIOD.normalise("P3D"));
        assertThrows(IllegalArgumentException.class, () -> SettingKey.NOTICE_PERIOD.normalise("3 days"));
        assertThrows(IllegalArgumentException.class, () -> SettingKey.NOTICE_PERIOD.normalise("PT0S"));
        assertThrows(IllegalArgumentException.class, () -> SettingKey.NOTICE_PERIOD.normalise("-P1D"));
    }

    @Test
    void moneyKeepsTwoDecimalsAndRefusesFractionsOfAFen() {
        assertEquals("80000.00", SettingKey.DIRECT_SELECTION_CEILING.normalise("80000"));
        assertEquals("80000.50", SettingKey.DIRECT_SELECTION_CEILING.normalise("80000.5"));
        assertThrows(IllegalArgumentException.class, () -> SettingKey.DIRECT_SELECTION_CEILING.normalise("1.234"));
        assertThrows(IllegalArgumentException.class, () -> SettingKey.DIRECT_SELECTION_CEILING.normalise("0"));
    }

    @Test
    void moneyRefusesAmountsBeyondAnyCeilingPriceWithoutSpellingThemOut() {
        assertEquals("999999999999.99", SettingKey.DIRECT_SELECTION_CEILING.normalise("999999999999.99"));
        assertThrows(IllegalArgumentException.class, () -> SettingKey.DIRECT_SELECTION_CEILING.normalise("1000000000000"));
        assertThrows(IllegalArgumentException.class, () -> SettingKey.DIRECT_SELECTION_CEILING.normalise("1e999999999"));
    }

    @Test
    void countsAreWholeAndAtLeastOne() {
        assertEquals("7", SettingKey.LOGIN_LOCK_THRESHOLD.normalise(" 7 "));
        assertThrows(IllegalArgumentException.class, () -> SettingKey.LOGIN_LOCK_THRESHOLD.normalise("0"));
        assertThrows(IllegalArgumentException.class, () -> SettingKey.LOGIN_LOCK_THRESHOLD.normalise("2.5"));
    }

    @Test
    void aSnapshotFillsInDefaultsAndReadsTypedValues() {
        MarketSettings settings = new MarketSettings(Map.of(SettingKey.NOTICE_PERIOD, "PT30S"));
        assertEquals(Duration.ofSeconds(30), settings.duration(SettingKey.NOTICE_PERIOD));
        assertEquals(Duration.ofDays(3), settings.duration(SettingKey.MIN_BIDDING_PERIOD));
        assertEquals(new BigDecimal("100000.00"), settings.money(SettingKey.DIRECT_SELECTION_CEILING));
        assertEquals(5, settings.count(SettingKey.LOGIN_LOCK_THRESHOLD));
        assertThrows(IllegalArgumentException.class, () -> settings.count(SettingKey.NOTICE_PERIOD));
    }
}
