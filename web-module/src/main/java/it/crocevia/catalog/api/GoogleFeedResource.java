package it.crocevia.catalog.api;

import it.crocevia.catalog.boundary.FeedLinkView;
import it.crocevia.catalog.boundary.GoogleFeeds;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Feed Google Shopping" of an account for operators: download the feed as a file, see the secret
 * link that Merchant Center reads, generate or regenerate it.
 */
@Path("/v1/accounts/{id}/google-feed")
@Tag(name = "Google Shopping", description = "The Merchant Center product feed of Google Shopping accounts")
public class GoogleFeedResource {

    static final String XML = "application/xml; charset=UTF-8";

    @Inject
    GoogleFeeds feeds;

    @GET
    @Produces(XML)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The account's product feed (RSS 2.0, Google's g: namespace) as an attachment")
    @APIResponse(responseCode = "200", description = "The feed, streamed")
    @APIResponse(responseCode = "400", description = "Not a Google Shopping account")
    @APIResponse(responseCode = "404", description = "No such account, or the account has no such target")
    public Response download(@PathParam("id") long id, @QueryParam("target")
            @Parameter(description = "Country and language, e.g. IT-it; none: the account's first") String target) {
        var source = feeds.download(id, target);
        StreamingOutput body = out -> feeds.write(source, out);
        return Response.ok(body, XML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + source.fileName() + "\"").build();
    }

    @GET
    @Path("link")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The secret link of the feed, one URL per target, the token masked")
    @APIResponse(responseCode = "200", description = "The link; generated is false while there is none")
    public FeedLinkView link(@PathParam("id") long id) {
        return feeds.link(id);
    }

    @POST
    @Path("link")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Genera link / Rigenera link: a new secret link in place of the old one, which stops "
            + "working; the answer's URLs hold the token, shown this once")
    @APIResponse(responseCode = "200", description = "The new link, whole")
    @APIResponse(responseCode = "400", description = "Not a Google Shopping account")
    public Response generate(@PathParam("id") long id) {
        return Response.ok(feeds.generateLink(id)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
