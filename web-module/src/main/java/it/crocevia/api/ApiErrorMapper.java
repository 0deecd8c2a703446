package it.crocevia.api;

import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.console.Texts;
import it.crocevia.jobrun.boundary.JobAlreadyRunningException;
import it.crocevia.login.boundary.ThrottledException;
import it.crocevia.order.boundary.SyncAlreadyRunningException;
import it.crocevia.platform.boundary.ConcurrentChangeException;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a JSON answer with the right status and a message in the caller's
 * language (Accept-Language): 400 for bad JSON or invalid input, 403 for a role that may not,
 * 404, 409 for a concurrent change, JAX-RS' own statuses as they are, and 500 with a reference
 * whose details go to the server log only.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        Locale locale = locale();
        if (e instanceof InvalidInputException invalid) {
            var fields = invalid.violations().stream().map(v -> new ApiError.FieldError(v.field(),
                    Texts.get(locale, v.messageKey(), v.arguments().toArray()))).toList();
            return json(Status.BAD_REQUEST,
                    new ApiError("invalid_input", Texts.get(locale, "validation.summary"), fields));
        }
        if (e instanceof NotFoundException) {
            return json(Status.NOT_FOUND, ApiError.of("not_found", Texts.get(locale, "error.notFound")));
        }
        if (e instanceof SyncAlreadyRunningException) {
            return json(Status.CONFLICT, ApiError.of("sync_running", Texts.get(locale, "sync.orders.running")));
        }
        if (e instanceof JobAlreadyRunningException running) {
            return json(Status.CONFLICT, ApiError.of("job_running", Texts.get(locale, "jobs.running",
                    Texts.get(locale, "jobs.name." + running.jobName()))));
        }
        if (e instanceof ThrottledException) {
            return json(Status.TOO_MANY_REQUESTS, ApiError.of("throttled", Texts.get(locale, "portal.throttled")));
        }
        if (e instanceof ConcurrentChangeException) {
            return json(Status.CONFLICT, ApiError.of("concurrent_change", Texts.get(locale, "error.concurrent")));
        }
        if (causedBy(e, EJBAccessException.class) || e instanceof ForbiddenException) {
            return json(Status.FORBIDDEN, ApiError.of("forbidden", Texts.get(locale, "error.forbidden")));
        }
        if (causedBy(e, JsonbException.class) || e instanceof ProcessingException) {
            return json(Status.BAD_REQUEST, ApiError.of("bad_json", Texts.get(locale, "error.badJson", detail(e))));
        }
        if (e instanceof RemoteException remote) {
            return json(Status.BAD_GATEWAY, ApiError.of("remote_" + remote.outcome().name().toLowerCase(Locale.ROOT),
                    Texts.get(locale, "connection." + remote.outcome().name(), remote.getMessage())));
        }
        if (e instanceof NotAuthorizedException unauthorized) {
            return unauthorized.getResponse();
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            var known = Status.fromStatusCode(status);
            String code = known == null ? "http_" + status : known.name().toLowerCase(Locale.ROOT);
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(code, web.getMessage())).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, e, () -> "Unexpected error, reference " + reference);
        return json(Status.INTERNAL_SERVER_ERROR,
                ApiError.of("internal_error", Texts.get(locale, "error.unexpected", reference)));
    }

    private Locale locale() {
        return locale(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The supported language the caller asked for in {@code Accept-Language} (Italian by default). */
    public static Locale locale(List<Locale> acceptable) {
        var wanted = acceptable.isEmpty() ? null : acceptable.get(0);
        return Texts.supported(wanted == null || "*".equals(wanted.getLanguage()) ? null : wanted);
    }

    private static Response json(Status status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The parser's own words on what is wrong (position, expected token), without a stack trace. */
    private static String detail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
