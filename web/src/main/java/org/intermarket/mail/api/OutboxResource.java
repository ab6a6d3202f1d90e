package org.intermarket.mail.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.mail.MailAdministration;
import org.intermarket.mail.OutboxMessage;
import org.intermarket.mail.OutboxState;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/mail/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mail")
public class OutboxResource {

    @Inject
    private MailAdministration administration;

    @GET
    @Operation(summary = "The outbox, newest first, with each mail's state, attempts and last error; failing=true for those whose last attempt failed (ADMIN)")
    public PageDto<MailDto> list(@QueryParam("state") String state, @QueryParam("failing") String failing, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return PageDto.of(administration.outbox(QueryParams.enumeration("state", state, OutboxState.class),
                Boolean.TRUE.equals(QueryParams.bool("failing", failing)), QueryParams.page(page, size)), MailDto::of);
    }

    @GET
    @Path("summary")
    @Operation(summary = "Whether mails are sent (an SMTP server is configured) or kept, and how many are in each state (ADMIN)")
    public SummaryDto summary() {
        Map<String, Long> counts = new LinkedHashMap<>();
        administration.counts().forEach((state, count) -> counts.put(state.name(), count));
        return new SummaryDto(administration.sending(), counts);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One mail with its plain-text and HTML parts (ADMIN)")
    public MailDto one(@PathParam("id") long id) {
        return MailDto.withBodies(administration.message(id));
    }

    public record SummaryDto(boolean sending, Map<String, Long> counts) {
    }

    public record MailDto(Long id, String kind, String recipient, String language, Long needId, String subject, String state, int attempts,
                          Instant nextAttemptAt, String claimedBy, String lastError, Instant createdAt, Instant sentAt, String text,
                          String html) {

        static MailDto of(OutboxMessage m) {
            return new MailDto(m.id(), m.kind().name(), m.recipient(), m.language(), m.needId(), m.subject(), m.state().name(), m.attempts(),
                    m.nextAttemptAt(), m.claimedBy(), m.lastError(), m.createdAt(), m.sentAt(), null, null);
        }

        static MailDto withBodies(OutboxMessage m) {
            return new MailDto(m.id(), m.kind().name(), m.recipient(), m.language(), m.needId(), m.subject(), m.state().name(), m.attempts(),
                    m.nextAttemptAt(), m.claimedBy(), m.lastError(), m.createdAt(), m.sentAt(), m.bodyText(), m.bodyHtml());
        }
    }
}
