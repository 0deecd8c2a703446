package it.crocevia.customer.boundary;

import it.crocevia.connector.boundary.RemoteCustomer;
import it.crocevia.customer.control.CustomerUpdater;
import it.crocevia.customer.control.NameMatch;
import it.crocevia.customer.entity.Customer;
import it.crocevia.customer.entity.CustomerBinding;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    @PersistenceContext
    EntityManager em;

    /** Reads the records the given customers may match, for {@link Resolver#resolve} in this transaction. */
    public Resolver forPage(long accountId, Collection<RemoteCustomer> customers) {
        Set<String> emails = customers.stream().map(c -> key(c.email())).collect(Collectors.toSet());
        Set<String> remoteIds = customers.stream().filter(c -> !c.guest() && c.remoteId() != null)
                .map(RemoteCustomer::remoteId).collect(Collectors.toSet());
        var resolver = new Resolver(em, accountId);
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
        private final long accountId;
        private final Map<String, List<Customer>> byEmail = new HashMap<>();
        private final Map<Long, Customer> byId = new HashMap<>();
        private final Map<String, CustomerBinding> bindings = new HashMap<>();

        private Resolver(EntityManager em, long accountId) {
            this.em = em;
            this.accountId = accountId;
        }

        private void known(Customer c) {
            byId.put(c.getId(), c);
            byEmail.computeIfAbsent(key(c.getEmail()), k -> new ArrayList<>()).add(c);
        }

        public CustomerMatch resolve(RemoteCustomer remote, String source, LocalDateTime now) {
            var values = new CustomerUpdater.Values(remote.email(), remote.firstName(), remote.lastName(),
                    remote.company(), remote.vatNumber(), remote.fiscalCode(), remote.phone());
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
            em.persist(customer);
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
                em.persist(binding);
                bindings.put(remoteId, binding);
            } else {
                binding.setSyncedAt(now);
            }
        }
    }
}
