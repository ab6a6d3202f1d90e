package org.intermarket.registry.view;

import java.util.List;
import java.util.Map;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.AdmissionStatus;
import org.intermarket.registry.QueueEntry;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The review queue, oldest first, read one page at a time. */
public class AdmissionQueueModel extends LazyDataModel<QueueEntry> {

    private final transient AdmissionService admissions;

    AdmissionQueueModel(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) admissions.count(AdmissionStatus.PENDING);
    }

    @Override
    public List<QueueEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<QueueEntry> page = admissions.queue(AdmissionStatus.PENDING, new PageRequest(first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(QueueEntry entry) {
        return String.valueOf(entry.id());
    }
}
