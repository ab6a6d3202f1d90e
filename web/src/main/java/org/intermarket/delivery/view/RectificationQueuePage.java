package org.intermarket.delivery.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.intermarket.delivery.RectificationEntry;
import org.intermarket.delivery.RectificationService;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.Pager;

/**
 * supervisor/rectifications.xhtml: open and answered rectifications, earliest due first, so the
 * ones left unanswered past their date lead. Each links to its contract, where it is closed.
 */
@Named
@RequestScoped
public class RectificationQueuePage {

    static final int PAGE_SIZE = 20;

    @Inject
    private RectificationService rectifications;

    @Inject
    private Clock clock;

    private int page;
    private Page<RectificationEntry> result;

    public Page<RectificationEntry> getResult() {
        if (result == null) {
            result = rectifications.queue(null, new PageRequest(page, PAGE_SIZE));
        }
        return result;
    }

    public boolean unansweredPastDue(RectificationEntry entry) {
        return entry.unansweredAt(clock.instant());
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
