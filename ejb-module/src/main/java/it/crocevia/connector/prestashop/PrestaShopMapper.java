package it.crocevia.connector.prestashop;

import static it.crocevia.connector.control.JsonFields.dateTime;
import static it.crocevia.connector.control.JsonFields.dateTimeOrNull;
import static it.crocevia.connector.control.JsonFields.decimal;
import static it.crocevia.connector.control.JsonFields.text;

import it.crocevia.connector.boundary.RejectedRecord;
import it.crocevia.connector.boundary.RemoteAddress;
import it.crocevia.connector.boundary.RemoteCustomer;
import it.crocevia.connector.boundary.RemoteOrder;
import it.crocevia.connector.boundary.RemoteOrderLine;
import it.crocevia.connector.control.JsonFields.Unusable;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PrestaShop webservice JSON → platform-neutral records. PrestaShop writes numbers and flags as
 * strings ("12.500000", "1") and dates as "yyyy-MM-dd HH:mm:ss" in the shop's time zone. An order
 * that cannot be imported becomes a {@link RejectedRecord} with the reason, never an exception.
 */
final class PrestaShopMapper {


    /** The reference data an order points to by id, read once per run. */
    record References(Map<String, String> currencyIsoById, Map<String, String> stateNameById,
            Map<String, String> carrierNameById, Map<String, String> countryIsoById) {
    }

    /** Thrown inside the mapper for one bad order; becomes its rejection reason. */

    /** What a customer without any address has from it: nothing. */
    private static final RemoteAddress NO_ADDRESS = new RemoteAddress(null, null, null, null, null, null, null, null,
            null, null, null);
    /** A customer's address needs no reference data (its country is not used); lookups of null ids find nothing. */
    private static final References NO_REFERENCES = new References(Collections.emptyMap(), Collections.emptyMap(),
            Collections.emptyMap(), Collections.emptyMap());

    private PrestaShopMapper() {
    }

    /** Maps one order, or says why it cannot be imported. */
    static Object order(JsonObject o, Map<String, JsonObject> customers, Map<String, JsonObject> addresses,
            References refs) {
        String id = text(o, "id");
        LocalDateTime updatedAt = null;
        try {
            updatedAt = dateTime(o, "date_upd");
            JsonObject c = customers.get(text(o, "id_customer"));
            if (c == null) {
                throw new Unusable("customer #" + text(o, "id_customer") + " not found on the platform");
            }
            JsonObject invoice = addresses.get(text(o, "id_address_invoice"));
            JsonObject delivery = addresses.get(text(o, "id_address_delivery"));
            if (invoice == null && delivery == null) {
                throw new Unusable("no invoice or delivery address");
            }
            RemoteAddress billing = address(invoice != null ? invoice : delivery, refs);
            RemoteAddress shipping = address(delivery != null ? delivery : invoice, refs);
            String currencyId = text(o, "id_currency");
            String currency = refs.currencyIsoById().get(currencyId);
            if (currency == null) {
                throw new Unusable("unknown currency #" + currencyId);
            }
            BigDecimal paidIncl = decimal(o, "total_paid_tax_incl", true);
            BigDecimal paidExcl = decimal(o, "total_paid_tax_excl", false);
            String stateId = text(o, "current_state");
            return new RemoteOrder(id, text(o, "reference"), customer(c, billing), stateId,
                    refs.stateNameById().get(stateId), currency, paidIncl, decimal(o, "total_products", false),
                    decimal(o, "total_shipping_tax_incl", false), decimal(o, "total_discounts_tax_incl", false),
                    paidExcl == null ? null : paidIncl.subtract(paidExcl), text(o, "payment"),
                    refs.carrierNameById().get(text(o, "id_carrier")), billing, shipping, dateTime(o, "date_add"),
                    updatedAt, lines(o));
        } catch (Unusable e) {
            return new RejectedRecord(id, e.getMessage(), updatedAt);
        }
    }

    /**
     * Maps one customer read by id, with its fiscal fields, phone and (after its own) company from
     * {@code address}, its most recent address, or null when it has none; or says why it cannot be
     * used.
     */
    static Object customer(JsonObject c, JsonObject address) {
        try {
            return customer(c, address == null ? NO_ADDRESS : address(address, NO_REFERENCES));
        } catch (Unusable e) {
            return new RejectedRecord(text(c, "id"), e.getMessage(), dateTimeOrNull(c, "date_upd"));
        }
    }

    /** Of two addresses of a customer, the one changed last: the later {@code date_upd}, then the higher id. */
    static JsonObject later(JsonObject a, JsonObject b) {
        int byDate = Objects.toString(text(a, "date_upd"), "").compareTo(Objects.toString(text(b, "date_upd"), ""));
        if (byDate != 0) {
            return byDate > 0 ? a : b;
        }
        return Long.parseLong(text(a, "id")) >= Long.parseLong(text(b, "id")) ? a : b;
    }

    private static RemoteCustomer customer(JsonObject c, RemoteAddress billing) {
        String email = text(c, "email");
        if (email == null || !email.contains("@")) {
            throw new Unusable(email == null ? "the customer has no e-mail" : "customer e-mail \"" + email
                    + "\" is not valid");
        }
        String firstName = text(c, "firstname");
        String lastName = text(c, "lastname");
        if (firstName == null && lastName == null) {
            throw new Unusable("the customer has no name");
        }
        String company = text(c, "company") != null ? text(c, "company") : billing.company();
        return new RemoteCustomer(text(c, "id"), "1".equals(text(c, "is_guest")), email.strip(), firstName, lastName,
                company, billing.vatNumber(), billing.fiscalCode(), billing.phone());
    }

    private static RemoteAddress address(JsonObject a, References refs) {
        String street = text(a, "address2") == null ? text(a, "address1")
                : text(a, "address1") + ", " + text(a, "address2");
        String phone = text(a, "phone") != null ? text(a, "phone") : text(a, "phone_mobile");
        return new RemoteAddress(text(a, "firstname"), text(a, "lastname"), text(a, "company"),
                text(a, "vat_number"), text(a, "dni"), street, text(a, "postcode"), text(a, "city"), null,
                refs.countryIsoById().get(text(a, "id_country")), phone);
    }

    private static List<RemoteOrderLine> lines(JsonObject o) {
        JsonObject associations = o.containsKey("associations") && o.get("associations") instanceof JsonObject j ? j
                : null;
        if (associations == null || !associations.containsKey("order_rows")
                || associations.get("order_rows").getValueType() != JsonValue.ValueType.ARRAY) {
            throw new Unusable("the order has no lines");
        }
        var rows = associations.getJsonArray("order_rows");
        var lines = new ArrayList<RemoteOrderLine>(rows.size());
        for (var value : rows) {
            JsonObject r = value.asJsonObject();
            String name = text(r, "product_name");
            if (name == null) {
                throw new Unusable("an order line has no product name");
            }
            BigDecimal quantity = decimal(r, "product_quantity", true);
            BigDecimal unitIncl = decimal(r, "unit_price_tax_incl", false);
            lines.add(new RemoteOrderLine(text(r, "product_reference"), text(r, "product_ean13"), name, quantity,
                    decimal(r, "unit_price_tax_excl", false), unitIncl,
                    unitIncl == null ? null : unitIncl.multiply(quantity)));
        }
        if (lines.isEmpty()) {
            throw new Unusable("the order has no lines");
        }
        return lines;
    }
}
