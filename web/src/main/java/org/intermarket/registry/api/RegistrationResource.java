package org.intermarket.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.registry.Account;
import org.intermarket.registry.AccountService;
import org.intermarket.registry.Offices;
import org.intermarket.registry.Registration;
import org.intermarket.registry.RegistrationService;
import org.intermarket.shared.api.QueryParams;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class RegistrationResource {

    @Inject
    private Offices offices;

    @Inject
    private RegistrationService registrations;

    @Inject
    private AccountService accounts;

    @POST
    @Path("registrations")
    @Operation(summary = "Register an owner or agency organisation with its first account")
    public Response register(Registration registration) {
        QueryParams.requireBody(registration);
        Account account = registrations.register(registration);
        return Response.created(UriBuilder.fromPath("/api/v1/organisations/{id}").build(account.organisation().id()))
                .entity(AccountDto.of(account)).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in account, its organisation and, for a supervisor, the office it acts for")
    public AccountDto me() {
        return AccountDto.of(accounts.me(), offices.mine().orElse(null));
    }

    @GET
    @Path("regions")
    @Operation(summary = "Administrative divisions an organisation can be registered in")
    public List<RegionDto> regions() {
        return accounts.regions().stream().map(r -> new RegionDto(r.code(), r.nameZh(), r.nameEn())).toList();
    }

    public record RegionDto(String code, String nameZh, String nameEn) {
    }
}
