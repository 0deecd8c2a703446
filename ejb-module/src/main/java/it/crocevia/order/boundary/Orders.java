package it.crocevia.order.boundary;

import it.crocevia.order.control.SyncRuns;
import it.crocevia.order.entity.ShopOrder;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The imported orders and the history of the order syncs, for the console and the REST API. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
public class Orders {

    @PersistenceContext
    EntityManager em;

    @Inject
    SyncRuns runs;

    public List<OrderRow> search(OrderFilter filter, int first, int max) {
        var query = query(filter, "SELECT o, c.firstName, c.lastName FROM ShopOrder o, Customer c "
                + "WHERE c.id = o.customerId", " ORDER BY o.orderedAt DESC, o.id DESC", Object[].class);
        return query.setFirstResult(first).setMaxResults(max).getResultStream().map(row -> {
            var o = (ShopOrder) row[0];
            String name = ((row[1] == null ? "" : row[1]) + " " + (row[2] == null ? "" : row[2])).strip();
            return new OrderRow(o.getId(), o.getAccountId(), o.getReference(), o.getOrderedAt(), name, o.getEmail(),
                    o.isGuest(), o.getStateName(), o.getCurrency(), o.getTotalPaid());
        }).toList();
    }

    public long count(OrderFilter filter) {
        return query(filter, "SELECT COUNT(o) FROM ShopOrder o WHERE 1 = 1", "", Long.class).getSingleResult();
    }

    public OrderView find(long id) {
        var o = em.find(ShopOrder.class, id);
        if (o == null) {
            throw new NotFoundException("ShopOrder", id);
        }
        return view(o);
    }

    /**
     * The orders with these ids (those that exist), each with its lines, in id order: two queries
     * whatever their number (the lines of all of them in one), for the ERP's pulls.
     */
    public List<OrderView> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM ShopOrder o WHERE o.id IN :ids ORDER BY o.id", ShopOrder.class)
                .setParameter("ids", ids).setHint("eclipselink.batch", "o.lines")
                .setHint("eclipselink.batch.type", "IN").getResultStream().map(Orders::view).toList();
    }

    private static OrderView view(ShopOrder o) {
        var lines = o.getLines().stream().map(l -> new OrderView.Line(l.getLineNo(), l.getSku(), l.getEan(),
                l.getName(), l.getQuantity(), l.getUnitPriceExcl(), l.getUnitPriceIncl(), l.getTotalIncl())).toList();
        var billing = new OrderView.Address(o.getBillingName(), o.getBillingCompany(), o.getBillingVatNumber(),
                o.getBillingFiscalCode(), o.getBillingStreet(), o.getBillingPostcode(), o.getBillingCity(),
                o.getBillingRegion(), o.getBillingCountry(), o.getBillingPhone());
        var shipping = new OrderView.Address(o.getShippingName(), o.getShippingCompany(), null, null,
                o.getShippingStreet(), o.getShippingPostcode(), o.getShippingCity(), o.getShippingRegion(),
                o.getShippingCountry(), o.getShippingPhone());
        return new OrderView(o.getId(), o.getAccountId(), o.getRemoteId(), o.getReference(), o.getCustomerId(),
                o.isGuest(), o.getEmail(), o.getStateCode(), o.getStateName(), o.getCurrency(), o.getTotalPaid(),
                o.getTotalProducts(), o.getTotalShipping(), o.getTotalDiscounts(), o.getTotalTax(), o.getPayment(),
                o.getCarrier(), billing, shipping, o.getOrderedAt(), o.getRemoteUpdatedAt(), o.getImportedAt(), lines);
    }

    /** The orders of one customer record, newest first. */
    public List<OrderRow> ofCustomer(long customerId) {
        return em.createNamedQuery(ShopOrder.FIND_BY_CUSTOMER, ShopOrder.class).setParameter("customerId", customerId)
                .setMaxResults(200).getResultStream()
                .map(o -> new OrderRow(o.getId(), o.getAccountId(), o.getReference(), o.getOrderedAt(), null,
                        o.getEmail(), o.isGuest(), o.getStateName(), o.getCurrency(), o.getTotalPaid()))
                .toList();
    }

    /** Order ids after {@code afterId}, ascending, of these shop accounts (all when empty). */
    public List<Long> idsAfter(Collection<Long> accountIds, long afterId, int max) {
        var query = em.createQuery("SELECT o.id FROM ShopOrder o WHERE o.id > :after"
                + (accountIds.isEmpty() ? "" : " AND o.accountId IN :accounts") + " ORDER BY o.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max);
        if (!accountIds.isEmpty()) {
            query.setParameter("accounts", accountIds);
        }
        return query.getResultList();
    }

    /** How many orders these shop accounts have (all when empty). */
    public long countOf(Collection<Long> accountIds) {
        var query = em.createQuery("SELECT COUNT(o) FROM ShopOrder o"
                + (accountIds.isEmpty() ? "" : " WHERE o.accountId IN :accounts"), Long.class);
        if (!accountIds.isEmpty()) {
            query.setParameter("accounts", accountIds);
        }
        return query.getSingleResult();
    }

    /** What notifications about these orders need, in one query (billing phone, else shipping phone). */
    public List<OrderNotice> notices(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o, c.firstName, c.lastName FROM ShopOrder o, Customer c "
                + "WHERE c.id = o.customerId AND o.id IN :ids ORDER BY o.id", Object[].class).setParameter("ids", ids)
                .getResultStream().map(row -> {
                    var o = (ShopOrder) row[0];
                    String name = ((row[1] == null ? "" : row[1]) + " " + (row[2] == null ? "" : row[2])).strip();
                    String phone = o.getBillingPhone() != null && !o.getBillingPhone().isBlank() ? o.getBillingPhone()
                            : o.getShippingPhone();
                    return new OrderNotice(o.getId(), o.getAccountId(), o.getCustomerId(), o.getReference(), name,
                            o.getEmail(), phone, o.getCurrency(), o.getTotalPaid());
                }).toList();
    }

    /** The latest order sync runs of an account, newest first, with what each reported. */
    public List<SyncRunView> syncHistory(long accountId, int max) {
        return runs.latest(accountId, max);
    }

    private <T> TypedQuery<T> query(OrderFilter f, String select, String order, Class<T> type) {
        var jpql = new StringBuilder(select);
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.accountId() != null) {
            jpql.append(" AND o.accountId = :accountId");
            params.put("accountId", f.accountId());
        }
        if (f.from() != null) {
            jpql.append(" AND o.orderedAt >= :from");
            params.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            jpql.append(" AND o.orderedAt < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay());
        }
        if (f.state() != null && !f.state().isBlank()) {
            jpql.append(" AND o.stateName = :state");
            params.put("state", f.state().strip());
        }
        if (f.text() != null && !f.text().isBlank()) {
            jpql.append(" AND (o.reference LIKE :text OR o.email LIKE :text)");
            params.put("text", f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var query = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(query::setParameter);
        return query;
    }
}
