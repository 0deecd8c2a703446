package it.crocevia.erp.boundary;

import it.crocevia.customer.boundary.ErpCustomers;
import it.crocevia.order.boundary.ErpOrders;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * What the ERP pulls (SPEC §6): the orders and customer records that came from the platforms,
 * page by page from a cursor (the last id it read), until it acknowledges each in the version it
 * pulled. Unacknowledged records come back on every pull from the start (cursor 0).
 */
@Stateless
@PermitAll
@RunAs(Roles.OPERATOR)
@RunAsPrincipal("erp")
public class ErpPull {

    /** At most this many records a page. */
    public static final int MAX_PAGE = 500;

    /** A page: the records and the cursor to ask the next page with ({@code null}: this was the last). */
    public record Page<T>(List<T> items, Long next) {
    }

    @Inject
    ErpOrders orders;

    @Inject
    ErpCustomers customers;

    public Page<ErpOrders.Pulled> orders(long after, int limit) {
        int max = checked(limit);
        var items = orders.unacknowledged(after, max);
        return new Page<>(items, items.size() < max ? null : items.get(items.size() - 1).order().id());
    }

    public Page<ErpCustomers.Pulled> customers(long after, int limit) {
        int max = checked(limit);
        var items = customers.unacknowledged(after, max);
        return new Page<>(items, items.size() < max ? null : items.get(items.size() - 1).customer().id());
    }

    /** @return how many of the acknowledged (id → version) were current; the others stay to be pulled */
    public int acknowledgeOrders(Map<Long, Long> versions) {
        return orders.acknowledge(versions);
    }

    public int acknowledgeCustomers(Map<Long, Long> versions) {
        return customers.acknowledge(versions);
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException(Violation.of("limit", "erp.pull.limit", MAX_PAGE));
        }
        return limit;
    }
}
