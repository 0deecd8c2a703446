package it.crocevia.testserver.whatsapp;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.JsonIo;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request to {@code /<version>/<phone-number-id>[/messages]}, checked in Graph's order: the
 * path, the access token (401, code 190), the node (400, code 100/33), then the message: its
 * required parameters (code 100), the template (132001, 132000) or the customer service window
 * (131047), and the throughput and pair limits (130429, 131056).
 */
final class CloudApiHandler {

    static final int MAX_TEXT = 4096;
    private static final Pattern PATH = Pattern.compile("/(v\\d+\\.\\d+)/([^/]+)(/messages)?/?");

    private final WhatsAppTestServer server;

    CloudApiHandler(WhatsAppTestServer server) {
        this.server = server;
    }

    void handle(HttpExchange exchange) throws IOException {
        try {
            String body = JsonIo.body(exchange);
            String path = exchange.getRequestURI().getPath();
            Matcher matcher = PATH.matcher(path);
            if (!matcher.matches()) {
                throw GraphErrors.unknownPath(path);
            }
            server.authorize(token(exchange));
            String id = matcher.group(2);
            boolean messages = matcher.group(3) != null;
            String method = exchange.getRequestMethod();
            PhoneNumber phone = server.phoneNumber(id).orElse(null);
            if (phone == null || (messages != method.equals("POST")) || !(method.equals("GET") || method.equals("POST"))) {
                throw GraphErrors.unsupported(method.toLowerCase(Locale.ROOT), id);
            }
            JsonIo.send(exchange, 200, messages ? send(phone, body) : info(phone));
        } catch (GraphException e) {
            JsonIo.send(exchange, e.status, e.body);
        }
    }

    private JsonObject send(PhoneNumber phone, String text) throws GraphException {
        JsonValue parsed = JsonIo.parse(text).orElse(JsonValue.EMPTY_JSON_OBJECT);
        JsonObject message = parsed instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String product = string(message, "messaging_product");
        if (product == null) {
            throw GraphErrors.required("messaging_product");
        }
        if (!product.equals("whatsapp")) {
            throw GraphErrors.invalidParameter("Param messaging_product must be one of {WHATSAPP} - got \"" + product + "\".");
        }
        String to = string(message, "to");
        if (to == null || to.isBlank()) {
            throw GraphErrors.required("to");
        }
        String waId = to.replaceAll("\\D", "");
        String type = string(message, "type") == null ? "text" : string(message, "type");
        SentMessage sent = switch (type) {
            case "template" -> template(phone, waId, message);
            case "text" -> text(phone, waId, message);
            default -> throw GraphErrors.invalidParameter("Param type must be one of {TEMPLATE, TEXT} - got \"" + type + "\".");
        };
        JsonObjectBuilder accepted = Json.createObjectBuilder().add("id", sent.id());
        if (type.equals("template")) {
            accepted.add("message_status", "accepted");
        }
        return Json.createObjectBuilder()
                .add("messaging_product", "whatsapp")
                .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("input", to).add("wa_id", waId)))
                .add("messages", Json.createArrayBuilder().add(accepted))
                .build();
    }

    private SentMessage template(PhoneNumber phone, String waId, JsonObject message) throws GraphException {
        JsonObject template = message.get("template") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String name = string(template, "name");
        if (name == null) {
            throw GraphErrors.required("template['name']");
        }
        JsonObject language = template.get("language") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String code = string(language, "code");
        if (code == null) {
            throw GraphErrors.required("template['language']['code']");
        }
        Template registered = server.template(name, code).orElseThrow(() -> GraphErrors.templateMissing(name, code));
        List<String> parameters = bodyParameters(template);
        if (parameters.size() != registered.bodyParameters()) {
            throw GraphErrors.parameterCount(parameters.size(), registered.bodyParameters());
        }
        server.admit(phone, waId);
        return server.record(phone, waId, "template", name, code, parameters, null);
    }

    private SentMessage text(PhoneNumber phone, String waId, JsonObject message) throws GraphException {
        JsonObject text = message.get("text") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String body = string(text, "body");
        if (body == null || body.isEmpty()) {
            throw GraphErrors.required("text['body']");
        }
        if (body.length() > MAX_TEXT) {
            throw GraphErrors.invalidParameter("Param text['body'] must be at most " + MAX_TEXT + " characters long.");
        }
        if (!server.inServiceWindow(waId)) {
            throw GraphErrors.reEngagement();
        }
        server.admit(phone, waId);
        return server.record(phone, waId, "text", null, null, List.of(), body);
    }

    /** The text of each parameter of the {@code body} component (other types count, with their JSON). */
    private static List<String> bodyParameters(JsonObject template) {
        List<String> values = new ArrayList<>();
        if (!(template.get("components") instanceof JsonArray components)) {
            return values;
        }
        for (JsonValue component : components) {
            if (component instanceof JsonObject object && "body".equalsIgnoreCase(string(object, "type"))
                    && object.get("parameters") instanceof JsonArray parameters) {
                for (JsonValue parameter : parameters) {
                    String text = parameter instanceof JsonObject p ? string(p, "text") : null;
                    values.add(text == null ? parameter.toString() : text);
                }
            }
        }
        return values;
    }

    private JsonObject info(PhoneNumber phone) {
        return Json.createObjectBuilder()
                .add("verified_name", phone.verifiedName())
                .add("code_verification_status", "VERIFIED")
                .add("display_phone_number", phone.displayPhoneNumber())
                .add("quality_rating", "GREEN")
                .add("platform_type", "CLOUD_API")
                .add("throughput", Json.createObjectBuilder().add("level", "STANDARD"))
                .add("id", phone.id())
                .build();
    }

    private static String token(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("access_token=")) {
                    return pair.substring("access_token=".length());
                }
            }
        }
        return null;
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }
}
