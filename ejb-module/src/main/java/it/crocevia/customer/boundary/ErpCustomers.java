package it.crocevia.customer.boundary;

import it.crocevia.customer.control.CustomerUpdater;
import it.crocevia.customer.entity.Customer;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customer records on the ERP's side (SPEC §6): the customers the ERP pushes, kept by its code
 * with the same change history as every automatic update, and the records the ERP pulls until it
 * acknowledges the version it saw (a record changed after that is pulled again).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class ErpCustomers {

    /** Where the change history says an ERP update came from. */
    public static final String SOURCE = "gestionale (ERP)";

    /** A customer as the ERP pushes it. */
    public record Pushed(String code, String email, String firstName, String lastName, String company,
            String vatNumber, String fiscalCode, String phone) {
    }

    /** A record for the ERP to pull: the version to acknowledge, the ERP's code if it has one, the record. */
    public record Pulled(long version, String erpCode, CustomerRow customer) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Creates or updates the records with these ERP codes; joins the caller's transaction.
     *
     * @return the records' ids by ERP code
     */
    public Map<String, Long> store(long syncId, List<Pushed> batch) {
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        Map<String, Customer> known = em.createQuery("SELECT c FROM Customer c WHERE c.erpCode IN :codes",
                Customer.class).setParameter("codes", batch.stream().map(Pushed::code).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Customer::getErpCode, Function.identity()));
        for (Pushed p : batch) {
            var values = new CustomerUpdater.Values(p.email(), p.firstName(), p.lastName(), p.company(),
                    p.vatNumber(), p.fiscalCode(), p.phone());
            Customer customer = known.get(p.code());
            if (customer == null) {
                customer = new Customer(p.email(), null, now);
                CustomerUpdater.apply(customer, values, SOURCE, now);
                customer.seenByErp(p.code(), syncId);
                em.persist(customer);
                known.put(p.code(), customer);
            } else {
                CustomerUpdater.apply(customer, values, SOURCE, now).forEach(em::persist);
                customer.seenByErp(p.code(), syncId);
            }
        }
        return known.values().stream().collect(Collectors.toMap(Customer::getErpCode, Customer::getId));
    }

    /** The end of a full sync that pushed customers: the ERP's records it did not push are gone. */
    public int markGone(long syncId) {
        return em.createNativeQuery("UPDATE customer SET erp_gone = TRUE WHERE erp_code IS NOT NULL "
                + "AND erp_gone = FALSE AND erp_last_sync_id <> ?").setParameter(1, syncId).executeUpdate();
    }

    /** The next records after {@code after} (by id) whose current version the ERP has not acknowledged. */
    public List<Pulled> unacknowledged(long after, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, version, erp_code FROM customer WHERE id > ? "
                + "AND (erp_acked_version IS NULL OR erp_acked_version <> version) ORDER BY id LIMIT ?")
                .setParameter(1, after).setParameter(2, max).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Customer> byId = em.createNamedQuery(Customer.FIND_BY_IDS, Customer.class)
                .setParameter("ids", rows.stream().map(r -> ((Number) r[0]).longValue()).toList()).getResultStream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        return rows.stream().filter(r -> byId.containsKey(((Number) r[0]).longValue())).map(r -> {
            var c = byId.get(((Number) r[0]).longValue());
            return new Pulled(((Number) r[1]).longValue(), (String) r[2], Customers.row(c));
        }).toList();
    }

    /** Acknowledges the versions the ERP pulled; a record changed since stays to be pulled. */
    public int acknowledge(Map<Long, Long> versions) {
        if (versions.isEmpty()) {
            return 0;
        }
        var query = em.createNativeQuery("UPDATE customer SET erp_acked_version = version WHERE (id, version) IN ("
                + String.join(", ", Collections.nCopies(versions.size(), "(?, ?)")) + ")");
        int p = 1;
        for (var e : versions.entrySet()) {
            query.setParameter(p++, e.getKey()).setParameter(p++, e.getValue());
        }
        return query.executeUpdate();
    }
}
