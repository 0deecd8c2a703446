package it.crocevia.connector.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.COUNTRY_IT;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.CustomersContract;
import it.crocevia.connector.boundary.CustomerBatch;
import it.crocevia.connector.boundary.RejectedRecord;
import it.crocevia.connector.boundary.RemoteCustomer;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.RemoteHttp;
import it.crocevia.testserver.prestashop.AddressSpec;
import it.crocevia.testserver.prestashop.CustomerSpec;
import it.crocevia.testserver.prestashop.OrderLine;
import it.crocevia.testserver.prestashop.OrderSpec;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link PrestaShopAdapter#customers(List)} against the PrestaShop test server. */
class PrestaShopCustomersTest extends CustomersContract<PrestaShopTestServer> {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 10, 0);
    private static final Pattern FILTER = Pattern.compile("filter\\[(\\w+)]=\\[([^]]*)]");

    @Test
    void aCustomerHasTheFiscalFieldsPhoneAndCompanyOfItsMostRecentlyUpdatedAddress() {
        int mario = shop.data().addCustomer(CustomerSpec.registered("Mario", "Rossi", " mario.rossi@example.it ")
                .dateAdd(T0));
        shop.data().addAddress(address(mario, T0).vatNumber("IT11111111111").dni("OLDOLD80A01F205X").phone("02 1111111")
                .company("Vecchia"));
        shop.data().addAddress(address(mario, T0.plusDays(2)).vatNumber("IT01234567897").dni("RSSMRA80A01F205X")
                .phoneMobile("333 1234567").company("Rossi S.r.l."));
        shop.data().addAddress(address(mario, T0.plusDays(1)).vatNumber("IT22222222222").phone("02 2222222"));
        int gone = shop.data().addAddress(address(mario, T0.plusDays(3)).vatNumber("IT33333333333"));
        shop.data().update("addresses", gone, Map.of("deleted", "1"));

        RemoteCustomer customer = adapter().customers(List.of(Integer.toString(mario))).found().get("" + mario);

        assertThat(customer).isEqualTo(new RemoteCustomer("" + mario, false, "mario.rossi@example.it", "Mario",
                "Rossi", "Rossi S.r.l.", "IT01234567897", "RSSMRA80A01F205X", "333 1234567"));
    }

    @Test
    void theCustomersCompanyComesFirstTiesGoToTheHigherIdAndGuestsAndCustomersWithoutAddressesMap() {
        int paola = shop.data().addCustomer(CustomerSpec.registered("Paola", "Conti", "paola@contiarredi.it")
                .company("Arredamenti Conti S.r.l.").dateAdd(T0));
        shop.data().addAddress(address(paola, T0).company("Altra").vatNumber("IT01111111111").phone("045 1"));
        shop.data().addAddress(address(paola, T0).company("Altra").vatNumber("IT02222222222").phone("045 2"));
        int giulia = shop.data().addCustomer(CustomerSpec.guest("Giulia", "Bianchi", "giulia@example.it").dateAdd(T0));
        shop.data().addAddress(address(giulia, T0).dni("BNCGLI90A41D612K").phone("347 7654321"));
        int anna = shop.data().addCustomer(CustomerSpec.registered("Anna", "Verdi", "anna@example.it").dateAdd(T0));

        CustomerBatch batch = adapter().customers(List.of("" + anna, "" + paola, "" + giulia, "" + paola));

        assertThat(batch.found()).containsOnlyKeys("" + paola, "" + giulia, "" + anna);
        assertThat(batch.found().get("" + paola)).isEqualTo(new RemoteCustomer("" + paola, false,
                "paola@contiarredi.it", "Paola", "Conti", "Arredamenti Conti S.r.l.", "IT02222222222", null, "045 2"));
        assertThat(batch.found().get("" + giulia)).isEqualTo(new RemoteCustomer("" + giulia, true,
                "giulia@example.it", "Giulia", "Bianchi", null, null, "BNCGLI90A41D612K", "347 7654321"));
        assertThat(batch.found().get("" + anna)).isEqualTo(new RemoteCustomer("" + anna, false, "anna@example.it",
                "Anna", "Verdi", null, null, null, null));
        assertThat(batch.rejected()).isEmpty();
    }

    @Test
    void deletedCustomersAreNeitherFoundNorRejected() {
        int kept = customer("kept");
        int deleted = customer("deleted");
        int blocked = customer("blocked");
        int ordered = customer("ordered");
        int orderedHome = shop.data().addAddress(address(ordered, T0).vatNumber("IT01234567897"));
        shop.data().addOrder(OrderSpec.of(ordered, orderedHome)
                .line(OrderLine.of(7, "Moka Express 3 tazze", "MOKA-3", 1, new BigDecimal("29.90"))));
        shop.data().delete("customers", deleted);
        shop.data().delete("customers", ordered);
        shop.data().updateCustomer(blocked, Map.of("deleted", "1"));

        List<String> asked = List.of("" + kept, "" + deleted, "" + blocked, "" + ordered, "999999", "abc");
        CustomerBatch batch = adapter().customers(asked);

        assertThat(batch.found()).containsOnlyKeys("" + kept);
        assertThat(batch.rejected()).isEmpty();
        assertThat(asked.stream().filter(batch::missing)).containsExactly("" + deleted, "" + blocked, "" + ordered,
                "999999", "abc");
    }

    @Test
    void malformedCustomersAreRejectedWithTheirReason() {
        int good = customer("good");
        int invalid = customer("invalid");
        int noEmail = customer("noemail");
        int noName = customer("noname");
        shop.data().updateCustomer(invalid, Map.of("email", "not-an-email", "date_upd", "2025-04-01 12:00:00"));
        shop.data().updateCustomer(noEmail, Map.of("email", ""));
        shop.data().updateCustomer(noName, Map.of("firstname", "", "lastname", " "));

        CustomerBatch batch = adapter().customers(List.of("" + good, "" + invalid, "" + noEmail, "" + noName));

        assertThat(batch.found()).containsOnlyKeys("" + good);
        assertThat(batch.rejected()).containsExactly(
                new RejectedRecord("" + invalid, "customer e-mail \"not-an-email\" is not valid",
                        LocalDateTime.of(2025, 4, 1, 12, 0)),
                new RejectedRecord("" + noEmail, "the customer has no e-mail",
                        LocalDateTime.parse(shop.data().value("customers", noEmail, "date_upd").replace(' ', 'T'))),
                new RejectedRecord("" + noName, "the customer has no name",
                        LocalDateTime.parse(shop.data().value("customers", noName, "date_upd").replace(' ', 'T'))));
        assertThat(batch.missing("" + invalid)).isFalse();
    }

    @Test
    void moreIdsThanOneRequestHoldsAreSplitInRequestsOf500() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 650; i++) {
            int id = customer("c" + i);
            shop.data().addAddress(address(id, T0).dni("CF" + i));
            ids.add("" + id);
        }
        shop.requests().clear();

        CustomerBatch batch = adapter().customers(ids);

        assertThat(batch.found()).hasSize(650);
        assertThat(batch.found().keySet()).containsExactlyElementsOf(ids);
        assertThat(batch.found().get(ids.get(649)).fiscalCode()).isEqualTo("CF649");
        assertThat(shop.requests().count("customers")).isEqualTo(2);
        assertThat(shop.requests().count("addresses")).isEqualTo(2);
        assertThat(filterSizes("customers", "id")).containsExactly(500, 150);
        assertThat(filterSizes("addresses", "id_customer")).containsExactly(500, 150);
    }

    @Override
    protected PrestaShopTestServer startShop() {
        return new PrestaShopTestServer().start();
    }

    @Override
    protected String newCustomer(String name) {
        return "" + customer(name);
    }

    private int customer(String name) {
        return shop.data().addCustomer(CustomerSpec.registered(name, "Rossi", name + "@example.it").dateAdd(T0));
    }

    private static AddressSpec address(int customer, LocalDateTime dateUpd) {
        return AddressSpec.of(customer, "Mario", "Rossi", "Via Roma 1", "20121", "Milano", COUNTRY_IT).dateAdd(T0)
                .dateUpd(dateUpd);
    }

    /** How many values each request on the resource had in {@code filter[field]}. */
    private List<Integer> filterSizes(String resource, String field) {
        var sizes = new ArrayList<Integer>();
        for (URI uri : shop.requests().recentUris()) {
            if (!uri.getPath().equals("/api/" + resource)) {
                continue;
            }
            Matcher m = FILTER.matcher(URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8));
            while (m.find()) {
                if (m.group(1).equals(field)) {
                    sizes.add(m.group(2).split("\\|").length);
                }
            }
        }
        return sizes;
    }

    @Override
    protected String customersResource() {
        return "customers";
    }

    @Override
    protected PrestaShopAdapter adapter(RemoteHttp.RetryPolicy policy) {
        return new PrestaShopAdapter(new ShopConnection(0, Marketplace.PRESTASHOP, shop.shopUrl(), shop.apiKey(), null),
                new RemoteHttp(RemoteHttp.newClient(), policy));
    }
}
