package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.SqlDates;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link CustomerSpec} into a stored {@link Customer}; runs under the write lock. */
final class CustomerBuilder {

    private CustomerBuilder() {}

    static Customer build(ShopDatabase db, CustomerSpec spec, LocalDateTime now) {
        int id = db.customers.nextId();
        LocalDateTime created = spec.createdAt != null ? spec.createdAt : now;
        LocalDateTime updated = spec.updatedAt != null ? spec.updatedAt : created;
        List<Record> addresses = new ArrayList<>();
        String defaultBilling = null;
        String defaultShipping = null;
        for (CustomerSpec.Address entry : spec.addresses) {
            Record address = address(db.nextCustomerAddressId(), id, entry.spec());
            addresses.add(address);
            String addressId = String.valueOf(address.get("id"));
            if (entry.defaultBilling()) {
                defaultBilling = addressId;
            }
            if (entry.defaultShipping()) {
                defaultShipping = addressId;
            }
        }
        Record customer = new Record(Schemas.CUSTOMER).put("id", id).put("group_id", spec.groupId)
                .put("default_billing", defaultBilling).put("default_shipping", defaultShipping)
                .put("created_at", SqlDates.dateTime(created)).put("updated_at", SqlDates.dateTime(updated))
                .put("created_in", ReferenceData.storeView(spec.storeId).name()).put("dob", SqlDates.date(spec.dob))
                .put("email", spec.email).put("firstname", spec.firstname).put("lastname", spec.lastname)
                .put("gender", spec.gender).put("store_id", spec.storeId).put("taxvat", spec.taxvat)
                .put("website_id", ReferenceData.storeView(spec.storeId).websiteId())
                .put("disable_auto_group_change", 0);
        spec.applyTo(customer);
        return new Customer(customer, List.copyOf(addresses), spec.subscribed);
    }

    private static Record address(int addressId, int customerId, AddressSpec spec) {
        Record address = new Record(Schemas.CUSTOMER_ADDRESS).put("id", addressId).put("customer_id", customerId)
                .put("region_id", spec.regionId == null ? 0 : spec.regionId).put("country_id", spec.countryId)
                .put("street", List.copyOf(spec.street)).put("company", spec.company)
                .put("telephone", spec.telephone).put("postcode", spec.postcode).put("city", spec.city)
                .put("firstname", spec.firstname).put("lastname", spec.lastname).put("vat_id", spec.vatId)
                .put("region_code", spec.regionCode).put("region_name", spec.regionName);
        spec.applyTo(address);
        return address;
    }
}
