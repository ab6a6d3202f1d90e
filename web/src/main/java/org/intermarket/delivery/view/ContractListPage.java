package org.intermarket.delivery.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.intermarket.delivery.ContractEntry;
import org.intermarket.delivery.ContractQueries;
import org.intermarket.delivery.ContractStatus;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.Pager;

/** account/contracts.xhtml: the caller's contracts (every contract for supervisors), filters and page in the address. */
@Named
@RequestScoped
public class ContractListPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private ContractQueries contracts;

    private String status;
    private boolean overdue;
    private int page;
    private Page<ContractEntry> result;

    public Page<ContractEntry> getResult() {
        if (result == null) {
            try {
                ContractStatus wanted = status == null || status.isBlank() ? null : ContractStatus.valueOf(status);
                result = contracts.list(wanted, overdue, new PageRequest(page, PAGE_SIZE));
            } catch (IllegalArgumentException invalid) {
                Messages.info("directory.invalidFilter");
                result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return result;
    }

    public ContractStatus[] getStatuses() {
        return ContractStatus.values();
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
