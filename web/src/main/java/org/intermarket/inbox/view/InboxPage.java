package org.intermarket.inbox.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.InboxText;
import org.intermarket.inbox.Notification;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** account/inbox.xhtml: the organisation's notifications, newest first, a page at a time. */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Inbox inbox;

    @Inject
    private LocaleBean locale;

    private LazyDataModel<Notification> notifications;

    @PostConstruct
    void init() {
        notifications = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) inbox.mine(false, new PageRequest(0, 1)).total();
            }

            @Override
            public List<Notification> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
                Page<Notification> page = inbox.mine(false, new PageRequest(first / size, size));
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(Notification notification) {
                return String.valueOf(notification.id());
            }
        };
    }

    public LazyDataModel<Notification> getNotifications() {
        return notifications;
    }

    public String text(Notification notification) {
        return InboxText.render(notification, locale.getCurrent());
    }

    public void markRead(Long id) {
        Messages.attempt(() -> inbox.markRead(id));
    }

    public void markAllRead() {
        if (Messages.attempt(inbox::markAllRead)) {
            Messages.info("inbox.allRead");
        }
    }
}
