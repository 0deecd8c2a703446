package it.crocevia.marketing.control;

import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import jakarta.json.Json;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The WhatsApp Business Cloud API ({@code https://graph.facebook.com/v20.0/<phone-number-id>/messages})
 * with a bearer token. Order notifications go out as pre-approved templates (name, language, body
 * parameters), the only messages WhatsApp delivers outside the customer's 24-hour window.
 */
public final class WhatsAppClient {

    private static final String VERSION = "v20.0";

    private final String base;
    private final Map<String, String> auth;

    public WhatsAppClient(String graphUrl, String phoneNumberId, String accessToken) {
        this.base = graphUrl.replaceAll("/+$", "") + "/" + VERSION + "/" + phoneNumberId;
        this.auth = Map.of("Authorization", "Bearer " + accessToken);
    }

    public ConnectionCheck test() {
        try {
            var answer = JsonHttp.send("GET", URI.create(base), auth, null);
            if (answer.status() == 200) {
                return new ConnectionCheck(Outcome.OK, answer.body().getString("display_phone_number", "WhatsApp"));
            }
            var error = answer.body().getJsonObject("error");
            if (error != null && error.getInt("code", 0) == 190) {
                return new ConnectionCheck(Outcome.BAD_CREDENTIALS, error.getString("message", ""));
            }
            return new ConnectionCheck(error == null ? Outcome.NOT_THE_PLATFORM : Outcome.REMOTE_ERROR,
                    error == null ? "HTTP " + answer.status() : error.getString("message", ""));
        } catch (DeliveryException e) {
            return new ConnectionCheck(Outcome.UNREACHABLE, e.getMessage());
        }
    }

    /** Sends a template to {@code to} (digits with country code); returns the message id (wamid). */
    public String sendTemplate(String to, String template, String language, List<String> parameters)
            throws DeliveryException {
        var values = Json.createArrayBuilder();
        parameters.forEach(p -> values.add(Json.createObjectBuilder().add("type", "text").add("text", p)));
        var body = Json.createObjectBuilder().add("messaging_product", "whatsapp").add("to", to).add("type", "template")
                .add("template", Json.createObjectBuilder().add("name", template)
                        .add("language", Json.createObjectBuilder().add("code", language))
                        .add("components", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "body")
                                .add("parameters", values)))).build();
        var answer = JsonHttp.send("POST", URI.create(base + "/messages"), auth, body);
        if (answer.status() != 200) {
            var error = answer.body().getJsonObject("error");
            int code = error == null ? 0 : error.getInt("code", 0);
            boolean throttled = answer.status() == 429 || code == 130429 || code == 131056 || code == 80007;
            throw new DeliveryException("WhatsApp answered HTTP " + answer.status()
                    + (error == null ? "" : " (" + code + "): " + error.getString("message", "")), answer.status(),
                    throttled || answer.status() >= 500, throttled ? java.time.Duration.ofSeconds(30) : null);
        }
        return answer.body().getJsonArray("messages").getJsonObject(0).getString("id");
    }
}
