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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderCustomers {

    @PersistenceContext
    EntityManager em;

    public CustomerMatch resolve(long accountId, RemoteCustomer remote, String source, LocalDateTime now) {
        var values = new CustomerUpdater.Values(remote.email(), remote.firstName(), remote.lastName(),
                remote.company(), remote.vatNumber(), remote.fiscalCode(), remote.phone());
        Optional<Customer> existing = remote.guest() ? sameEmailAndName(remote) : registered(accountId, remote);
        if (existing.isPresent()) {
            Customer customer = existing.get();
            // A guest was matched because the names are the same (up to case and accents): keep ours.
            var update = remote.guest() ? new CustomerUpdater.Values(values.email(), null, null, values.company(),
                    values.vatNumber(), values.fiscalCode(), values.phone()) : values;
            var changes = CustomerUpdater.apply(customer, update, source, now);
            changes.forEach(em::persist);
            if (!remote.guest()) {
                bind(accountId, remote.remoteId(), customer.getId(), now);
            }
            return new CustomerMatch(customer.getId(), false, !changes.isEmpty());
        }
        var customer = new Customer(remote.email(), accountId, now);
        CustomerUpdater.apply(customer, values, source, now);
        em.persist(customer);
        em.flush();
        if (!remote.guest()) {
            bind(accountId, remote.remoteId(), customer.getId(), now);
        }
        return new CustomerMatch(customer.getId(), true, false);
    }

    private Optional<Customer> registered(long accountId, RemoteCustomer remote) {
        if (remote.remoteId() != null) {
            var binding = em.find(CustomerBinding.class, new CustomerBinding.Key(accountId, remote.remoteId()));
            if (binding != null) {
                return Optional.ofNullable(em.find(Customer.class, binding.getCustomerId()));
            }
        }
        List<Customer> sameEmail = withEmail(remote.email());
        return sameEmail.stream()
                .filter(c -> NameMatch.same(c.getFirstName(), c.getLastName(), remote.firstName(), remote.lastName()))
                .findFirst()
                .or(() -> sameEmail.stream().min(Comparator.comparing(Customer::getId)));
    }

    private Optional<Customer> sameEmailAndName(RemoteCustomer remote) {
        return withEmail(remote.email()).stream()
                .filter(c -> NameMatch.same(c.getFirstName(), c.getLastName(), remote.firstName(), remote.lastName()))
                .findFirst();
    }

    /** Records with this e-mail; the column's collation makes the comparison case-insensitive. */
    private List<Customer> withEmail(String email) {
        return em.createNamedQuery(Customer.FIND_BY_EMAIL, Customer.class).setParameter("email", email).getResultList();
    }

    private void bind(long accountId, String remoteId, long customerId, LocalDateTime now) {
        if (remoteId == null) {
            return;
        }
        var key = new CustomerBinding.Key(accountId, remoteId);
        var binding = em.find(CustomerBinding.class, key);
        if (binding == null) {
            em.persist(new CustomerBinding(key, customerId, now));
        } else {
            binding.setSyncedAt(now);
        }
    }
}
