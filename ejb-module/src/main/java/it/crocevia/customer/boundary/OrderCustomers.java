package it.crocevia.customer.boundary;

import it.crocevia.connector.boundary.RemoteCustomer;
import it.crocevia.customer.control.CustomerUpdater;
import it.crocevia.customer.control.NameMatch;
import it.crocevia.customer.entity.Customer;
import it.crocevia.customer.entity.CustomerBinding;
import it.crocevia.platform.boundary.IdBlocks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
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
 * <p>A page of orders is resolved against records read in two queries (by e-mail and by binding),
 * not one query per order; records created for earlier orders of the page are found too.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderCustomers {

    private static final int BLOCK = 500;
    private static final int ROWS_PER_STATEMENT = 200;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = IdBlocks.SEQUENCE_DATA_SOURCE)
    DataSource sequences;

    /** Reads the records the given customers may match, for {@link Resolver#resolve} in this transaction. */
    public Resolver forPage(long accountId, Collection<RemoteCustomer> customers) {
        Set<String> emails = customers.stream().map(c -> key(c.email())).collect(Collectors.toSet());
        Set<String> remoteIds = customers.stream().filter(c -> !c.guest() && c.remoteId() != null)
                .map(RemoteCustomer::remoteId).collect(Collectors.toSet());
        var resolver = new Resolver(em, sequences, accountId);
        if (!emails.isEmpty()) {
            em.createNamedQuery(Customer.FIND_BY_EMAILS, Customer.class).setParameter("emails", emails)
                    .getResultList().forEach(resolver::known);
        }
        if (!remoteIds.isEmpty()) {
            var bindings = em.createNamedQuery(CustomerBinding.FIND_BY_REMOTE_IDS, CustomerBinding.class)
                    .setParameter("accountId", accountId).setParameter("remoteIds", remoteIds).getResultList();
            var missing = bindings.stream().map(CustomerBinding::getCustomerId)
                    .filter(id -> !resolver.byId.containsKey(id)).collect(Collectors.toSet());
            if (!missing.isEmpty()) {
                em.createNamedQuery(Customer.FIND_BY_IDS, Customer.class).setParameter("ids", missing)
                        .getResultList().forEach(resolver::known);
            }
            bindings.forEach(b -> resolver.bindings.put(b.getRemoteId(), b));
        }
        return resolver;
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Applies the rules to the orders of one page, in the importing transaction. */
    public static final class Resolver {

        private final EntityManager em;
        private final DataSource sequences;
        private final long accountId;
        private final List<Customer> created = new ArrayList<>();
        private final List<CustomerBinding> createdBindings = new ArrayList<>();
        private final Set<String> touchedBindings = new LinkedHashSet<>();
        private LocalDateTime touchedAt;
        private long nextId;
        private long lastId = -1;
        private final Map<String, List<Customer>> byEmail = new HashMap<>();
        private final Map<Long, Customer> byId = new HashMap<>();
        private final Map<String, CustomerBinding> bindings = new HashMap<>();

        private Resolver(EntityManager em, DataSource sequences, long accountId) {
            this.em = em;
            this.sequences = sequences;
            this.accountId = accountId;
        }

        private long newId() {
            if (nextId > lastId) {
                try {
                    nextId = IdBlocks.allocate(sequences, "customer", BLOCK);
                } catch (SQLException e) {
                    throw new PersistenceException("No customer ids", e);
                }
                lastId = nextId + BLOCK - 1;
            }
            return nextId++;
        }

        /**
         * Writes the records and bindings created for this page with multi-row INSERTs, before the
         * orders and the change history that point to them, and marks the page's known bindings as
         * synced with one UPDATE.
         */
        public void write(DataSource data) {
            try (Connection c = data.getConnection()) {
                for (int from = 0; from < created.size(); from += ROWS_PER_STATEMENT) {
                    var chunk = created.subList(from, Math.min(created.size(), from + ROWS_PER_STATEMENT));
                    try (PreparedStatement s = c.prepareStatement(insert("customer", "id, version, email, first_name, "
                            + "last_name, company, vat_number, fiscal_code, phone, source_account_id, created_at, "
                            + "updated_at", 12, chunk.size()))) {
                        int p = 1;
                        for (Customer r : chunk) {
                            s.setLong(p++, r.getId());
                            s.setLong(p++, 0);
                            s.setString(p++, r.getEmail());
                            s.setString(p++, r.getFirstName());
                            s.setString(p++, r.getLastName());
                            s.setString(p++, r.getCompany());
                            s.setString(p++, r.getVatNumber());
                            s.setString(p++, r.getFiscalCode());
                            s.setString(p++, r.getPhone());
                            s.setObject(p++, r.getSourceAccountId());
                            s.setObject(p++, r.getCreatedAt());
                            s.setObject(p++, r.getUpdatedAt());
                        }
                        s.executeUpdate();
                    }
                }
                for (int from = 0; from < createdBindings.size(); from += ROWS_PER_STATEMENT) {
                    var chunk = createdBindings.subList(from, Math.min(createdBindings.size(),
                            from + ROWS_PER_STATEMENT));
                    try (PreparedStatement s = c.prepareStatement(insert("customer_binding",
                            "account_id, remote_id, customer_id, synced_at", 4, chunk.size()))) {
                        int p = 1;
                        for (CustomerBinding b : chunk) {
                            s.setLong(p++, b.getAccountId());
                            s.setString(p++, b.getRemoteId());
                            s.setLong(p++, b.getCustomerId());
                            s.setObject(p++, b.getSyncedAt());
                        }
                        s.executeUpdate();
                    }
                }
                if (!touchedBindings.isEmpty()) {
                    var ids = new ArrayList<>(touchedBindings);
                    try (PreparedStatement s = c.prepareStatement("UPDATE customer_binding SET synced_at = ? "
                            + "WHERE account_id = ? AND remote_id IN ("
                            + String.join(",", Collections.nCopies(ids.size(), "?")) + ")")) {
                        int p = 1;
                        s.setObject(p++, touchedAt);
                        s.setLong(p++, accountId);
                        for (String id : ids) {
                            s.setString(p++, id);
                        }
                        s.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new PersistenceException("Storing " + created.size() + " new customer records failed", e);
            }
        }

        private static String insert(String table, String columns, int params, int rows) {
            String tuple = "(" + String.join(",", Collections.nCopies(params, "?")) + ")";
            return "INSERT INTO " + table + " (" + columns + ") VALUES "
                    + String.join(",", Collections.nCopies(rows, tuple));
        }

        private void known(Customer c) {
            byId.put(c.getId(), c);
            byEmail.computeIfAbsent(key(c.getEmail()), k -> new ArrayList<>()).add(c);
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
                var changes = CustomerUpdater.apply(customer, update, source, now);
                changes.forEach(em::persist);
                if (!emailBefore.equals(key(customer.getEmail()))) {
                    byEmail.getOrDefault(emailBefore, new ArrayList<>()).remove(customer);
                    byEmail.computeIfAbsent(key(customer.getEmail()), k -> new ArrayList<>()).add(customer);
                }
                if (!remote.guest()) {
                    bind(remote.remoteId(), customer.getId(), now);
                }
                return new CustomerMatch(customer.getId(), false, !changes.isEmpty());
            }
            var customer = new Customer(remote.email(), accountId, now);
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
                var binding = bindings.get(remote.remoteId());
                if (binding != null && byId.containsKey(binding.getCustomerId())) {
                    return Optional.of(byId.get(binding.getCustomerId()));
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
            var binding = bindings.get(remoteId);
            if (binding == null) {
                binding = new CustomerBinding(new CustomerBinding.Key(accountId, remoteId), customerId, now);
                createdBindings.add(binding);
                bindings.put(remoteId, binding);
            } else if (!createdBindings.contains(binding)) {
                touchedBindings.add(remoteId); // one UPDATE for the whole page in write()
                touchedAt = now;
            }
        }
    }
}
