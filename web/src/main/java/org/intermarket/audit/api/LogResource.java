package org.intermarket.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.audit.AuditEntry;
import org.intermarket.audit.InclusionProof;
import org.intermarket.audit.TransparencyLog;
import org.intermarket.audit.TreeHead;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

/**
 * The audit log as a transparency log (RFC 9162 §2): signed tree heads, inclusion and consistency proofs, the
 * public key. Public, but for an entry's content, which supervisors read, and a receipt's, which its bidder reads.
 */
@Path("/log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class LogResource {

    @Inject
    private TransparencyLog log;

    @GET
    @Path("heads/latest")
    @Operation(summary = "The latest signed tree head: size, root hash, time, key id and Ed25519 signature over signedText")
    public TreeHeadDto latest() {
        return TreeHeadDto.of(log.latestHead());
    }

    @GET
    @Path("heads")
    @Operation(summary = "Every signed tree head, newest first")
    public PageDto<TreeHeadDto> heads(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(log.heads(QueryParams.page(page, size)), TreeHeadDto::of);
    }

    @GET
    @Path("heads/{treeSize}")
    @Operation(summary = "The signed tree head of that size")
    public TreeHeadDto head(@PathParam("treeSize") long treeSize) {
        return TreeHeadDto.of(log.head(treeSize));
    }

    @GET
    @Path("proofs/inclusion")
    @Operation(summary = "The audit path of the entry at a 0-based index in the tree of treeSize entries (default: the latest head)")
    public InclusionProofDto inclusion(@QueryParam("index") String index, @QueryParam("treeSize") String treeSize) {
        Long at = QueryParams.longValue("index", index);
        if (at == null) {
            throw new InvalidInputException("index", "name the entry's 0-based position: ?index=");
        }
        return InclusionProofDto.of(log.inclusion(at, QueryParams.longValue("treeSize", treeSize)));
    }

    @GET
    @Path("proofs/receipt/{receipt}")
    @Operation(summary = "The inclusion proof of a bid receipt's entry, with the entry: for the bidding agency and supervisors")
    public InclusionProofDto receipt(@PathParam("receipt") long receipt) {
        return InclusionProofDto.of(log.receipt(receipt));
    }

    @GET
    @Path("proofs/consistency")
    @Operation(summary = "The proof that the tree of `first` entries is a prefix of the signed tree of `second` entries")
    public ConsistencyProofDto consistency(@QueryParam("first") String first, @QueryParam("second") String second) {
        Long from = QueryParams.longValue("first", first);
        Long to = QueryParams.longValue("second", second);
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "first" : "second", "name both tree sizes: ?first=&second=");
        }
        return new ConsistencyProofDto(from, to, log.consistency(from, to), TreeHeadDto.of(log.head(to)));
    }

    @GET
    @Path("entries/{index}")
    @Operation(summary = "The entry at a 0-based position, with what its leaf hashes (SUPERVISOR)")
    public LogEntryDto entry(@PathParam("index") long index) {
        return LogEntryDto.of(log.entry(index));
    }

    @GET
    @Path("key")
    @Operation(summary = "The log's Ed25519 public key: its id (SHA-256 of the SPKI), the SPKI and the raw 32 bytes, in base64")
    public KeyDto key() {
        byte[] spki = log.publicKeyInfo();
        return new KeyDto("Ed25519", log.keyId(), Base64.getEncoder().encodeToString(spki),
                Base64.getEncoder().encodeToString(Arrays.copyOfRange(spki, spki.length - 32, spki.length)));
    }

    public record TreeHeadDto(long treeSize, String rootHash, Instant timestamp, long timestampMillis, String keyId, String signature,
                              String signedText) {
        static TreeHeadDto of(TreeHead h) {
            return new TreeHeadDto(h.treeSize(), h.rootHash(), h.signedAt(), h.signedAt().toEpochMilli(), h.keyId(), h.signature(),
                    new String(h.signedText(), StandardCharsets.UTF_8));
        }
    }

    public record InclusionProofDto(long leafIndex, long treeSize, String leafHash, List<String> auditPath, TreeHeadDto treeHead,
                                    LogEntryDto entry) {
        static InclusionProofDto of(InclusionProof p) {
            return new InclusionProofDto(p.leafIndex(), p.head().treeSize(), p.leafHash(), p.auditPath(), TreeHeadDto.of(p.head()),
                    p.entry() == null ? null : LogEntryDto.of(p.entry()));
        }
    }

    public record ConsistencyProofDto(long first, long second, List<String> proof, TreeHeadDto secondHead) {
    }

    public record LogEntryDto(Long position, long seq, Instant recordedAt, String actor, String action, String entityType, String entityId,
                              String detail, String digest, String leafInput) {
        static LogEntryDto of(AuditEntry e) {
            return new LogEntryDto(e.position(), e.seq(), e.recordedAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.detail(),
                    e.digest(), e.leafInput());
        }
    }

    public record KeyDto(String algorithm, String keyId, String publicKeyInfo, String publicKey) {
    }
}
