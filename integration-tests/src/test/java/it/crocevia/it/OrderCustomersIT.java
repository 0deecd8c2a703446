package it.crocevia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.crocevia.connector.boundary.OrderPage;
import it.crocevia.connector.boundary.RemoteAddress;
import it.crocevia.connector.boundary.RemoteCustomer;
import it.crocevia.connector.boundary.RemoteOrder;
import it.crocevia.connector.boundary.RemoteOrderLine;
import it.crocevia.customer.boundary.OrderCustomers;
import it.crocevia.order.control.OrderImporter;
import it.crocevia.order.control.SyncRuns;
import it.crocevia.order.entity.SyncRun;
import it.crocevia.platform.boundary.IdBlocks;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer records of an order import are read and written with plain JDBC, not as managed
 * entities: in the server, against MariaDB, a changed record is written back with its history and
 * a new version, and a record someone else changed meanwhile fails the page instead of losing
 * that change (what JPA's optimistic check did before). A customer's binding is marked as synced
 * once a run, not once for each page with one of their orders. A page whose record was changed
 * meanwhile is read and stored again instead of failing the run.
 */
@ExtendWith(ArquillianExtension.class)
class OrderCustomersIT {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(OrderCustomersIT.class);
    }

    @Inject
    OrderCustomers customers;

    @Resource
    UserTransaction transaction;

    @Inject
    OrderImporter importer;

    @Inject
    SyncRuns runs;

    /** Autocommit, outside any transaction: another writer, such as the console. */
    @Resource(lookup = IdBlocks.SEQUENCE_DATA_SOURCE)
    DataSource outside;

    private long accountId;
    private String email;
    private long customerId;

    @BeforeEach
    void aRecordWithAnEmail() throws Exception {
        accountId = 900_000 + ThreadLocalRandom.current().nextInt(100_000);
        email = "lucia." + UUID.randomUUID() + "@example.it";
        customerId = IdBlocks.allocate(outside, "customer", 1);
        update("INSERT INTO customer (id, version, email, first_name, last_name, phone, created_at, updated_at) "
                + "VALUES (?, 0, ?, 'Lucia', 'Bianchi', '0200000000', ?, ?)", customerId, email, NOW.minusDays(1),
                NOW.minusDays(1));
    }

    @Test
    void aChangedRecordIsWrittenWithItsHistoryAndANewVersion() throws Exception {
        transaction.begin();
        var page = customers.resolver(new OrderCustomers.Run(accountId), customers.read(accountId, List.of(lucia())),
                OrderCustomers.Records.NONE);
        var match = page.resolve(lucia(), "order #1 of Test", NOW);
        page.write();
        transaction.commit();

        assertEquals(customerId, match.customerId());
        assertTrue(match.updated());
        assertEquals(List.of("3331234567", "1"), strings("SELECT phone, version FROM customer WHERE id = ?",
                customerId));
        assertEquals(List.of("phone", "0200000000", "3331234567", "order #1 of Test"), strings(
                "SELECT field, old_value, new_value, source FROM customer_change WHERE customer_id = ?", customerId));
        assertEquals(List.of(String.valueOf(customerId)), strings(
                "SELECT customer_id FROM customer_binding WHERE account_id = ? AND remote_id = '77'", accountId));
    }

    @Test
    void aRecordChangedMeanwhileFailsThePageAndKeepsThatChange() throws Exception {
        transaction.begin();
        try {
            var page = customers.resolver(new OrderCustomers.Run(accountId), customers.read(accountId, List.of(lucia())),
                    OrderCustomers.Records.NONE);
            page.resolve(lucia(), "order #1 of Test", NOW);
            // the console saves the record after the import read it
            update("UPDATE customer SET version = version + 1, phone = '0299999999' WHERE id = ?", customerId);

            var failure = assertThrows(OptimisticLockException.class, page::write);
            assertTrue(failure.getMessage().contains("Customer record " + customerId), failure::getMessage);
        } finally {
            transaction.rollback();
        }

        assertEquals(List.of("0299999999", "1"), strings("SELECT phone, version FROM customer WHERE id = ?",
                customerId));
        assertEquals(List.of(), strings("SELECT field FROM customer_change WHERE customer_id = ?", customerId));
    }

    @Test
    void aPageWhoseRecordWasChangedMeanwhileIsReadAndStoredAgain() throws Exception {
        long runId = runs.begin(accountId, SyncRun.Kind.ORDERS, "test", SyncRun.Trigger.MANUAL);
        try {
            var run = new OrderImporter.Run(runId, accountId, "Test");
            var page = new OrderPage(List.of(order("9001")), List.of(), true);
            var read = importer.lookUp(accountId, page);
            // the console saves the record after the page's lookups read it
            update("UPDATE customer SET version = version + 1, company = 'Bianchi srl' WHERE id = ?", customerId);

            importer.storePage(run, page, read, OrderImporter.PageData.NONE);
        } finally {
            runs.end(runId, SyncRun.Status.COMPLETED, null);
        }

        assertEquals(List.of(String.valueOf(customerId)), strings(
                "SELECT customer_id FROM shop_order WHERE account_id = ? AND remote_id = '9001'", accountId));
        assertEquals(List.of("3331234567", "Bianchi srl", "2"), strings(
                "SELECT phone, company, version FROM customer WHERE id = ?", customerId),
                "the order's change and the console's, neither lost");
        assertEquals(List.of("1", "1", "0"), strings(
                "SELECT imported, customers_updated, customers_created FROM sync_run WHERE id = ?", runId),
                "counted once");
    }

    private RemoteOrder order(String remoteId) {
        var address = new RemoteAddress("Lucia", "Bianchi", null, null, null, "Via Roma 1", "40121", "Bologna", "BO",
                "IT", "3331234567");
        return new RemoteOrder(remoteId, "REF" + remoteId, lucia(), "2", "Pagamento accettato", "EUR",
                new BigDecimal("12.20"), new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("2.20"), "Bonifico", "Corriere", address, address, NOW, NOW,
                List.of(new RemoteOrderLine("CAF-1", null, "Caffè", BigDecimal.ONE, new BigDecimal("10.00"),
                        new BigDecimal("12.20"), new BigDecimal("12.20"))));
    }

    @Test
    void aBindingIsMarkedAsSyncedOnceARun() throws Exception {
        update("INSERT INTO customer_binding (account_id, remote_id, customer_id, synced_at) VALUES (?, '77', ?, ?)",
                accountId, customerId, NOW.minusDays(1));
        var firstRun = new OrderCustomers.Run(accountId);
        storePage(firstRun, NOW.plusSeconds(1));
        assertEquals(List.of(NOW.plusSeconds(1).toString()), syncedAt());

        storePage(firstRun, NOW.plusSeconds(2)); // the same customer on a later page of the run
        assertEquals(List.of(NOW.plusSeconds(1).toString()), syncedAt());

        storePage(new OrderCustomers.Run(accountId), NOW.plusSeconds(4));
        assertEquals(List.of(NOW.plusSeconds(4).toString()), syncedAt());
    }

    private void storePage(OrderCustomers.Run run, LocalDateTime at) throws Exception {
        transaction.begin();
        var page = customers.resolver(run, customers.read(accountId, List.of(lucia())), OrderCustomers.Records.NONE);
        assertEquals(customerId, page.resolve(lucia(), "order #1 of Test", at).customerId());
        page.write();
        transaction.commit();
        run.pageCommitted();
    }

    private List<String> syncedAt() throws SQLException {
        try (var c = outside.getConnection(); var s = c.prepareStatement(
                "SELECT synced_at FROM customer_binding WHERE account_id = ? AND remote_id = '77'")) {
            s.setLong(1, accountId);
            try (var rs = s.executeQuery()) {
                var values = new ArrayList<String>();
                while (rs.next()) {
                    values.add(rs.getObject(1, LocalDateTime.class).toString());
                }
                return values;
            }
        }
    }

    private RemoteCustomer lucia() {
        return new RemoteCustomer("77", false, email, "Lucia", "Bianchi", null, null, null, "3331234567");
    }

    private void update(String sql, Object... params) throws SQLException {
        try (var c = outside.getConnection(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    /** Every column of every row, in order, as text. */
    private List<String> strings(String sql, Object... params) throws SQLException {
        try (var c = outside.getConnection(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            var out = new ArrayList<String>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.add(rs.getString(i));
                    }
                }
            }
            return out;
        }
    }
}
