package it.crocevia.testserver.magento;

import java.util.List;

/**
 * One stored customer account with its addresses. Immutable; changes store a new instance.
 *
 * @param customer the customer's fields ({@link Schemas#CUSTOMER})
 * @param addresses its addresses ({@link Schemas#CUSTOMER_ADDRESS})
 * @param subscribed whether it is subscribed to the newsletter ({@code extension_attributes.is_subscribed})
 */
record Customer(Record customer, List<Record> addresses, boolean subscribed) {

    int id() {
        return (Integer) customer.get("id");
    }

    String updatedAt() {
        Object value = customer.get("updated_at");
        return value == null ? "" : value.toString();
    }

    /** @return the default billing address, for the joined {@code billing_*} search fields */
    Record defaultBilling() {
        Object id = customer.get("default_billing");
        if (id == null) {
            return null;
        }
        for (Record address : addresses) {
            if (id.toString().equals(String.valueOf(address.get("id")))) {
                return address;
            }
        }
        return null;
    }
}
