package org.intermarket.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.registry.AccountAdministration;
import org.intermarket.registry.AccountEntry;
import org.intermarket.registry.AccountQuery;
import org.intermarket.registry.OrganisationType;
import org.intermarket.registry.Role;
import org.intermarket.registry.StaffAccountForm;
import org.intermarket.registry.api.AgencyDtos.ReasonRequest;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class AccountResource {

    @Inject
    private AccountAdministration accounts;

    @GET
    @Operation(summary = "Accounts, newest first; q is a part of the username or organisation name, locked=true only those locked now (ADMIN)")
    public PageDto<ManagedAccountDto> list(@QueryParam("q") String q, @QueryParam("role") String role, @QueryParam("locked") String locked,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        AccountQuery query = new AccountQuery(q, QueryParams.enumeration("role", role, Role.class), QueryParams.bool("locked", locked));
        return PageDto.of(accounts.search(query, QueryParams.page(page, size)), ManagedAccountDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account (ADMIN)")
    public ManagedAccountDto get(@PathParam("id") long id) {
        return ManagedAccountDto.of(accounts.account(id));
    }

    @POST
    @Operation(summary = "Open a SUPERVISOR or ADMIN account in the administrator's own government office (ADMIN)")
    public Response create(StaffAccountRequest request) {
        QueryParams.requireBody(request);
        QueryParams.require("role", request.role());
        StaffAccountForm form = new StaffAccountForm(request.username(), request.password(), request.email(),
                QueryParams.enumeration("role", request.role(), Role.class));
        ManagedAccountDto created = ManagedAccountDto.of(accounts.create(form));
        return Response.created(UriBuilder.fromPath("/api/v1/accounts/{id}").build(created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift a sign-in lock and forget the failed attempts (ADMIN)")
    public ManagedAccountDto unlock(@PathParam("id") long id) {
        return ManagedAccountDto.of(accounts.unlock(id));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable one account and revoke its tokens; {\"reason\"} is required (ADMIN, not oneself)")
    public ManagedAccountDto disable(@PathParam("id") long id, ReasonRequest request) {
        QueryParams.requireBody(request);
        return ManagedAccountDto.of(accounts.disable(id, request.reason()));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled account again (ADMIN)")
    public ManagedAccountDto enable(@PathParam("id") long id) {
        return ManagedAccountDto.of(accounts.enable(id));
    }

    /** The role is read as text, so a wrong one is a 400 naming {@code role} rather than an unreadable body. */
    public record StaffAccountRequest(String username, String password, String email, String role) {

        @Override
        public String toString() {
            return "StaffAccountRequest[username=" + username + ", email=" + email + ", role=" + role + "]";
        }
    }

    /** An account as administrators see it; never the password hash. */
    public record ManagedAccountDto(long id, String username, Role role, String email, OrganisationRef organisation,
                                    boolean enabled, Instant lockedUntil, int failedAttempts, Instant createdAt) {

        public record OrganisationRef(long id, String name, OrganisationType type) {
        }

        static ManagedAccountDto of(AccountEntry entry) {
            return new ManagedAccountDto(entry.id(), entry.username(), entry.role(), entry.email(),
                    new OrganisationRef(entry.organisationId(), entry.organisationName(), entry.organisationType()),
                    entry.enabled(), entry.lockedUntil(), entry.failedAttempts(), entry.createdAt());
        }
    }
}
