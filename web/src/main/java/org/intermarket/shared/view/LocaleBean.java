package org.intermarket.shared.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.intermarket.shared.web.LanguageFilter;
import org.intermarket.shared.web.LanguageFilter.Language;

/** The page language of this request (see {@link LanguageFilter}). */
@Named("locale")
@RequestScoped
public class LocaleBean {

    @Inject
    private HttpServletRequest request;

    private Language language;

    public Locale getCurrent() {
        return language().locale();
    }

    public String getTag() {
        return language().tag();
    }

    public boolean isChinese() {
        return language() == Language.ZH;
    }

    /** Picks the name in the page's language from a Chinese and an English one. */
    public String pick(String zh, String en) {
        return isChinese() || en == null || en.isBlank() ? zh : en;
    }

    private Language language() {
        if (language == null) {
            language = LanguageFilter.languageOf(request);
        }
        return language;
    }
}
