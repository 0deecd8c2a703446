package it.crocevia.connector.magento;

import static it.crocevia.testserver.magento.MagentoDefaults.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.boundary.StructureItem;
import it.crocevia.connector.boundary.StructureItem.Kind;
import it.crocevia.connector.control.QuickHttp;
import it.crocevia.testserver.magento.MagentoTestServer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Aggiorna Account" on Magento: {@link MagentoAdapter#structure()} against the test server. */
class MagentoStructureTest {

    private MagentoTestServer shop;

    @BeforeEach
    void start() {
        shop = new MagentoTestServer().start();
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void theStoresEnabledCategoriesAreNamedByTheirPathWithTheirParentAsCode() {
        int polo = shop.data().addCategory(CATEGORY_CLOTHES, "Polo", null);

        assertThat(categories(shop.accessToken(), "default"))
                .extracting(StructureItem::remoteId, StructureItem::code, StructureItem::name)
                .containsExactly(tuple("2", null, "Default Category"), tuple("3", "2", "Default Category > Abbigliamento"),
                        tuple("4", "3", "Default Category > Abbigliamento > Magliette"),
                        tuple(Integer.toString(polo), "3", "Default Category > Abbigliamento > Polo"),
                        tuple("5", "2", "Default Category > Casa e cucina"),
                        tuple("6", "5", "Default Category > Casa e cucina > Caffè"));
    }

    @Test
    void theNamesAreTheAccountStoreViews() {
        assertThat(categories(shop.accessToken(), "en")).extracting(StructureItem::name)
                .contains("Default Category > Clothing > T-shirts");
    }

    @Test
    void aTokenThatMayNotReadCategoriesStillReadsTheRest() {
        String token = "nocategories00000000000000000000";
        shop.addToken(token, Set.of("Magento_Backend::store", "Magento_Tax::manage_tax"));

        assertThat(adapter(token, "default").structure()).noneMatch(item -> item.kind() == Kind.CATEGORY)
                .anyMatch(item -> item.kind() == Kind.STORE);
    }

    private List<StructureItem> categories(String token, String store) {
        return adapter(token, store).structure().stream().filter(item -> item.kind() == Kind.CATEGORY).toList();
    }

    private MagentoAdapter adapter(String token, String store) {
        return new MagentoAdapter(new ShopConnection(0, Marketplace.MAGENTO, shop.shopUrl(), token, store),
                QuickHttp.remoteHttp());
    }
}
