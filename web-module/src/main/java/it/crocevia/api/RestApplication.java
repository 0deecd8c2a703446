package it.crocevia.api;

import it.crocevia.account.api.AccountStructureResource;
import it.crocevia.account.api.AccountsResource;
import it.crocevia.audit.api.AuditResource;
import it.crocevia.catalog.api.GoogleFeedResource;
import it.crocevia.catalog.api.MerchantCheckResource;
import it.crocevia.catalog.api.PublicFeedResource;
import it.crocevia.catalog.api.PublishingResource;
import it.crocevia.erp.api.ErpCredentialResource;
import it.crocevia.erp.api.ErpKeyFilter;
import it.crocevia.erp.api.ErpResource;
import it.crocevia.jobs.api.CatalogExportResource;
import it.crocevia.jobs.api.JobResource;
import it.crocevia.login.api.LoginResource;
import it.crocevia.login.api.PortalResource;
import it.crocevia.marketing.api.MarketingResource;
import it.crocevia.message.api.MessageTemplateResource;
import it.crocevia.order.api.OrderSyncResource;
import it.crocevia.schedule.api.ScheduleResource;
import it.crocevia.platform.api.HealthResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import java.util.Set;

/**
 * The REST API: JSON under {@code /api/v1}, authenticated with a bearer token of the same
 * identity provider as the console, and checked against the same roles. Its OpenAPI
 * document is served by the server at {@code /openapi}.
 *
 * <p>The classes are listed rather than scanned: EclipseLink's jar in the EAR carries a MOXy
 * JSON provider that scanning would register in front of JSON-B.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Crocevia API", version = "1",
                description = "Shop and marketplace accounts, audit log and health of Crocevia. "
                        + "Errors are JSON: {\"error\": code, \"message\": text, \"violations\": [...]}; "
                        + "messages follow Accept-Language (it, en)."),
        security = @SecurityRequirement(name = "oidc"))
@SecurityScheme(securitySchemeName = "oidc", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token of the company's identity provider, with a roles claim: admin, operator or viewer.")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AccountsResource.class, AccountStructureResource.class, AuditResource.class, HealthResource.class, OrderSyncResource.class,
                ScheduleResource.class, JobResource.class, CatalogExportResource.class, ErpResource.class, ErpCredentialResource.class,
                ErpKeyFilter.class, LoginResource.class, PortalResource.class, MessageTemplateResource.class,
                MarketingResource.class, GoogleFeedResource.class, MerchantCheckResource.class, PublicFeedResource.class,
                PublishingResource.class, ApiErrorMapper.class);
    }
}
