package it.crocevia.connector.magento;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.CustomersContract;
import it.crocevia.connector.boundary.CustomerBatch;
import it.crocevia.connector.boundary.RejectedRecord;
import it.crocevia.connector.boundary.RemoteCustomer;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.RemoteHttp;
import it.crocevia.testserver.magento.AddressSpec;
import it.crocevia.testserver.magento.CustomerSpec;
import it.crocevia.testserver.magento.MagentoTestServer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link MagentoAdapter#customers(List)} against the Magento 2 test server (input limits on). */
class MagentoCustomersTest extends CustomersContract<MagentoTestServer> {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 10, 0);

    @Test
    void aCustomerHasTheCompanyVatAndPhoneOfItsDefaultBillingAddressAndItsTaxvat() {
        int mario = shop.data().addCustomer(CustomerSpec.of("Mario", "Rossi", " mario.rossi@example.it ")
                .taxvat("RSSMRA80A01F205X")
                .address(home().company("Casa").vatId("IT11111111111").telephone("02 1111111"), false, true)
                .address(home().company("Rossi S.r.l.").vatId("IT01234567897").telephone("02 1234567"), true, false)
                .createdAt(T0));
        int paola = shop.data().addCustomer(CustomerSpec.of("Paola", "Conti", "paola@contiarredi.it")
                .address(home().company("Arredamenti Conti S.r.l.").telephone("045 1"), false, false)
                .address(home().company("Magazzino").telephone("045 2"), false, true).createdAt(T0));
        int anna = shop.data().addCustomer(CustomerSpec.of("Anna", "Verdi", "anna@example.it").createdAt(T0));

        CustomerBatch batch = adapter().customers(List.of("" + mario, "" + paola, "" + anna, "" + mario));

        assertThat(batch.found()).containsOnlyKeys("" + mario, "" + paola, "" + anna);
        assertThat(batch.found().get("" + mario)).isEqualTo(new RemoteCustomer("" + mario, false,
                "mario.rossi@example.it", "Mario", "Rossi", "Rossi S.r.l.", "IT01234567897", "RSSMRA80A01F205X",
                "02 1234567"));
        assertThat(batch.found().get("" + paola)).as("no default billing address: the first one")
                .isEqualTo(new RemoteCustomer("" + paola, false, "paola@contiarredi.it", "Paola", "Conti",
                        "Arredamenti Conti S.r.l.", null, null, "045 1"));
        assertThat(batch.found().get("" + anna)).isEqualTo(new RemoteCustomer("" + anna, false, "anna@example.it",
                "Anna", "Verdi", null, null, null, null));
        assertThat(batch.rejected()).isEmpty();
    }

    @Test
    void changesOnThePlatformAreReadAsTheyAreNow() {
        int mario = shop.data().addCustomer(CustomerSpec.of("Mario", "Rossi", "mario.rossi@example.it")
                .address(home().company("Rossi S.r.l.").vatId("IT01234567897").telephone("02 1234567")).createdAt(T0));
        shop.data().updateCustomer(mario, Map.of("email", "m.rossi@example.it", "lastname", "Rossi Bianchi",
                "taxvat", "RSSMRA80A01F205X"));
        shop.data().updateBillingAddress(mario, Map.of("company", "Rossi S.p.A.", "vat_id", "IT09876543210",
                "telephone", "02 7654321"));

        assertThat(adapter().customers(List.of("" + mario)).found().get("" + mario)).isEqualTo(new RemoteCustomer(
                "" + mario, false, "m.rossi@example.it", "Mario", "Rossi Bianchi", "Rossi S.p.A.", "IT09876543210",
                "RSSMRA80A01F205X", "02 7654321"));
    }

    @Test
    void deletedCustomersAreNeitherFoundNorRejected() {
        int kept = customer("kept");
        int deleted = customer("deleted");
        shop.data().deleteCustomer(deleted);

        List<String> asked = List.of("" + kept, "" + deleted, "999999", "1,2");
        CustomerBatch batch = adapter().customers(asked);

        assertThat(batch.found()).containsOnlyKeys("" + kept);
        assertThat(batch.rejected()).isEmpty();
        assertThat(asked.stream().filter(batch::missing)).containsExactly("" + deleted, "999999", "1,2");
    }

    @Test
    void malformedCustomersAreRejectedWithTheirReason() {
        int good = customer("good");
        int invalid = customer("invalid");
        int noEmail = customer("noemail");
        int noName = customer("noname");
        shop.data().updateCustomer(invalid, Map.of("email", "not-an-email", "updated_at", "2025-04-01 12:00:00"));
        Map<String, String> nulls = new HashMap<>();
        nulls.put("email", null);
        shop.data().updateCustomer(noEmail, nulls);
        nulls.clear();
        nulls.put("firstname", null);
        nulls.put("lastname", "");
        shop.data().updateCustomer(noName, nulls);

        CustomerBatch batch = adapter().customers(List.of("" + good, "" + invalid, "" + noEmail, "" + noName));

        assertThat(batch.found()).containsOnlyKeys("" + good);
        assertThat(batch.rejected()).containsExactlyInAnyOrder(
                new RejectedRecord("" + invalid, "customer e-mail \"not-an-email\" is not valid",
                        LocalDateTime.of(2025, 4, 1, 12, 0)),
                new RejectedRecord("" + noEmail, "the customer has no e-mail", updatedAt(noEmail)),
                new RejectedRecord("" + noName, "the customer has no name", updatedAt(noName)));
        assertThat(batch.missing("" + invalid)).isFalse();
    }

    @Test
    void moreIdsThanOnePageHoldsAreSplitInRequestsOf300() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 650; i++) {
            ids.add("" + shop.data().addCustomer(CustomerSpec.of("C" + i, "Rossi", "c" + i + "@example.it")
                    .taxvat("CF" + i).createdAt(T0)));
        }
        shop.requests().clear();

        CustomerBatch batch = adapter().customers(ids);

        assertThat(batch.found()).hasSize(650);
        assertThat(batch.found().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(batch.found().get(ids.get(649)).fiscalCode()).isEqualTo("CF649");
        assertThat(shop.requests().count("customers")).isEqualTo(3);
        var sizes = new ArrayList<Integer>();
        for (URI uri : shop.requests().recentUris()) {
            Map<String, String> query = query(uri);
            assertThat(query).containsEntry("searchCriteria[pageSize]", "300")
                    .containsEntry("searchCriteria[currentPage]", "1")
                    .containsEntry("searchCriteria[filter_groups][0][filters][0][field]", "entity_id")
                    .containsEntry("searchCriteria[filter_groups][0][filters][0][condition_type]", "in");
            sizes.add(query.get("searchCriteria[filter_groups][0][filters][0][value]").split(",").length);
        }
        assertThat(sizes).containsExactly(300, 300, 50);
    }

    @Override
    protected MagentoTestServer startShop() {
        return new MagentoTestServer().start();
    }

    @Override
    protected String newCustomer(String name) {
        return "" + customer(name);
    }

    private int customer(String name) {
        return shop.data().addCustomer(CustomerSpec.of(name, "Rossi", name + "@example.it").createdAt(T0));
    }

    private LocalDateTime updatedAt(int customer) {
        return LocalDateTime.parse(shop.data().customerField(customer, "updated_at").toString().replace(' ', 'T'));
    }

    private static AddressSpec home() {
        return AddressSpec.of("Mario", "Rossi", "Via Roma 1", "Milano", "20121", "IT").province("MI");
    }

    private static Map<String, String> query(URI uri) {
        var params = new HashMap<String, String>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    @Override
    protected String customersResource() {
        return "customers";
    }

    @Override
    protected MagentoAdapter adapter(RemoteHttp.RetryPolicy policy) {
        return new MagentoAdapter(new ShopConnection(0, Marketplace.MAGENTO, shop.shopUrl(), shop.accessToken(), null),
                new RemoteHttp(RemoteHttp.newClient(), policy));
    }
}
