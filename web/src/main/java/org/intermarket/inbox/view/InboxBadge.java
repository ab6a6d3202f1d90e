package org.intermarket.inbox.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.intermarket.inbox.Inbox;

/** The unread count in the header of every signed-in page: one COUNT per page view. */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    private Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unreadCount();
        }
        return unread;
    }
}
