package it.crocevia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.MarketplaceTarget;
import it.crocevia.account.boundary.PublishMethod;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.platform.boundary.ConcurrentChangeException;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.SecretBox;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Gestione Account" in the server, against MariaDB: what the boundary stores, read back
 * with plain SQL, and what it refuses.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PRESTASHOP_KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AccountServiceIT.class, RoleRunner.class, AsAdmin.class, AsOperator.class,
                AsViewer.class);
    }

    @Inject
    ShopAccounts accounts;

    @Inject
    SecretBox secrets;

    @Inject
    AsAdmin admin;

    @Inject
    AsOperator operator;

    @Inject
    AsViewer viewer;

    @Resource(lookup = "java:jboss/datasources/CroceviaDS")
    DataSource dataSource;

    @PersistenceContext(unitName = "crocevia-ejb.jar#crocevia")
    EntityManager em;

    @Test
    void persistenceGoesThroughEclipseLinkToMariaDb() throws Exception {
        assertTrue(em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence"),
                () -> "JPA provider is " + em.getDelegate().getClass().getName());
        try (var c = dataSource.getConnection()) {
            assertTrue(c.getMetaData().getDatabaseProductVersion().contains("MariaDB"),
                    c.getMetaData().getDatabaseProductVersion());
        }
        var created = operator.call(() -> accounts.create(prestashop(unique("EclipseLink"))));
        assertEquals(created.getDescription(), row(created.getId()).get("description"));
    }

    @Test
    void createStoresEverySettingAndEncryptsTheKey() throws Exception {
        var input = prestashop(unique("Negozio"));
        input.setShopUrl("https://shop.example.it/");
        input.setPublishMethod(PublishMethod.CSV);
        input.setWarehouseCode("MAG1");
        input.setSyncOrders(true);
        input.setOrderStates("2, 3,4");
        input.setOrdersFrom(LocalDate.of(2026, 1, 15));
        input.setUpdateCustomers(true);
        input.setOrderSyncMinutes(15);
        input.setCustomerSyncTime(LocalTime.of(2, 30));
        input.setSendEmail(true);
        input.setNotificationEmails("ordini@example.it");

        var created = operator.call(() -> accounts.create(input));

        var row = row(created.getId());
        assertEquals("PRESTASHOP", row.get("platform"));
        assertEquals("https://shop.example.it", row.get("shop_url"), "trailing slash removed");
        assertEquals("CSV", row.get("publish_method"));
        assertEquals("MAG1", row.get("warehouse_code"));
        assertEquals("2, 3,4", row.get("order_states"));
        assertEquals(true, row.get("sync_orders"));
        assertEquals(true, row.get("update_customers"));
        assertEquals(15, row.get("order_sync_minutes"));
        assertEquals("ordini@example.it", row.get("notification_emails"));
        assertNull(row.get("merchant_id"), "a PrestaShop account has no Merchant Center id");

        String stored = (String) row.get("secret_ciphertext");
        assertFalse(stored.contains(PRESTASHOP_KEY), "the key is not stored in clear");
        assertFalse(stored.contains(PRESTASHOP_KEY.substring(0, 8)), "no part of the key is stored in clear");
        assertTrue(stored.startsWith("v1:"));
        assertEquals(PRESTASHOP_KEY, secrets.decrypt(stored, "shop-account.secret"));

        assertNull(created.getSecret(), "the key never comes back");
        assertEquals("••••••••2345", created.getSecretMasked());

        var audit = auditLines(created.getId());
        assertEquals(List.of("ACCOUNT_CREATED by it-operator"), audit);
    }

    @Test
    void copyKeepsEverySettingUnderCopiaDi() throws Exception {
        var google = new AccountDetails();
        google.setDescription(unique("Google"));
        google.setPlatform(Marketplace.GOOGLE_SHOPPING);
        google.setShopUrl("https://www.example.it");
        google.setMerchantId("123456789");
        google.setWarehouseCode("MAG2");
        google.setMarketplaces(List.of(new MarketplaceTarget("IT", "it"), new MarketplaceTarget("de", "DE")));
        var original = operator.call(() -> accounts.create(google));

        var copy = operator.call(() -> accounts.copy(original.getId()));
        var second = operator.call(() -> accounts.copy(original.getId()));

        assertEquals("Copia di " + google.getDescription(), copy.getDescription());
        assertEquals("Copia di " + google.getDescription() + " (2)", second.getDescription());
        var a = row(original.getId());
        var b = row(copy.getId());
        for (String column : List.of("platform", "shop_url", "merchant_id", "warehouse_code", "send_email",
                "backup_before_publish", "backup_retention_days")) {
            assertEquals(a.get(column), b.get(column), column);
        }
        assertEquals(List.of("DE/de", "IT/it"), markets(copy.getId()));
        assertEquals(markets(original.getId()), markets(copy.getId()));
        assertEquals(List.of("ACCOUNT_COPIED by it-operator"), auditLines(copy.getId()));
    }

    @Test
    void copyCarriesTheCredential() throws Exception {
        var original = operator.call(() -> accounts.create(prestashop(unique("Chiave"))));
        var copy = operator.call(() -> accounts.copy(original.getId()));
        assertEquals(PRESTASHOP_KEY, secrets.decrypt((String) row(copy.getId()).get("secret_ciphertext"),
                "shop-account.secret"));
        assertEquals(original.getSecretMasked(), copy.getSecretMasked());
    }

    @Test
    void onlyAdministratorsDelete() throws Exception {
        var created = operator.call(() -> accounts.create(prestashop(unique("Da eliminare"))));

        assertThrows(EJBAccessException.class, () -> operator.run(() -> accounts.delete(created.getId())));
        assertFalse(row(created.getId()).isEmpty(), "still there after the operator's attempt");

        admin.run(() -> accounts.delete(created.getId()));
        assertTrue(row(created.getId()).isEmpty());
        assertEquals(List.of("ACCOUNT_DELETED by it-admin", "ACCOUNT_CREATED by it-operator"),
                auditLines(created.getId()));
    }

    @Test
    void viewersReadButChangeNothing() throws Exception {
        var created = operator.call(() -> accounts.create(prestashop(unique("Consultabile"))));
        assertEquals(created.getDescription(), viewer.call(() -> accounts.find(created.getId())).getDescription());
        assertTrue(viewer.call(accounts::list).stream().anyMatch(a -> a.id() == created.getId()));

        int before = count();
        assertThrows(EJBAccessException.class, () -> viewer.call(() -> accounts.create(prestashop(unique("No")))));
        assertThrows(EJBAccessException.class, () -> viewer.call(() -> accounts.copy(created.getId())));
        assertThrows(EJBAccessException.class, () -> viewer.run(() -> accounts.delete(created.getId())));
        assertEquals(before, count());
    }

    @Test
    void invalidInputIsRefusedWithEveryReasonAndStoresNothing() throws Exception {
        var bad = new AccountDetails();
        bad.setPlatform(Marketplace.PRESTASHOP);
        bad.setShopUrl("not a url");
        bad.setSecret("too-short");
        bad.setSendEmail(true);
        bad.setNotificationEmails("ordini@example.it, nobody");
        bad.setOrderSyncMinutes(2);
        int before = count();

        var e = assertThrows(InvalidInputException.class, () -> operator.call(() -> accounts.create(bad)));

        assertEquals(Map.of(
                "description", "account.description.required",
                "shopUrl", "account.shopUrl.invalid",
                "secret", "account.secret.invalid.prestashop",
                "notificationEmails", "account.notificationEmails.invalid",
                "orderSyncMinutes", "account.orderSyncMinutes.range"), keys(e.violations()));
        assertEquals(before, count());
    }

    @Test
    void descriptionsAreUniqueWhateverTheCase() throws Exception {
        String name = unique("Unico");
        operator.call(() -> accounts.create(prestashop(name)));
        var e = assertThrows(InvalidInputException.class,
                () -> operator.call(() -> accounts.create(prestashop(name.toUpperCase()))));
        assertEquals(Map.of("description", "account.description.taken"), keys(e.violations()));
    }

    @Test
    void updateKeepsTheStoredKeyWhenNoneIsTypedAndRefusesStaleVersions() throws Exception {
        var created = operator.call(() -> accounts.create(prestashop(unique("Modifica"))));
        String storedBefore = (String) row(created.getId()).get("secret_ciphertext");

        var edit = operator.call(() -> accounts.find(created.getId()));
        edit.setWarehouseCode("MAG9");
        edit.setSecret("");
        var saved = operator.call(() -> accounts.update(created.getId(), edit));

        assertEquals("MAG9", row(created.getId()).get("warehouse_code"));
        assertEquals(storedBefore, row(created.getId()).get("secret_ciphertext"));
        assertNotEquals(created.getVersion(), saved.getVersion());
        assertTrue(auditLines(created.getId()).contains("ACCOUNT_UPDATED by it-operator"));

        edit.setWarehouseCode("MAG10");
        assertThrows(ConcurrentChangeException.class,
                () -> operator.call(() -> accounts.update(created.getId(), edit)));
        assertEquals("MAG9", row(created.getId()).get("warehouse_code"));
    }

    private static AccountDetails prestashop(String description) {
        var d = new AccountDetails();
        d.setDescription(description);
        d.setPlatform(Marketplace.PRESTASHOP);
        d.setShopUrl("https://shop.example.it");
        d.setSecret(PRESTASHOP_KEY);
        return d;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> keys(List<Violation> violations) {
        var map = new LinkedHashMap<String, String>();
        violations.forEach(v -> map.put(v.field(), v.messageKey()));
        return map;
    }

    private Map<String, Object> row(long id) throws SQLException {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("SELECT * FROM shop_account WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                var row = new LinkedHashMap<String, Object>();
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                }
                return row;
            }
        }
    }

    private List<String> markets(long id) throws SQLException {
        return strings("SELECT CONCAT(country, '/', language) FROM shop_account_marketplace WHERE account_id = ? "
                + "ORDER BY country", id);
    }

    private List<String> auditLines(long id) throws SQLException {
        return strings("SELECT CONCAT(action, ' by ', actor) FROM audit_entry WHERE target_type = 'ShopAccount' "
                + "AND target_id = ? ORDER BY id DESC", id);
    }

    private List<String> strings(String sql, long id) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(sql)) {
            s.setString(1, Long.toString(id));
            try (ResultSet rs = s.executeQuery()) {
                var out = new ArrayList<String>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }

    private int count() throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM shop_account")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
