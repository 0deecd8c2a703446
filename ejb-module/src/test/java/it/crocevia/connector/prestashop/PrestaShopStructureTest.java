package it.crocevia.connector.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.boundary.StructureItem;
import it.crocevia.connector.boundary.StructureItem.Kind;
import it.crocevia.connector.control.QuickHttp;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Aggiorna Account" on PrestaShop: {@link PrestaShopAdapter#structure()} against the test server. */
class PrestaShopStructureTest {

    private PrestaShopTestServer shop;

    @BeforeEach
    void start() {
        shop = new PrestaShopTestServer().start();
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void theEnabledCategoriesBelowRootAreNamedByTheirPathWithTheirParentAsCode() {
        int old = shop.data().addCategory(CATEGORY_ARCHIVE, "Vecchi modelli", "Old models");

        List<StructureItem> categories = adapter(shop.apiKey()).structure().stream()
                .filter(item -> item.kind() == Kind.CATEGORY).toList();

        assertThat(categories).extracting(StructureItem::remoteId, StructureItem::code, StructureItem::name)
                .containsExactly(tuple("2", null, "Home"), tuple("3", "2", "Home > Abbigliamento"),
                        tuple("4", "3", "Home > Abbigliamento > Magliette"), tuple("5", "2", "Home > Casa e cucina"),
                        tuple("6", "5", "Home > Casa e cucina > Caffè"),
                        tuple(Integer.toString(old), Integer.toString(CATEGORY_ARCHIVE), "Home > Archivio > Vecchi modelli"));
    }

    @Test
    void theTaxRuleGroupsAreReadNow() {
        assertThat(adapter(shop.apiKey()).structure()).filteredOn(item -> item.kind() == Kind.TAX_RULE)
                .extracting(StructureItem::name).startsWith("IT Standard Rate (22%)", "IT Reduced Rate (10%)");
    }

    @Test
    void aKeyThatMayNotReadCategoriesStillReadsTheRest() {
        String key = "NOCATEGORIES0123456789ABCDEFGHIJ";
        shop.addKey(key, Set.of("languages", "currencies", "order_states", "carriers", "countries"));

        List<StructureItem> items = adapter(key).structure();

        assertThat(items).noneMatch(item -> item.kind() == Kind.CATEGORY || item.kind() == Kind.TAX_RULE)
                .anyMatch(item -> item.kind() == Kind.COUNTRY);
    }

    private PrestaShopAdapter adapter(String key) {
        return new PrestaShopAdapter(new ShopConnection(0, Marketplace.PRESTASHOP, shop.shopUrl(), key, null),
                QuickHttp.remoteHttp());
    }
}
