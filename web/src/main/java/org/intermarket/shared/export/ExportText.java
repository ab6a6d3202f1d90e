package org.intermarket.shared.export;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.ResourceBundle;
import org.intermarket.shared.web.LanguageFilter;
import org.intermarket.shared.web.LanguageFilter.Language;

/**
 * The words of an exported file, in the caller's language: {@code ?lang=}, else the page's language
 * cookie, else Chinese.
 */
public record ExportText(ResourceBundle messages, Language language) {

    public static ExportText of(HttpServletRequest request, String lang) {
        Language language = lang != null && !lang.isBlank() ? Language.of(lang) : LanguageFilter.languageOf(request);
        return new ExportText(ResourceBundle.getBundle("org.intermarket.i18n.messages", language.locale()), language);
    }

    public String get(String key) {
        return messages.getString(key);
    }

    /** Column headers from their message keys. */
    public List<String> headers(List<String> keys) {
        return keys.stream().map(this::get).toList();
    }

    /** The Chinese or the English of a name kept in both. */
    public String pick(String zh, String en) {
        return language == Language.ZH ? zh : en;
    }
}
