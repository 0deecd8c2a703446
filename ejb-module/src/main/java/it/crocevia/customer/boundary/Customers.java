package it.crocevia.customer.boundary;

import it.crocevia.customer.entity.Customer;
import it.crocevia.customer.entity.CustomerChange;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The customer records (anagrafiche) and their change history, read only. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
public class Customers {

    private static final String WHERE_TEXT = " WHERE (:text IS NULL OR c.email LIKE :text OR c.lastName LIKE :text "
            + "OR c.firstName LIKE :text OR c.company LIKE :text)";

    @PersistenceContext
    EntityManager em;

    /** Records whose e-mail, name or company starts with {@code text} (all when empty), newest first. */
    public List<CustomerRow> search(String text, int first, int max) {
        return em.createQuery("SELECT c FROM Customer c" + WHERE_TEXT + " ORDER BY c.id DESC", Customer.class)
                .setParameter("text", prefix(text)).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(Customers::row).toList();
    }

    public long count(String text) {
        return em.createQuery("SELECT COUNT(c) FROM Customer c" + WHERE_TEXT, Long.class)
                .setParameter("text", prefix(text)).getSingleResult();
    }

    public CustomerRow find(long id) {
        var c = em.find(Customer.class, id);
        if (c == null) {
            throw new NotFoundException("Customer", id);
        }
        return row(c);
    }

    /**
     * The records with these ids, for features that show whose they are (the customer portal
     * lists the records its login serves, with no operator signed in).
     */
    @PermitAll
    public List<CustomerRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Customer.FIND_BY_IDS, Customer.class).setParameter("ids", ids)
                .getResultStream().map(Customers::row).sorted(Comparator.comparing(CustomerRow::id)).toList();
    }

    public List<CustomerChangeView> history(long id) {
        return em.createNamedQuery(CustomerChange.FIND_BY_CUSTOMER, CustomerChange.class).setParameter("customerId", id)
                .setMaxResults(500).getResultStream()
                .map(ch -> new CustomerChangeView(ch.getChangedAt(), ch.getField(), ch.getOldValue(), ch.getNewValue(),
                        ch.getSource()))
                .toList();
    }

    private static String prefix(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static CustomerRow row(Customer c) {
        return new CustomerRow(c.getId(), c.getEmail(), c.getFirstName(), c.getLastName(), c.getCompany(),
                c.getVatNumber(), c.getFiscalCode(), c.getPhone(), c.getSourceAccountId(), c.getCreatedAt(),
                c.getUpdatedAt());
    }
}
