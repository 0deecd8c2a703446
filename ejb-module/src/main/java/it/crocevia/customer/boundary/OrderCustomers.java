package it.crocevia.customer.boundary;

import it.crocevia.connector.boundary.RemoteCustomer;
import it.crocevia.customer.control.CustomerUpdater;
import it.crocevia.customer.control.NameMatch;
import it.crocevia.customer.entity.Customer;
import it.crocevia.customer.entity.CustomerChange;
import it.crocevia.platform.boundary.BulkInsert;
import it.crocevia.platform.boundary.IdBlocks;
import it.crocevia.platform.boundary.InList;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The customer rules of an order import (seed 001, "Aggiornamento anagrafiche"):
 * <ul>
 * <li>a <b>registered</b> customer of the platform → the record bound to them, else the record with
 * that e-mail (the one with the same name first, else the oldest); it is updated with the order's data;</li>
 * <li>a <b>guest</b> → the record with that e-mail <em>and</em> the same first and last name (updated
 * if needed), otherwise a new record: several records may share one e-mail;</li>
 * <li>no record with that e-mail → a new one.</li>
 * </ul>
 * A guest match only attaches the order; it never binds the platform's customer id. Every change of
 * an existing record is kept in its history.
 *
 * <p>A page of orders is resolved against records read in three queries, not one per order: the
 * page's bindings, the records bound to them, and by e-mail the records that guests and unbound
 * customers may match (a bound customer needs no e-mail lookup); records created for earlier
 * orders of the page are found too. The
 * records are read and written with plain JDBC in the importing transaction, not as managed
 * entities: most candidates of a page are read only to be found unchanged, and JPA's copy and
 * comparison of each of them at the flush took a fifth of an import's time. A changed record is
 * written back with an optimistic check of its version, as JPA would.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderCustomers {

    private static final String COLUMNS = "id, version, email, first_name, last_name, company, vat_number, "
            + "fiscal_code, phone";

    @Resource(lookup = "java:jboss/datasources/CroceviaDS")
    DataSource data;

    @Resource(lookup = IdBlocks.SEQUENCE_DATA_SOURCE)
    DataSource sequences;

    /**
     * Customer records as a page of orders sees them: the records its customers may match and the
     * platform's customer ids bound to them. Read ahead, it is brought up to date with what the page
     * before wrote ({@link #resolver}); that is also what {@link Resolver#written()} returns.
     */
    public record Records(List<Customer> customers, Map<String, Long> bindings) {

        public static final Records NONE = new Records(List.of(), Map.of());
    }

    /**
     * What the rules keep from page to page of one import run: its account, the bindings it has
     * written or marked as synced (not written again by a later page) and the ids its new records
     * and history entries take. A page's bindings count once the page has committed.
     */
    public static final class Run {

        private final long accountId;
        private final Set<String> syncedBindings = new HashSet<>();
        private final Set<String> pageBindings = new HashSet<>();
        private final IdBlocks.Reserve customerIds = new IdBlocks.Reserve("customer", 100, 10_000);
        private final IdBlocks.Reserve changeIds = new IdBlocks.Reserve("customer_change", 0, 10_000);

        public Run(long accountId) {
            this.accountId = accountId;
        }

        /** The page being stored committed: the bindings it wrote are synced for the rest of the run. */
        public void pageCommitted() {
            syncedBindings.addAll(pageBindings);
            pageBindings.clear();
        }

        /** The page being stored rolled back: what it wrote of the bindings is gone with it. */
        public void pageRolledBack() {
            pageBindings.clear();
        }
    }

    /**
     * Reads the records the given customers may match, outside any transaction: an import reads the
     * next page's while it stores the page before, which may commit before or after these reads.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Records read(long accountId, Collection<RemoteCustomer> customers) {
        Set<String> remoteIds = customers.stream().filter(c -> !c.guest() && c.remoteId() != null)
                .map(RemoteCustomer::remoteId).collect(Collectors.toSet());
        var found = new LinkedHashMap<Long, Customer>();
        Map<String, Long> bound = new HashMap<>();
        InList.Row record = rs -> found.put(rs.getLong(1), Customer.read(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
        try (Connection c = data.getConnection()) {
            InList.select(c, "SELECT remote_id, customer_id FROM customer_binding FORCE INDEX (PRIMARY) "
                    + "WHERE account_id = ? AND remote_id IN (" + InList.marks(remoteIds.size()) + ")",
                    List.of(accountId), remoteIds, rs -> bound.put(rs.getString(1), rs.getLong(2)));
            var boundIds = Set.copyOf(bound.values());
            InList.select(c, "SELECT " + COLUMNS + " FROM customer FORCE INDEX (PRIMARY) WHERE id IN ("
                    + InList.marks(boundIds.size()) + ")", List.of(), boundIds, record);
            // A bound customer is matched by the binding alone: only the others are looked for by e-mail.
            Set<String> emails = customers.stream().filter(cu -> cu.guest() || !bound.containsKey(cu.remoteId()))
                    .map(cu -> key(cu.email())).collect(Collectors.toSet());
            InList.select(c, "SELECT " + COLUMNS + " FROM customer FORCE INDEX (ix_customer_email) WHERE email IN ("
                    + InList.marks(emails.size()) + ")", List.of(), emails, record);
        } catch (SQLException e) {
            throw new PersistenceException("Reading the customer records of " + customers.size() + " orders failed",
                    e);
        }
        return new Records(List.copyOf(found.values()), bound);
    }

    /**
     * The rules over records read by {@link #read}, brought up to date with what the page before
     * wrote: its new and changed records (replacing what was read of them) and its new bindings.
     */
    public Resolver resolver(Run run, Records read, Records writtenBefore) {
        var resolver = new Resolver(data, sequences, run);
        read.customers().forEach(resolver::known);
        writtenBefore.customers().forEach(resolver::known);
        resolver.bindings.putAll(read.bindings());
        resolver.bindings.putAll(writtenBefore.bindings());
        return resolver;
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Applies the rules to the orders of one page, in the importing transaction. */
    public static final class Resolver {

        private final DataSource data;
        private final DataSource sequences;
        private final Run run;
        private final Set<Customer> created = new LinkedHashSet<>();
        private final Set<Customer> updated = new LinkedHashSet<>();
        private final List<CustomerChange> changes = new ArrayList<>();
        private final Map<String, Long> createdBindings = new LinkedHashMap<>();
        private final Set<String> touchedBindings = new LinkedHashSet<>();
        private LocalDateTime touchedAt;
        private final Map<String, List<Customer>> byEmail = new HashMap<>();
        private final Map<Long, Customer> byId = new HashMap<>();
        private final Map<String, Long> bindings = new HashMap<>();

        private Resolver(DataSource data, DataSource sequences, Run run) {
            this.data = data;
            this.sequences = sequences;
            this.run = run;
        }

        private long newId() {
            try {
                return run.customerIds.take(sequences, 1);
            } catch (SQLException e) {
                throw new PersistenceException("No customer ids", e);
            }
        }

        /** Adds a record, or replaces what was known of it; each e-mail's records stay in id order. */
        private void known(Customer c) {
            Customer before = byId.put(c.getId(), c);
            if (before != null) {
                byEmail.getOrDefault(key(before.getEmail()), new ArrayList<>()).remove(before);
            }
            var sameEmail = byEmail.computeIfAbsent(key(c.getEmail()), k -> new ArrayList<>());
            int at = 0;
            while (at < sameEmail.size() && sameEmail.get(at).getId() < c.getId()) {
                at++;
            }
            sameEmail.add(at, c);
        }

        /** What {@link #write()} wrote: the new and changed records as they now are, and the new bindings. */
        public Records written() {
            var customers = new ArrayList<Customer>(created);
            customers.addAll(updated);
            return new Records(customers, Map.copyOf(createdBindings));
        }

        /**
         * Writes what this page did to the customer records, before the orders that point to them:
         * the new records, the changed ones (each only if nobody changed it since it was read, else
         * the page fails as a JPA flush would), the new bindings and the change history, each table
         * as one {@link BulkInsert}; and it marks the page's known bindings as synced with one UPDATE,
         * leaving out those the run wrote or marked on an earlier page: a binding is written once a
         * run, not once for each page with one of that customer's orders.
         */
        public void write() {
            try (Connection c = data.getConnection()) {
                insertCreated(c);
                writeUpdated(c);
                insertBindings(c);
                run.pageBindings.addAll(createdBindings.keySet());
                insertChanges(c);
                markTouchedBindings(c);
                run.pageBindings.addAll(touchedBindings);
            } catch (SQLException e) {
                throw new PersistenceException("Storing the customer records of a page failed (" + created.size()
                        + " new, " + updated.size() + " changed)", e);
            }
        }

        private void insertCreated(Connection c) throws SQLException {
            if (created.isEmpty()) {
                return;
            }
            try (var insert = BulkInsert.into(c, "customer", COLUMNS + ", source_account_id, created_at, updated_at")) {
                PreparedStatement s = insert.row();
                for (Customer r : created) {
                    int p = bindValues(s, r);
                    s.setObject(p++, r.getSourceAccountId());
                    s.setObject(p++, r.getCreatedAt());
                    s.setObject(p, r.getUpdatedAt());
                    s.addBatch();
                }
                insert.execute();
            }
        }

        private void writeUpdated(Connection c) throws SQLException {
            if (updated.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE customer SET version = version + 1, email = ?, "
                    + "first_name = ?, last_name = ?, company = ?, vat_number = ?, fiscal_code = ?, phone = ?, "
                    + "updated_at = ? WHERE id = ? AND version = ?")) {
                for (Customer r : updated) {
                    int p = bindDetails(s, 1, r);
                    s.setObject(p++, r.getUpdatedAt());
                    s.setLong(p++, r.getId());
                    s.setLong(p, r.getVersion());
                    s.addBatch();
                }
                int[] counts = s.executeBatch();
                var records = new ArrayList<>(updated);
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw new OptimisticLockException("Customer record " + records.get(i).getId()
                                + " was changed by someone else while the orders were being imported");
                    }
                }
                updated.forEach(Customer::versionWritten);
            }
        }

        private void insertBindings(Connection c) throws SQLException {
            if (createdBindings.isEmpty()) {
                return;
            }
            try (var insert = BulkInsert.into(c, "customer_binding", "account_id, remote_id, customer_id, synced_at")) {
                PreparedStatement s = insert.row();
                for (var binding : createdBindings.entrySet()) {
                    s.setLong(1, run.accountId);
                    s.setString(2, binding.getKey());
                    s.setLong(3, binding.getValue());
                    s.setObject(4, touchedAt);
                    s.addBatch();
                }
                insert.execute();
            }
        }

        private void insertChanges(Connection c) throws SQLException {
            if (changes.isEmpty()) {
                return;
            }
            long id = run.changeIds.take(sequences, changes.size());
            try (var insert = BulkInsert.into(c, "customer_change",
                    "id, customer_id, changed_at, field, old_value, new_value, source")) {
                PreparedStatement s = insert.row();
                for (CustomerChange change : changes) {
                    s.setLong(1, id++);
                    s.setLong(2, change.getCustomerId());
                    s.setObject(3, change.getChangedAt());
                    s.setString(4, change.getField());
                    s.setString(5, change.getOldValue());
                    s.setString(6, change.getNewValue());
                    s.setString(7, change.getSource());
                    s.addBatch();
                }
                insert.execute();
            }
        }

        private void markTouchedBindings(Connection c) throws SQLException {
            if (touchedBindings.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE customer_binding SET synced_at = ? "
                    + "WHERE account_id = ? AND remote_id IN (" + InList.marks(touchedBindings.size()) + ")")) {
                int p = 1;
                s.setObject(p++, touchedAt);
                s.setLong(p++, run.accountId);
                for (String id : touchedBindings) {
                    s.setString(p++, id);
                }
                s.executeUpdate();
            }
        }

        /** Binds {@link #COLUMNS}. */
        private static int bindValues(PreparedStatement s, Customer r) throws SQLException {
            s.setLong(1, r.getId());
            s.setLong(2, r.getVersion());
            return bindDetails(s, 3, r);
        }

        /** Binds e-mail, names, company, VAT number, fiscal code and phone, from {@code p}. */
        private static int bindDetails(PreparedStatement s, int p, Customer r) throws SQLException {
            s.setString(p++, r.getEmail());
            s.setString(p++, r.getFirstName());
            s.setString(p++, r.getLastName());
            s.setString(p++, r.getCompany());
            s.setString(p++, r.getVatNumber());
            s.setString(p++, r.getFiscalCode());
            s.setString(p++, r.getPhone());
            return p;
        }

        public CustomerMatch resolve(RemoteCustomer remote, String source, LocalDateTime now) {
            var values = CustomerUpdater.Values.of(remote);
            Optional<Customer> existing = remote.guest() ? sameEmailAndName(remote) : registered(remote);
            if (existing.isPresent()) {
                Customer customer = existing.get();
                String emailBefore = key(customer.getEmail());
                // A guest was matched because the names are the same (up to case and accents): keep ours.
                var update = remote.guest() ? new CustomerUpdater.Values(values.email(), null, null,
                        values.company(), values.vatNumber(), values.fiscalCode(), values.phone()) : values;
                var applied = CustomerUpdater.apply(customer, update, source, now);
                if (!applied.isEmpty()) {
                    changes.addAll(applied);
                    if (!created.contains(customer)) {
                        updated.add(customer);
                    }
                }
                if (!emailBefore.equals(key(customer.getEmail()))) {
                    byEmail.getOrDefault(emailBefore, new ArrayList<>()).remove(customer);
                    byEmail.computeIfAbsent(key(customer.getEmail()), k -> new ArrayList<>()).add(customer);
                }
                if (!remote.guest()) {
                    bind(remote.remoteId(), customer.getId(), now);
                }
                return new CustomerMatch(customer.getId(), false, !applied.isEmpty());
            }
            var customer = new Customer(remote.email(), run.accountId, now);
            CustomerUpdater.apply(customer, values, source, now);
            customer.assignId(newId());
            created.add(customer);
            known(customer);
            if (!remote.guest()) {
                bind(remote.remoteId(), customer.getId(), now);
            }
            return new CustomerMatch(customer.getId(), true, false);
        }

        private Optional<Customer> registered(RemoteCustomer remote) {
            if (remote.remoteId() != null) {
                Long bound = bindings.get(remote.remoteId());
                if (bound != null && byId.containsKey(bound)) {
                    return Optional.of(byId.get(bound));
                }
            }
            List<Customer> sameEmail = byEmail.getOrDefault(key(remote.email()), List.of());
            return sameEmail.stream()
                    .filter(c -> NameMatch.same(c.getFirstName(), c.getLastName(), remote.firstName(),
                            remote.lastName()))
                    .findFirst()
                    .or(() -> sameEmail.stream().min((a, b) -> Long.compare(a.getId(), b.getId())));
        }

        private Optional<Customer> sameEmailAndName(RemoteCustomer remote) {
            return byEmail.getOrDefault(key(remote.email()), List.of()).stream()
                    .filter(c -> NameMatch.same(c.getFirstName(), c.getLastName(), remote.firstName(),
                            remote.lastName()))
                    .findFirst();
        }

        private void bind(String remoteId, long customerId, LocalDateTime now) {
            if (remoteId == null) {
                return;
            }
            touchedAt = now;
            if (!bindings.containsKey(remoteId)) {
                createdBindings.put(remoteId, customerId);
                bindings.put(remoteId, customerId);
            } else if (!createdBindings.containsKey(remoteId) && !run.syncedBindings.contains(remoteId)) {
                touchedBindings.add(remoteId); // one UPDATE for the whole page in write()
            }
        }
    }
}
