package it.crocevia.erp.api;

import it.crocevia.api.ApiError;
import it.crocevia.api.ApiErrorMapper;
import it.crocevia.console.Texts;
import it.crocevia.erp.boundary.ErpCredentials;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The ERP's sign-in: its key in {@code X-Crocevia-Erp-Key}, checked against the stored hashes of
 * the credentials that are not revoked. Without a valid key: 401, and the key is never logged.
 */
@Provider
@ErpAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class ErpKeyFilter implements ContainerRequestFilter {

    @Inject
    ErpCredentials credentials;

    @Inject
    ErpCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        var credential = credentials.authenticate(request.getHeaderString(ErpCredentials.HEADER));
        if (credential.isEmpty()) {
            var locale = ApiErrorMapper.locale(request.getAcceptableLanguages());
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("WWW-Authenticate", "CroceviaErpKey header=\"" + ErpCredentials.HEADER + "\"")
                    .entity(ApiError.of("erp_unauthorized", Texts.get(locale, "erp.unauthorized",
                            ErpCredentials.HEADER))).build());
            return;
        }
        caller.signedIn(credential.get().name());
    }
}
