package org.intermarket.credit.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.intermarket.credit.Blacklisting;
import org.intermarket.credit.CreditChange;
import org.intermarket.credit.CreditRecords;
import org.intermarket.credit.CreditService;
import org.intermarket.credit.Violation;
import org.intermarket.delivery.PublicRating;
import org.intermarket.delivery.PublicRatings;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.Ids;

/**
 * The credit part of agency.xhtml?id=: the latest history entries, ratings and violations and the
 * blacklistings, each read once per request. The whole lists are on the API, paginated.
 */
@Named
@RequestScoped
public class AgencyCreditPage {

    private static final PageRequest LATEST = new PageRequest(0, 20);

    @Inject
    private CreditService credit;

    @Inject
    private CreditRecords records;

    @Inject
    private PublicRatings ratings;

    @Inject
    private HttpServletRequest request;

    private Long id;
    private List<CreditChange> history;
    private List<PublicRating> latestRatings;
    private List<Violation> violations;
    private List<Blacklisting> blacklistings;

    @PostConstruct
    void readId() {
        id = Ids.fromRequest(request, "id");
    }

    public List<CreditChange> getHistory() {
        if (history == null) {
            history = credit.history(id, LATEST).items();
        }
        return history;
    }

    public List<PublicRating> getRatings() {
        if (latestRatings == null) {
            latestRatings = ratings.of(id, LATEST).items();
        }
        return latestRatings;
    }

    public List<Violation> getViolations() {
        if (violations == null) {
            violations = records.violations(id, LATEST).items();
        }
        return violations;
    }

    public List<Blacklisting> getBlacklistings() {
        if (blacklistings == null) {
            blacklistings = records.blacklistings(id);
        }
        return blacklistings;
    }
}
