package org.intermarket.credit.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.intermarket.credit.AgencyRankings;
import org.intermarket.credit.RankedAgency;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.Pager;

/** rankings.xhtml: agencies by credit score or by rating, overall or for one item; choices and page in the address. */
@Named
@RequestScoped
public class RankingPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private AgencyRankings rankings;

    private String by;
    private String item;
    private int page;
    private Page<RankedAgency> result;

    public Page<RankedAgency> getResult() {
        if (result == null) {
            try {
                result = rankings.rank(getOrder(), item, new PageRequest(page, PAGE_SIZE));
            } catch (IllegalArgumentException invalid) {
                Messages.info("directory.invalidFilter");
                result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return result;
    }

    public AgencyRankings.By getOrder() {
        return "RATING".equals(by) ? AgencyRankings.By.RATING : AgencyRankings.By.CREDIT;
    }

    /** The rank of the n-th row of this page, counting from 1 on the first page. */
    public int rank(int index) {
        return page * PAGE_SIZE + index + 1;
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
