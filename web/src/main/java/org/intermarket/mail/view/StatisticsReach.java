package org.intermarket.mail.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.intermarket.mail.MailReach;
import org.intermarket.mail.NeedReach;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.Pager;
import org.intermarket.statistics.view.StatisticsPage;

/**
 * The mail reach section of statistics.xhtml, for supervisors: per need of the report's item (or of every item) whose
 * bidding has closed, in the office's jurisdiction, the agencies its publication reached by mail and how many of them
 * bid; a page of {@link #PAGE_SIZE} at a time, newest deadline first.
 */
@Named
@RequestScoped
public class StatisticsReach {

    static final int PAGE_SIZE = 10;

    @Inject
    private MailReach reach;

    @Inject
    private StatisticsPage statistics;

    private int reachPage;
    private Page<NeedReach> result;

    public Page<NeedReach> getResult() {
        if (result == null) {
            try {
                result = reach.byNeed(statistics.getReport().query().itemCode(), new PageRequest(reachPage, PAGE_SIZE));
            } catch (DomainException refused) {
                Messages.failure(refused);
                result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return result;
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    public int getReachPage() {
        return reachPage;
    }

    public void setReachPage(int reachPage) {
        this.reachPage = Math.max(0, reachPage);
    }
}
