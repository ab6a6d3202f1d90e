package org.intermarket.shared.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.intermarket.shared.web.LocalPath;

/** expired.xhtml: where a stale post lands; it leads back to the page the form was on, when that is a page of ours. */
@Named
@RequestScoped
public class ExpiredPage {

    @Inject
    private HttpServletRequest request;

    /** The path of the page to open again, or null to offer only the home page. */
    public String getBack() {
        return LocalPath.of(request.getParameter("page")).filter(path -> path.split("\\?", 2)[0].endsWith(".xhtml"))
                .map(path -> request.getContextPath() + path).orElse(null);
    }
}
