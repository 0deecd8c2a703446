package it.crocevia.message.api;

import static it.crocevia.api.JsonBodies.text;

import it.crocevia.message.boundary.MessageTemplates;
import it.crocevia.message.boundary.Rendered;
import it.crocevia.message.boundary.TemplateKind;
import it.crocevia.message.boundary.TemplateView;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Impostazioni → Template Messaggi: subject and body per template and language, with a preview. */
@Path("/v1/message-templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Message templates", description = "The e-mails Crocevia sends to customers")
public class MessageTemplateResource {

    @Inject
    MessageTemplates templates;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Every template in every language, with the placeholders each may use")
    public List<TemplateView> list() {
        return templates.list();
    }

    @GET
    @Path("{kind}/{language}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "One template")
    public TemplateView get(@PathParam("kind") String kind, @PathParam("language") String language) {
        return templates.get(kind(kind), language);
    }

    @PUT
    @Path("{kind}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Saves {\"subject\", \"body\"}; an unknown {{placeholder}} is refused")
    public TemplateView save(@PathParam("kind") String kind, @PathParam("language") String language, JsonObject body) {
        return templates.save(kind(kind), language, text(body, "subject"), text(body, "body"));
    }

    @POST
    @Path("{kind}/{language}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "{\"subject\", \"body\"} filled with sample values, without saving")
    public Rendered preview(@PathParam("kind") String kind, @PathParam("language") String language, JsonObject body) {
        return templates.preview(kind(kind), language, text(body, "subject"), text(body, "body"));
    }

    private static TemplateKind kind(String name) {
        try {
            return TemplateKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("MessageTemplate", name);
        }
    }

}
