package org.intermarket.shared.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.intermarket.shared.Roles;

@ApplicationPath("/api/v1")
@DeclareRoles({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
@OpenAPIDefinition(info = @Info(title = "intermarket API", version = "1",
        description = "Online marketplace for intermediary services in public-project approval (中介服务网上超市)."))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")})
public class RestApplication extends Application {
}
