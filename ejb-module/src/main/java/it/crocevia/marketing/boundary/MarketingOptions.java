package it.crocevia.marketing.boundary;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an integration account sends, and from where: the shop accounts whose data go out (none
 * chosen: all), customers, orders, abandoned carts and products (the Ecommerce section), the
 * Telegram events, and the WhatsApp template with its language.
 *
 * @param events for Telegram: {@code NEW_ORDER}, {@code SYNC_FAILED}, {@code PUBLISHING_REPORT}
 */
public record MarketingOptions(List<Long> shopAccountIds, boolean customers, boolean orders, boolean carts,
        boolean products, Set<String> events, String template, String templateLanguage) implements Serializable {

    /** The Telegram events an account may choose. */
    public static final List<String> EVENTS = List.of("NEW_ORDER", "SYNC_FAILED", "PUBLISHING_REPORT");

    public MarketingOptions {
        shopAccountIds = shopAccountIds == null ? List.of() : List.copyOf(shopAccountIds);
        events = events == null ? Set.of() : Set.copyOf(new TreeSet<>(events));
    }

    public static MarketingOptions defaults() {
        return new MarketingOptions(List.of(), true, true, false, false, Set.of("NEW_ORDER", "SYNC_FAILED"), null, "it");
    }

    /** Whether data of this shop account go out. */
    public boolean covers(long shopAccountId) {
        return shopAccountIds.isEmpty() || shopAccountIds.contains(shopAccountId);
    }

    public String toJson() {
        var ids = Json.createArrayBuilder();
        shopAccountIds.forEach(ids::add);
        var ev = Json.createArrayBuilder();
        events.forEach(ev::add);
        var o = Json.createObjectBuilder().add("shopAccounts", ids).add("customers", customers).add("orders", orders)
                .add("carts", carts).add("products", products).add("events", ev)
                .add("templateLanguage", templateLanguage == null ? "it" : templateLanguage);
        if (template != null) {
            o.add("template", template);
        }
        return o.build().toString();
    }

    public static MarketingOptions fromJson(String json) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(json == null || json.isBlank() ? "{}" : json))) {
            o = reader.readObject();
        }
        var d = defaults();
        List<Long> ids = o.containsKey("shopAccounts") ? o.getJsonArray("shopAccounts").getValuesAs(JsonNumber.class)
                .stream().map(JsonNumber::longValue).toList() : d.shopAccountIds();
        Set<String> events = o.containsKey("events") ? new TreeSet<>(o.getJsonArray("events")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()) : d.events();
        return new MarketingOptions(ids, o.getBoolean("customers", d.customers()), o.getBoolean("orders", d.orders()),
                o.getBoolean("carts", d.carts()), o.getBoolean("products", d.products()), events,
                o.getString("template", null), o.getString("templateLanguage", "it"));
    }
}
