package it.crocevia.api;

import it.crocevia.console.Texts;
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
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns failures into JSON answers with the right status and a message in the caller's
 * language: 400 for bad JSON or invalid input, 403 for a role that may not, 404, 409 for a
 * concurrent change, 500 with a reference (and the details in the server log only).
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response json(Response.Status status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static Locale locale(HttpHeaders headers) {
        var wanted = headers == null || headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0);
        return Texts.supported(wanted == null || "*".equals(wanted.getLanguage()) ? null : wanted);
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException e) {
            Locale locale = locale(headers);
            var fields = e.violations().stream().map(v -> new ApiError.FieldError(v.field(),
                    Texts.get(locale, v.messageKey(), v.arguments().toArray()))).toList();
            return json(Response.Status.BAD_REQUEST,
                    new ApiError("invalid_input", Texts.get(locale, "validation.summary"), fields));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotFoundException e) {
            return json(Response.Status.NOT_FOUND, ApiError.of("not_found", Texts.get(locale(headers), "error.notFound")));
        }
    }

    @Provider
    public static class Concurrent implements ExceptionMapper<ConcurrentChangeException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConcurrentChangeException e) {
            return json(Response.Status.CONFLICT, ApiError.of("concurrent_change",
                    Texts.get(locale(headers), "error.concurrent")));
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return json(Response.Status.FORBIDDEN, ApiError.of("forbidden", Texts.get(locale(headers), "error.forbidden")));
        }
    }

    /** Malformed JSON, or JSON that does not fit the expected shape. */
    @Provider
    public static class BadJson implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return badJson(headers, e);
        }
    }

    @Provider
    public static class BadBody implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return badJson(headers, e);
        }
    }

    static Response badJson(HttpHeaders headers, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (detail.length() > 300) {
            detail = detail.substring(0, 300) + "…";
        }
        return json(Response.Status.BAD_REQUEST, ApiError.of("bad_json", Texts.get(locale(headers), "error.badJson", detail)));
    }

    /** JAX-RS' own answers (404 of an unknown path, 405, 406, 415, role refusals) keep their status, in JSON. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return badJson(headers, e.getCause());
            }
            int status = e.getResponse().getStatus();
            if (e instanceof ForbiddenException) {
                return json(Response.Status.FORBIDDEN, ApiError.of("forbidden", Texts.get(locale(headers), "error.forbidden")));
            }
            if (e instanceof NotAuthorizedException) {
                return e.getResponse();
            }
            String code = Response.Status.fromStatusCode(status) == null ? "http_" + status
                    : Response.Status.fromStatusCode(status).name().toLowerCase(Locale.ROOT);
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(code, e.getMessage())).build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof EJBAccessException) {
                    return json(Response.Status.FORBIDDEN,
                            ApiError.of("forbidden", Texts.get(locale(headers), "error.forbidden")));
                }
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, e, () -> "Unexpected error, reference " + reference);
            return json(Response.Status.INTERNAL_SERVER_ERROR,
                    ApiError.of("internal_error", Texts.get(locale(headers), "error.unexpected", reference)));
        }
    }
}
