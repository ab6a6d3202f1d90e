package org.intermarket.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.intermarket.shared.StoredText;
import org.junit.jupiter.api.Test;

class StoredTextFormatTest {

    @Test
    void aPeriodAsASettingWroteItIsShownInWordsOfTheReadersLanguage() {
        StoredText published = StoredText.facts("lowExplainPeriod", "P3D", "x", "PT Park");
        assertEquals("异常低价说明期限 3 天 · x PT Park", format(Locale.SIMPLIFIED_CHINESE).render(published));
        assertEquals("Time to explain a low bid 3 days · x PT Park", format(Locale.ENGLISH).render(published));
        assertEquals("异常低价说明期限 36 小时", format(Locale.SIMPLIFIED_CHINESE).render(StoredText.facts("lowExplainPeriod", "PT36H")));
    }

    private static StoredTextFormat format(Locale locale) {
        return new StoredTextFormat(ResourceBundle.getBundle("org.intermarket.i18n.messages", locale), locale);
    }
}
