package it.crocevia.connector.magento;

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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Magento 2 REST order JSON (salesDataOrderInterface) → platform-neutral records. Magento keeps
 * its dates in UTC ("yyyy-MM-dd HH:mm:ss"): the update time stays so (it drives the paging), the
 * order date is shown in the store's time zone like PrestaShop's; guests have {@code customer_is_guest} = 1 and no
 * {@code customer_id}; the partita IVA is the address's {@code vat_id}, the codice fiscale the
 * order's {@code customer_taxvat}; a configurable product is a parent line (with the price) and a
 * child line (with the simple product): the parent is the order line.
 */
final class MagentoMapper {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** What a customer account without any address has from it: nothing. */
    private static final RemoteAddress NO_ADDRESS = new RemoteAddress(null, null, null, null, null, null, null, null,
            null, null, null);

    private MagentoMapper() {
    }

    /** Thrown inside the mapper for one bad order; becomes its rejection reason. */

    static Object order(JsonObject o, ZoneId storeZone) {
        String id = text(o, "entity_id");
        LocalDateTime updatedAt = null;
        try {
            updatedAt = dateTime(o, "updated_at");
            String currency = text(o, "order_currency_code");
            if (currency == null || !CURRENCY.matcher(currency).matches()) {
                throw new Unusable("unknown currency \"" + currency + "\"");
            }
            JsonObject billingJson = object(o, "billing_address");
            JsonObject shippingJson = shippingAddress(o);
            if (billingJson == null && shippingJson == null) {
                throw new Unusable("no billing or shipping address");
            }
            RemoteAddress billing = address(billingJson != null ? billingJson : shippingJson);
            RemoteAddress shipping = address(shippingJson != null ? shippingJson : billingJson);
            String status = text(o, "status");
            JsonObject payment = object(o, "payment");
            BigDecimal discount = decimal(o, "discount_amount", false);
            return new RemoteOrder(id, text(o, "increment_id"), customer(o, billing), status, status, currency,
                    decimal(o, "grand_total", true), decimal(o, "subtotal", false),
                    decimal(o, "shipping_incl_tax", false), discount == null ? null : discount.abs(),
                    decimal(o, "tax_amount", false), payment == null ? null : text(payment, "method"),
                    text(o, "shipping_description"), billing, shipping,
                    dateTime(o, "created_at").atOffset(ZoneOffset.UTC).atZoneSameInstant(storeZone).toLocalDateTime(),
                    updatedAt,
                    lines(o));
        } catch (Unusable e) {
            return new RejectedRecord(id, e.getMessage(), updatedAt);
        }
    }

    /** The customer of an order: an account's or a guest's, with the billing address's fiscal fields and phone. */
    private static RemoteCustomer customer(JsonObject o, RemoteAddress billing) {
        String email = text(o, "customer_email");
        if (email == null) {
            throw new Unusable("the order has no customer e-mail");
        }
        boolean guest = "1".equals(text(o, "customer_is_guest")) || text(o, "customer_id") == null;
        String first = text(o, "customer_firstname") != null ? text(o, "customer_firstname") : billing.firstName();
        String last = text(o, "customer_lastname") != null ? text(o, "customer_lastname") : billing.lastName();
        return customer(guest ? null : text(o, "customer_id"), guest, email, first, last, billing,
                text(o, "customer_taxvat"));
    }

    /**
     * Maps one customer account ({@code customerDataCustomerInterface}) with the company, partita
     * IVA and phone of its default billing address (else its first), or says why it cannot be used.
     */
    static Object account(JsonObject c) {
        try {
            List<JsonObject> addresses = c.get("addresses") instanceof JsonArray array
                    ? array.getValuesAs(JsonObject.class) : List.of();
            RemoteAddress billing = addresses.stream().filter(a -> a.getBoolean("default_billing", false))
                    .findFirst().or(() -> addresses.stream().findFirst()).map(MagentoMapper::address)
                    .orElse(NO_ADDRESS);
            return customer(text(c, "id"), false, text(c, "email"), text(c, "firstname"), text(c, "lastname"),
                    billing, text(c, "taxvat"));
        } catch (Unusable e) {
            return new RejectedRecord(text(c, "id"), e.getMessage(), dateTimeOrNull(c, "updated_at"));
        }
    }

    /** What every customer needs, from an order or an account: a valid e-mail and a name. */
    private static RemoteCustomer customer(String remoteId, boolean guest, String email, String first, String last,
            RemoteAddress billing, String fiscalCode) {
        if (email == null || !email.contains("@")) {
            throw new Unusable(email == null ? "the customer has no e-mail"
                    : "customer e-mail \"" + email + "\" is not valid");
        }
        if (first == null && last == null) {
            throw new Unusable("the customer has no name");
        }
        return new RemoteCustomer(remoteId, guest, email.strip(), first, last, billing.company(),
                billing.vatNumber(), fiscalCode, billing.phone());
    }

    private static JsonObject shippingAddress(JsonObject o) {
        JsonObject extension = object(o, "extension_attributes");
        if (extension == null || !(extension.get("shipping_assignments") instanceof JsonArray assignments)
                || assignments.isEmpty()) {
            return null;
        }
        JsonObject shipping = object(assignments.getJsonObject(0), "shipping");
        return shipping == null ? null : object(shipping, "address");
    }

    private static RemoteAddress address(JsonObject a) {
        String street = a.get("street") instanceof JsonArray lines
                ? String.join(", ", lines.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList())
                : text(a, "street");
        return new RemoteAddress(text(a, "firstname"), text(a, "lastname"), text(a, "company"), text(a, "vat_id"),
                null, street, text(a, "postcode"), text(a, "city"), text(a, "region"), text(a, "country_id"),
                text(a, "telephone"));
    }

    private static List<RemoteOrderLine> lines(JsonObject o) {
        if (!(o.get("items") instanceof JsonArray items) || items.isEmpty()) {
            throw new Unusable("the order has no lines");
        }
        var lines = new ArrayList<RemoteOrderLine>();
        for (var value : items) {
            JsonObject item = value.asJsonObject();
            if (text(item, "parent_item_id") != null) {
                continue; // the simple product under a configurable parent line
            }
            String name = text(item, "name");
            if (name == null) {
                throw new Unusable("an order line has no product name");
            }
            lines.add(new RemoteOrderLine(text(item, "sku"), null, name, decimal(item, "qty_ordered", true),
                    decimal(item, "price", false), decimal(item, "price_incl_tax", false),
                    decimal(item, "row_total_incl_tax", false)));
        }
        if (lines.isEmpty()) {
            throw new Unusable("the order has no lines");
        }
        return lines;
    }

    static JsonObject object(JsonObject o, String field) {
        return o.get(field) instanceof JsonObject j ? j : null;
    }
}
