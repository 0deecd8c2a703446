package it.crocevia.testserver.activecampaign;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Contacts: {@code POST /contact/sync}, the documented upsert keyed on the e-mail ("looks for an
 * existing contact, updates it when one is found, and creates it otherwise": 201 when created,
 * 200 when updated), {@code GET /contacts?email=} and {@code GET /contacts/{id}}. A missing or
 * malformed e-mail answers 422 {@code email_invalid}; an unknown id AC's historical
 * "No Result found for Subscriber with id N".
 */
final class Contacts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Contacts() {}

    static Reply sync(AcRequest request) throws AcException, IOException {
        JsonObject fields = request.wrapped("contact");
        String email = Validation.text(fields, "email");
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw Errors.emailInvalid();
        }
        Account account = request.account();
        synchronized (account) {
            Optional<JsonObject> existing = byEmail(account, email);
            String id = existing.map(c -> c.getString("id")).orElseGet(account.contacts::nextId);
            JsonObjectBuilder contact = existing.map(Json::createObjectBuilder)
                    .orElseGet(() -> Json.createObjectBuilder()
                            .add("email", email.strip())
                            .add("firstName", "")
                            .add("lastName", "")
                            .add("phone", "")
                            .add("orgid", "0")
                            .add("cdate", request.timestamp())
                            .add("links", Json.createObjectBuilder()
                                    .add("contactLists", request.link("contacts/" + id + "/contactLists"))
                                    .add("fieldValues", request.link("contacts/" + id + "/fieldValues")))
                            .add("id", id));
            for (String field : new String[] {"firstName", "lastName", "phone"}) {
                String value = Validation.text(fields, field);
                if (value != null) {
                    contact.add(field, value);
                }
            }
            contact.add("udate", request.timestamp());
            JsonObject saved = contact.build();
            account.contacts.put(saved);
            JsonObject body = Json.createObjectBuilder()
                    .add("fieldValues", Json.createArrayBuilder())
                    .add("contact", saved)
                    .build();
            return new Reply(existing.isPresent() ? 200 : 201, body);
        }
    }

    static Reply list(AcRequest request) {
        Account account = request.account();
        String email = request.query().string("email");
        synchronized (account) {
            var matches = email == null ? account.contacts.all()
                    : account.contacts.where(c -> sameEmail(c.getString("email"), email));
            return Reply.ok(Listing.page(request, "contacts", matches));
        }
    }

    static Reply get(AcRequest request, String id) throws AcException {
        Account account = request.account();
        synchronized (account) {
            JsonObject contact = account.contacts.get(id).orElseThrow(() -> Errors.notFound("Subscriber", id));
            return Reply.ok(Json.createObjectBuilder().add("contact", contact).build());
        }
    }

    static Optional<JsonObject> byEmail(Account account, String email) {
        return account.contacts.where(c -> sameEmail(c.getString("email"), email)).stream().findFirst();
    }

    private static boolean sameEmail(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
