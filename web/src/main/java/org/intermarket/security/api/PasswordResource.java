package org.intermarket.security.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.registry.api.AccountDto;
import org.intermarket.security.PasswordChange;
import org.intermarket.security.PasswordChangeForm;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.web.ClientAddress;

/** The signed-in holder changes their password; every API token of the account is revoked with the old one. */
@Path("/me/password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "security")
public class PasswordResource {

    @Inject
    private PasswordChange passwords;

    @Context
    private HttpServletRequest request;

    @PUT
    @Operation(summary = "Change the caller's password: {currentPassword, newPassword}; revokes the account's API tokens")
    public AccountDto change(PasswordChangeForm form) {
        QueryParams.requireBody(form);
        return AccountDto.of(passwords.change(form, ClientAddress.of(request)));
    }
}
