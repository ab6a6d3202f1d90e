package org.intermarket.shared.export;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.ResourceBundle;
import org.intermarket.shared.web.LanguageFilter;

/** Headers of exported files in the caller's language: {@code ?lang=}, else the page's language cookie, else Chinese. */
public final class ExportLanguage {

    private ExportLanguage() {
    }

    public static ResourceBundle messages(HttpServletRequest request, String lang) {
        Locale locale = lang != null && !lang.isBlank() ? LanguageFilter.Language.of(lang).locale()
                : LanguageFilter.languageOf(request).locale();
        return ResourceBundle.getBundle("org.intermarket.i18n.messages", locale);
    }
}
