package it.crocevia.testserver.magento;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a customer search may name, as {@code CustomerRepository::getList} builds its EAV
 * collection: the customer's attributes, with {@code entity_id} for the id (the output calls it
 * {@code id}, but a filter on {@code id} fails with {@code Invalid attribute name: %1},
 * magento/magento2#7530), and the attributes it joins from the default billing address:
 * {@code billing_postcode}, {@code billing_city}, {@code billing_telephone}, {@code billing_region},
 * {@code billing_country_id} and {@code company}. A sort on an unknown attribute is silently
 * ignored, as {@code addAttributeToSort} does.
 */
final class CustomerFields implements SearchPlan.Fields<Customer> {

    static final CustomerFields INSTANCE = new CustomerFields();

    private final Map<String, SearchField<Customer>> fields = new HashMap<>();

    private CustomerFields() {
        Schema schema = Schemas.CUSTOMER;
        for (int i = 0; i < schema.size(); i++) {
            Column column = schema.column(i);
            int position = i;
            String name = column.name().equals("id") ? "entity_id" : column.name();
            fields.put(name, new SearchField<>(name, column.type(), customer -> customer.customer().get(position)));
        }
        billing("billing_postcode", "postcode");
        billing("billing_city", "city");
        billing("billing_telephone", "telephone");
        billing("billing_region", "region_name");
        billing("billing_country_id", "country_id");
        billing("company", "company");
    }

    private void billing(String name, String addressField) {
        Function<Customer, Object> getter = customer -> {
            Record address = customer.defaultBilling();
            return address == null ? null : address.get(addressField);
        };
        fields.put(name, new SearchField<>(name, ColumnType.TEXT, getter));
    }

    @Override
    public SearchField<Customer> filter(String name) throws MagentoException {
        SearchField<Customer> field = fields.get(name);
        if (field == null) {
            throw Errors.invalidAttribute(name);
        }
        return field;
    }

    @Override
    public SearchField<Customer> sort(String name) {
        return fields.get(name);
    }

    @Override
    public String idField() {
        return "entity_id";
    }

    @Override
    public String updatedAtField() {
        return "updated_at";
    }

    @Override
    public int id(Customer entity) {
        return entity.id();
    }
}
