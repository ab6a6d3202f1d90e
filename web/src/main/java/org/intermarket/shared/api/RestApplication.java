package org.intermarket.shared.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.shared.Roles;

@ApplicationPath("/api/v1")
@DeclareRoles({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
// Each tag is described here once; an operation names its tag only (described on each resource, the descriptions had
// drifted apart and one of them was shown).
@OpenAPIDefinition(info = @Info(title = "intermarket API", version = "1",
        description = "Online marketplace for intermediary services in public-project approval (中介服务网上超市)."),
        tags = {
                @Tag(name = "catalog", description = "Mandatory intermediary service items and their legal basis"),
                @Tag(name = "agencies", description = "Agency directory, qualifications, service guides, admission and sanctions"),
                @Tag(name = "admissions", description = "Supervisors' review of agency applications"),
                @Tag(name = "procurement", description = "Projects, needs, sealed bids, selection, result notices, objections and abnormally low bids"),
                @Tag(name = "delivery", description = "Contracts, deliverables, acceptance and ratings"),
                @Tag(name = "credit", description = "Credit scores, levels, history, violations, rewards and the blacklist"),
                @Tag(name = "supervision", description = "Bid-rigging signals for supervisors"),
                @Tag(name = "statistics", description = "Market statistics, the needs behind them, and their exports"),
                @Tag(name = "opendata", description = "Published needs, awards and contracts as OCDS 1.1 release packages"),
                @Tag(name = "audit", description = "The tamper-evident audit log: entries, signed tree heads, proofs and their verification"),
                @Tag(name = "inbox", description = "Notifications to the caller's organisation"),
                @Tag(name = "mail", description = "Mail: agencies' subscriptions to matching needs, each account's choice of its inbox messages by mail,"
                        + " one-click unsubscribes, the outbox and a need's reach"),
                @Tag(name = "registry", description = "Organisations and accounts"),
                @Tag(name = "security", description = "Bearer tokens and passwords"),
                @Tag(name = "settings", description = "Configurable numbers of the market (ADMIN)"),
                @Tag(name = "operations", description = "Scheduled jobs on demand"),
                @Tag(name = "meta", description = "The API's name and version")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")})
public class RestApplication extends Application {
}
