package org.intermarket.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.audit.AuditVerifier;
import org.intermarket.audit.ChainVerification;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    @Inject
    private AuditVerifier verifier;

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the audit chain and report its length or the first broken entry (SUPERVISOR)")
    public ChainVerification verify() {
        return verifier.verify();
    }
}
