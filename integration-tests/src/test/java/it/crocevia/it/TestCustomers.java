package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;

/** Customer records created the way the ERP creates them: pushed in a delta sync. */
final class TestCustomers {

    private final Http erp;

    private TestCustomers(Http erp) {
        this.erp = erp;
    }

    /** Signs the ERP in with a new credential, made by an administrator. */
    static TestCustomers viaErp(URI context) throws Exception {
        var created = Http.as(context, "ada", "admin").post("api/v1/erp-credentials", "{\"name\": \"Anagrafiche di prova\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new TestCustomers(Http.erp(context, created.object().getString("key")));
    }

    /** Creates a record and returns its id. */
    long create(String code, String email, String firstName, String lastName) throws Exception {
        return create(code, email, firstName, lastName, null);
    }

    /** Creates a record, with its e-commerce login when {@code login} is not null, and returns its id. */
    long create(String code, String email, String firstName, String lastName, String login) throws Exception {
        var opened = erp.post("api/erp/v1/syncs", "{\"mode\": \"DELTA\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long sync = opened.object().getJsonNumber("id").longValue();
        var item = Json.createObjectBuilder().add("code", code).add("email", email).add("firstName", firstName)
                .add("lastName", lastName);
        if (login != null) {
            item.add("ecommerceLogin", login);
        }
        String customer = Json.createArrayBuilder().add(item).build().toString();
        var pushed = erp.post("api/erp/v1/syncs/" + sync + "/customers", customer);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        var completed = erp.post("api/erp/v1/syncs/" + sync + "/complete", "");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        return ((Number) Db.row("SELECT id FROM customer WHERE erp_code = ?", code).get("id")).longValue();
    }
}
