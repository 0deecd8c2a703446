package it.crocevia.customer.control;

import it.crocevia.connector.boundary.RemoteCustomer;
import it.crocevia.customer.entity.Customer;
import it.crocevia.customer.entity.CustomerChange;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Brings a customer record up to date with what a platform says, field by field, and lists every
 * change (field, old, new, source) for the record's history. An empty remote value never erases
 * a value Crocevia has.
 */
public final class CustomerUpdater {

    /** The values a platform gives for a customer; {@code null} means "not given". */
    public record Values(String email, String firstName, String lastName, String company, String vatNumber,
            String fiscalCode, String phone) {

        public static Values of(RemoteCustomer remote) {
            return new Values(remote.email(), remote.firstName(), remote.lastName(), remote.company(),
                    remote.vatNumber(), remote.fiscalCode(), remote.phone());
        }
    }

    private CustomerUpdater() {
    }

    public static List<CustomerChange> apply(Customer c, Values v, String source, LocalDateTime now) {
        var changes = new ArrayList<CustomerChange>();
        set(c, changes, "email", Customer::getEmail, c::setEmail, v.email(), 255, source, now);
        set(c, changes, "firstName", Customer::getFirstName, c::setFirstName, v.firstName(), 100, source, now);
        set(c, changes, "lastName", Customer::getLastName, c::setLastName, v.lastName(), 100, source, now);
        set(c, changes, "company", Customer::getCompany, c::setCompany, v.company(), 255, source, now);
        set(c, changes, "vatNumber", Customer::getVatNumber, c::setVatNumber, v.vatNumber(), 32, source, now);
        set(c, changes, "fiscalCode", Customer::getFiscalCode, c::setFiscalCode, v.fiscalCode(), 32, source, now);
        set(c, changes, "phone", Customer::getPhone, c::setPhone, v.phone(), 40, source, now);
        if (!changes.isEmpty()) {
            c.setUpdatedAt(now);
        }
        return changes;
    }

    private static void set(Customer c, List<CustomerChange> changes, String field, Function<Customer, String> getter,
            Consumer<String> setter, String remote, int max, String source, LocalDateTime now) {
        if (remote == null || remote.isBlank()) {
            return;
        }
        String value = remote.strip();
        if (value.length() > max) {
            value = value.substring(0, max);
        }
        String current = getter.apply(c);
        if (!Objects.equals(current, value)) {
            setter.accept(value);
            if (c.getId() != null) {
                changes.add(new CustomerChange(c.getId(), now, field, current, value, source));
            }
        }
    }
}
