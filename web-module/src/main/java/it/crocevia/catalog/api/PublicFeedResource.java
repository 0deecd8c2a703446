package it.crocevia.catalog.api;

import it.crocevia.catalog.boundary.GoogleFeeds;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The feed at an account's secret link, for Merchant Center's scheduled fetch: no sign-in (the
 * path is public in {@code web.xml}), the token is the key. An unknown token or target is a bare
 * 404 that says nothing about why.
 */
@Path("/feeds/google")
@Tag(name = "Google Shopping")
public class PublicFeedResource {

    @Inject
    GoogleFeeds feeds;

    /** No {@code @Produces}: a fetcher that asks for {@code text/xml} or anything else still gets the feed. */
    @GET
    @Path("{token}.xml")
    @SecurityRequirements
    @Operation(summary = "The product feed behind a secret link (RSS 2.0, Google's g: namespace)")
    @APIResponse(responseCode = "200", description = "The feed, streamed")
    @APIResponse(responseCode = "404", description = "No feed at this address")
    public Response feed(@PathParam("token") String token, @QueryParam("target") String target) {
        var source = feeds.open(token, target);
        if (source.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        StreamingOutput body = out -> feeds.write(source.get(), out);
        return Response.ok(body, GoogleFeedResource.XML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Robots-Tag", "noindex").build();
    }
}
