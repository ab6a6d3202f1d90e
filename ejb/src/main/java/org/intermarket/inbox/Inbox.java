package org.intermarket.inbox;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.intermarket.procurement.Need;
import org.intermarket.registry.Membership;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/** Every organisation's inbox: other contexts post to it, the organisation's accounts read it. */
@Stateless
public class Inbox {

    private static final String MINE = " FROM Notification n WHERE n.organisationId = :organisation";
    private static final String UNREAD = " AND n.readAt IS NULL";

    /** The code of the first parameter of a message about a need, which names the need (see {@link #postAbout}). */
    public static final String NEED_SUBJECT = "need";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private Clock clock;

    @Inject
    private Event<NotificationPosted> posted;

    /**
     * Posts a message in the caller's transaction, so it exists exactly when the change it reports does; so does its mail
     * to the accounts that chose its kind ({@link NotificationPosted}).
     */
    @PermitAll
    public Notification post(@NotNull Long organisationId, @NotNull NotificationKind kind, String link, String... params) {
        Notification notification = new Notification(organisationId, kind, Arrays.asList(params), link, clock.instant());
        em.persist(notification);
        posted.fire(new NotificationPosted(notification));
        return notification;
    }

    /**
     * Posts a message about a need, which it names by {@link #subject its project and service item} ahead of
     * {@code params}: a reader knows "the environmental impact assessment of the port project", not need 17.
     */
    @PermitAll
    public Notification postAbout(@NotNull Need need, @NotNull Long organisationId, @NotNull NotificationKind kind, String link,
            String... params) {
        Notification notification = about(need, organisationId, kind, link, clock.instant(), params);
        em.persist(notification);
        posted.fire(new NotificationPosted(notification));
        return notification;
    }

    /** The message {@link #postAbout} posts, as of {@code at}, not stored yet: the demo data's past tells it this way. */
    @PermitAll
    public Notification about(@NotNull Need need, @NotNull Long organisationId, @NotNull NotificationKind kind, String link,
            @NotNull Instant at, String... params) {
        String[] all = new String[params.length + 1];
        all[0] = subject(need);
        System.arraycopy(params, 0, all, 1, params.length);
        return new Notification(organisationId, kind, Arrays.asList(all), link, at);
    }

    /**
     * The first parameter of a message about a need: its number, its project's name and its item's names as the catalog
     * entry in force gives them, in both languages, so each reader sees the one of their page.
     */
    private String subject(Need need) {
        List<Object[]> names = em.createQuery("SELECT s.details.nameZh, s.details.nameEn FROM ServiceItem s WHERE s.code = :code"
                + " AND s.latest = TRUE", Object[].class).setParameter("code", need.itemCode()).getResultList();
        Object[] name = names.isEmpty() ? new Object[] {need.itemCode(), need.itemCode()} : names.get(0);
        return StoredText.of(NEED_SUBJECT, "need", need.id(), "project", need.project().name(), "item", name[0], "nameEn", name[1])
                .encode();
    }

    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<Notification> mine(boolean unreadOnly, @NotNull PageRequest page) {
        Long organisation = membership.organisationId();
        String where = MINE + (unreadOnly ? UNREAD : "");
        List<Notification> items = em.createQuery("SELECT n" + where + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("organisation", organisation)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(n)" + where, Long.class).setParameter("organisation", organisation).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
    public long unreadCount() {
        return em.createQuery("SELECT COUNT(n)" + MINE + UNREAD, Long.class)
                .setParameter("organisation", membership.organisationId()).getSingleResult();
    }

    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
    public Notification markRead(@NotNull Long id) {
        Notification notification = em.find(Notification.class, id);
        // Someone else's message is reported as missing: its existence is not the caller's business.
        if (notification == null || !notification.organisationId().equals(membership.organisationId())) {
            throw new NotFoundException("notification", id);
        }
        notification.markRead(clock.instant());
        return notification;
    }

    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
    public int markAllRead() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.organisationId = :organisation AND n.readAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("organisation", membership.organisationId())
                .executeUpdate();
    }
}
