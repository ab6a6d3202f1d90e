package org.intermarket.procurement.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.procurement.RandomDraw;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.api.QueryParams;

/**
 * Recomputes a random draw from values anyone can copy from a result notice. It reads no
 * stored data on purpose: the check must not depend on trusting the server's records.
 */
@Path("/draws/verify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement")
public class DrawResource {

    @POST
    @Operation(summary = "Recompute a draw: SHA-256(seed) against the commitment, and the winning bid among the given ids")
    public DrawCheck verify(DrawRequest request) {
        QueryParams.requireBody(request);
        if (request.seed() == null || !request.seed().matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("seed", "the seed is 64 lower-case hex characters, as the notice shows it");
        }
        if (request.bidIds() == null || request.bidIds().isEmpty() || request.bidIds().stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("bidIds", "give the ids of every valid bid on the notice");
        }
        List<Long> ids = request.bidIds().stream().sorted().toList();
        String commitment = RandomDraw.commitment(request.seed());
        Boolean matches = request.commitment() == null ? null : commitment.equals(request.commitment().trim().toLowerCase(java.util.Locale.ROOT));
        int index = RandomDraw.winnerIndex(request.seed(), ids);
        return new DrawCheck(commitment, matches, RandomDraw.drawInput(request.seed(), ids), index, ids.get(index));
    }

    public record DrawRequest(String seed, String commitment, List<Long> bidIds) {
    }

    public record DrawCheck(String commitment, Boolean commitmentMatches, String input, int index, Long winnerBidId) {
    }
}
