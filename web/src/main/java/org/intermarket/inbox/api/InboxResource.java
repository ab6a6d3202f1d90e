package org.intermarket.inbox.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.InboxText;
import org.intermarket.inbox.Notification;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inbox")
public class InboxResource {

    @Inject
    private Inbox inbox;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's organisation's notifications, newest first; text in the Accept-Language")
    public PageDto<NotificationDto> list(@QueryParam("unread") String unread, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        Boolean unreadOnly = QueryParams.bool("unread", unread);
        Locale locale = language();
        return PageDto.of(inbox.mine(Boolean.TRUE.equals(unreadOnly), QueryParams.page(page, size)), n -> NotificationDto.of(n, locale));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many notifications are unread")
    public UnreadDto unreadCount() {
        return new UnreadDto(inbox.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    public NotificationDto markRead(@PathParam("id") long id) {
        return NotificationDto.of(inbox.markRead(id), language());
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark every notification read")
    public UnreadDto markAllRead() {
        inbox.markAllRead();
        return new UnreadDto(inbox.unreadCount());
    }

    private Locale language() {
        List<Locale> wanted = headers.getAcceptableLanguages();
        return wanted.isEmpty() || "*".equals(wanted.get(0).toString()) ? Locale.SIMPLIFIED_CHINESE : wanted.get(0);
    }

    public record NotificationDto(Long id, String kind, List<String> params, String text, String link, Instant createdAt,
                                  Instant readAt) {
        static NotificationDto of(Notification n, Locale locale) {
            return new NotificationDto(n.id(), n.kind().name(), n.params(), InboxText.render(n, locale), n.link(),
                    n.createdAt(), n.readAt());
        }
    }

    public record UnreadDto(long unread) {
    }
}
