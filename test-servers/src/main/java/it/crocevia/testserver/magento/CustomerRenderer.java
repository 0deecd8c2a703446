package it.crocevia.testserver.magento;

/**
 * Writes a customer as {@code GET /V1/customers/{id}} and {@code /V1/customers/search} show it
 * ({@code customerDataCustomerInterface}): {@code default_billing}/{@code default_shipping} as
 * address ids in strings, each address with a {@code region} object whose fields are printed even
 * when null ({@code {"region_code":null,"region":null,"region_id":0}} for a country without
 * regions), and {@code default_billing}/{@code default_shipping} flags on an address only when true.
 */
final class CustomerRenderer {

    private CustomerRenderer() {}

    static void write(JsonOut out, Customer customer) {
        Record record = customer.customer();
        out.startObject();
        Fields.write(out, record, "disable_auto_group_change");
        out.startArray("addresses");
        for (Record address : customer.addresses()) {
            address(out, address, record);
        }
        out.end();
        Fields.writeFrom(out, record, "disable_auto_group_change");
        out.startObject("extension_attributes").field("is_subscribed", customer.subscribed()).end();
        out.end();
    }

    private static void address(JsonOut out, Record address, Record customer) {
        out.startObject();
        Fields.write(out, address, "region");
        Object regionId = address.get("region_id");
        out.startObject("region").field("region_code", address.get("region_code"))
                .field("region", address.get("region_name")).field("region_id", regionId == null ? 0 : regionId).end();
        Fields.writeFrom(out, address, "region_id");
        String id = String.valueOf(address.get("id"));
        if (id.equals(customer.text("default_shipping"))) {
            out.field("default_shipping", Boolean.TRUE);
        }
        if (id.equals(customer.text("default_billing"))) {
            out.field("default_billing", Boolean.TRUE);
        }
        out.end();
    }
}
