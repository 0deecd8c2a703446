package it.crocevia.login.api;

import static it.crocevia.api.JsonBodies.text;

import it.crocevia.api.ApiError;
import it.crocevia.api.ApiErrorMapper;
import it.crocevia.console.Texts;
import it.crocevia.login.boundary.CustomerPortal;
import it.crocevia.login.boundary.PortalSession;
import it.crocevia.login.boundary.ResetOutcome;
import it.crocevia.login.boundary.SignIn;
import it.crocevia.login.web.PortalSessions;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer portal as JSON, for a shop front-end that signs its customers in with their
 * e-commerce login: the same rules as the portal's pages, the same session cookie (HttpOnly,
 * SameSite=Lax, Secure on HTTPS). Only JSON bodies are accepted, so a cross-site form cannot
 * post here.
 */
@Path("/portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customer portal", description = "Customers' sign-in and password recovery (no SSO)")
@SecurityRequirements
public class PortalResource {

    @Inject
    CustomerPortal portal;

    @Inject
    PortalSessions sessions;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("sign-in")
    @Operation(summary = "Signs a customer in: {\"email\", \"password\"}; 401 whatever was wrong, 429 when throttled")
    public Response signIn(JsonObject body) {
        SignIn result = portal.signIn(text(body, "email"), text(body, "password"), request.getRemoteAddr(), language());
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                sessions.open(request, result);
                yield Response.ok(Map.of("mustChangePassword", result.mustChange())).build();
            }
            case THROTTLED -> error(Status.TOO_MANY_REQUESTS, "throttled", "portal.signIn.throttled");
            default -> error(Status.UNAUTHORIZED, "refused", "portal.signIn.refused");
        };
    }

    @POST
    @Path("sign-out")
    @Operation(summary = "Ends this session")
    public Response signOut() {
        sessions.close(request);
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in customer and the records the login serves; 401 when the session ended")
    public Response me() {
        return sessions.current(request).<Response>map(s -> Response.ok(s).build())
                .orElseGet(() -> error(Status.UNAUTHORIZED, "signed_out", "portal.session.ended"));
    }

    @POST
    @Path("password-recovery")
    @Operation(summary = "Password dimenticata?: {\"email\"}; always 202, whether or not the e-mail has a login")
    public Response requestRecovery(JsonObject body) {
        portal.requestRecovery(text(body, "email"), request.getRemoteAddr(), language());
        return Response.accepted(Map.of("message", Texts.get(locale(), "portal.forgot.sent"))).build();
    }

    @GET
    @Path("password-reset/{token}")
    @Operation(summary = "Whether a recovery link still works")
    public Map<String, Boolean> linkValid(@PathParam("token") String token) {
        return Map.of("valid", portal.linkValid(token));
    }

    @POST
    @Path("password-reset")
    @Operation(summary = "Sets a new password with a recovery link: {\"token\", \"password\", \"confirmation\"}; 410 when the link is no longer valid")
    public Response reset(JsonObject body) {
        var outcome = portal.resetPassword(text(body, "token"), text(body, "password"), text(body, "confirmation"));
        return outcome == ResetOutcome.DONE ? Response.noContent().build()
                : error(Status.GONE, "invalid_link", "portal.reset.invalid");
    }

    @POST
    @Path("password")
    @Operation(summary = "The signed-in customer changes the password: {\"current\", \"password\", \"confirmation\"}")
    public Response change(JsonObject body) {
        PortalSession session = sessions.current(request).orElse(null);
        if (session == null) {
            return error(Status.UNAUTHORIZED, "signed_out", "portal.session.ended");
        }
        int epoch = portal.changePassword(session.loginId(), session.epoch(), text(body, "current"),
                text(body, "password"), text(body, "confirmation"));
        sessions.renew(request, session.loginId(), epoch);
        return Response.noContent().build();
    }

    private Response error(Status status, String code, String key) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(code, Texts.get(locale(), key))).build();
    }

    private Locale locale() {
        return ApiErrorMapper.locale(headers.getAcceptableLanguages());
    }

    private String language() {
        return locale().getLanguage();
    }

}
