package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;

/**
 * The ERP as the tests play it: signed in with a key of its own that an administrator made, pushing
 * articles and stock in a DELTA sync through its REST API.
 */
final class TestErp {

    private final Http erp;

    private TestErp(Http erp) {
        this.erp = erp;
    }

    static TestErp create(URI base, String name) throws Exception {
        var created = Http.as(base, "ada", "admin").post("api/v1/erp-credentials",
                Json.createObjectBuilder().add("name", name).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new TestErp(Http.erp(base, created.object().getString("key")));
    }

    /** One DELTA sync of these articles and stock, completed; every item must be stored. */
    void push(List<JsonObject> articles, List<JsonObject> stock) throws Exception {
        var opened = erp.post("api/erp/v1/syncs", "{\"mode\": \"DELTA\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long sync = opened.object().getJsonNumber("id").longValue();
        push(sync, "articles", articles);
        push(sync, "stock", stock);
        var completed = erp.post("api/erp/v1/syncs/" + sync + "/complete", "");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
    }

    private void push(long sync, String kind, List<JsonObject> items) throws Exception {
        if (items.isEmpty()) {
            return;
        }
        var array = Json.createArrayBuilder();
        items.forEach(array::add);
        var reply = erp.post("api/erp/v1/syncs/" + sync + "/" + kind, array.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.object().getInt("stored")).as(reply.body()).isEqualTo(items.size());
    }
}
