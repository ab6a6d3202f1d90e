package org.intermarket.inbox.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.InboxText;
import org.intermarket.inbox.Notification;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.PagedModel;
import org.primefaces.model.LazyDataModel;

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
        notifications = PagedModel.of(request -> inbox.mine(false, request), Notification::id);
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
