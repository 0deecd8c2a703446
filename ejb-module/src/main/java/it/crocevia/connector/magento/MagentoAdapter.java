package it.crocevia.connector.magento;

import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import it.crocevia.connector.boundary.CustomerBatch;
import it.crocevia.connector.boundary.OrderPage;
import it.crocevia.connector.boundary.OrderQuery;
import it.crocevia.connector.boundary.RejectedRecord;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.connector.boundary.RemoteOrder;
import it.crocevia.connector.boundary.ShopAdapter;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.boundary.StructureItem;
import it.crocevia.connector.boundary.StructureItem.Kind;
import it.crocevia.connector.control.JsonFields;
import it.crocevia.connector.control.RemoteHttp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Magento 2 REST API of one store: an integration's access token as Bearer,
 * {@code searchCriteria} filters (groups are AND, filters within a group OR), sort orders and
 * {@code pageSize}/{@code currentPage} paging. A shop with input limits on refuses a {@code pageSize}
 * above 300, so pages are at most 300. Past the last page Magento 2.4 answers no items and 2.0–2.3
 * the last page again, so the end is told by {@code total_count}, never by an empty page. Customers
 * read by id cost one request per 300.
 */
public final class MagentoAdapter implements ShopAdapter {

    static final int MAX_PAGE_SIZE = 300;
    /** Magento's Root Catalog, above every store's root category: no product is placed in it. */
    static final String ROOT_CATALOG = "1";
    /** Magento's default order statuses; the REST API has no list of a store's own statuses. */
    private static final List<String> DEFAULT_STATUSES = List.of("pending", "pending_payment", "processing",
            "holded", "payment_review", "fraud", "complete", "closed", "canceled");

    private final MagentoRest rest;
    private final RemoteHttp http;
    private final Map<String, String> headers;
    private ZoneId storeZone;

    public MagentoAdapter(ShopConnection connection, RemoteHttp http) {
        this.rest = new MagentoRest(connection);
        this.http = http;
        this.headers = rest.headers();
    }

    @Override
    public ConnectionCheck check() {
        RemoteHttp.Reply reply;
        try {
            reply = http.get(uri("store/storeConfigs", Map.of()), headers);
        } catch (RemoteException e) {
            return new ConnectionCheck(e.outcome(), e.getMessage());
        }
        JsonStructure body = parse(reply);
        boolean magentoError = body instanceof JsonObject o && o.containsKey("message");
        if (reply.status() == 401) {
            return new ConnectionCheck(magentoError ? Outcome.BAD_CREDENTIALS : Outcome.NOT_THE_PLATFORM, "HTTP 401");
        }
        if (!reply.ok()) {
            return new ConnectionCheck(magentoError ? Outcome.REMOTE_ERROR : Outcome.NOT_THE_PLATFORM,
                    "HTTP " + reply.status() + (magentoError ? ": " + ((JsonObject) body).getString("message", "") : ""));
        }
        if (!(body instanceof JsonArray configs) || configs.isEmpty()
                || !(configs.get(0) instanceof JsonObject config) || !config.containsKey("base_currency_code")) {
            return new ConnectionCheck(Outcome.NOT_THE_PLATFORM, "no store configuration in the answer");
        }
        return new ConnectionCheck(Outcome.OK, "Magento 2, store " + JsonFields.text(config, "code") + ", "
                + JsonFields.text(config, "base_currency_code"));
    }

    @Override
    public OrderPage orders(OrderQuery query, int offset) {
        int pageSize = Math.min(query.pageSize(), MAX_PAGE_SIZE);
        var params = new LinkedHashMap<String, String>();
        filter(params, 0, "updated_at", JsonFields.DATE_TIME.format(query.updatedFrom()), "gteq");
        filter(params, 1, "updated_at", JsonFields.DATE_TIME.format(query.updatedTo()), "lteq");
        if (!query.states().isEmpty()) {
            filter(params, 2, "status", String.join(",", query.states()), "in");
        }
        params.put("searchCriteria[sortOrders][0][field]", "updated_at");
        params.put("searchCriteria[sortOrders][0][direction]", "ASC");
        params.put("searchCriteria[sortOrders][1][field]", "entity_id");
        params.put("searchCriteria[sortOrders][1][direction]", "ASC");
        params.put("searchCriteria[pageSize]", Integer.toString(pageSize));
        int currentPage = offset / pageSize + 1;
        params.put("searchCriteria[currentPage]", Integer.toString(currentPage));
        JsonObject result = object(get("orders", params), "orders");
        var items = result.getJsonArray("items");
        int total = result.getInt("total_count", 0);

        var orders = new ArrayList<RemoteOrder>();
        var rejected = new ArrayList<RejectedRecord>();
        if (items != null && (currentPage - 1) * pageSize < total) {
            for (var value : items) {
                Object mapped = MagentoMapper.order(value.asJsonObject(), storeZone());
                if (mapped instanceof RemoteOrder order) {
                    orders.add(order);
                } else {
                    rejected.add((RejectedRecord) mapped);
                }
            }
        }
        boolean last = (long) currentPage * pageSize >= total || items == null || items.size() < pageSize;
        return new OrderPage(orders, rejected, last);
    }

    /**
     * {@code customers/search} with {@code entity_id in a,b,c}, at most {@link #MAX_PAGE_SIZE} ids a
     * request, so each request is one page. A deleted account is simply not in the answer.
     */
    @Override
    public CustomerBatch customers(List<String> remoteIds) {
        return CustomerBatch.read(remoteIds, MAX_PAGE_SIZE, ids -> {
            var params = new LinkedHashMap<String, String>();
            filter(params, 0, "entity_id", String.join(",", ids), "in");
            params.put("searchCriteria[pageSize]", Integer.toString(MAX_PAGE_SIZE));
            params.put("searchCriteria[currentPage]", "1");
            var items = object(get("customers/search", params), "customers/search").getJsonArray("items");
            return items == null ? List.of()
                    : items.stream().map(item -> MagentoMapper.account(item.asJsonObject())).toList();
        });
    }

    /** The time zone of the account's store view, from its configuration; UTC when it says none. */
    private ZoneId storeZone() {
        if (storeZone == null) {
            String code = rest.accountStore();
            storeZone = values(get("store/storeConfigs", Map.of())).stream()
                    .filter(c -> code.equals(JsonFields.text(c, "code"))).map(c -> JsonFields.text(c, "timezone"))
                    .filter(z -> z != null && ZoneId.getAvailableZoneIds().contains(z)).map(ZoneId::of).findFirst()
                    .orElse(ZoneOffset.UTC);
        }
        return storeZone;
    }

    @Override
    public List<StructureItem> structure() {
        var items = new ArrayList<StructureItem>();
        for (var website : values(get("store/websites", Map.of()))) {
            items.add(new StructureItem(Kind.WEBSITE, JsonFields.text(website, "id"),
                    JsonFields.text(website, "code"), JsonFields.text(website, "name")));
        }
        for (var store : values(get("store/storeViews", Map.of()))) {
            items.add(new StructureItem(Kind.STORE, JsonFields.text(store, "id"), JsonFields.text(store, "code"),
                    JsonFields.text(store, "name")));
        }
        for (var config : values(get("store/storeConfigs", Map.of()))) {
            String locale = JsonFields.text(config, "locale");
            if (locale != null && items.stream().noneMatch(i -> i.kind() == Kind.LANGUAGE && i.code().equals(locale))) {
                items.add(new StructureItem(Kind.LANGUAGE, locale, locale, locale));
            }
        }
        JsonObject currency = object(get("directory/currency", Map.of()), "directory/currency");
        if (currency.get("available_currency_codes") instanceof JsonArray codes) {
            for (var code : codes.getValuesAs(JsonString.class)) {
                items.add(new StructureItem(Kind.CURRENCY, code.getString(), code.getString(), code.getString()));
            }
        }
        for (var country : values(get("directory/countries", Map.of()))) {
            items.add(new StructureItem(Kind.COUNTRY, JsonFields.text(country, "id"),
                    JsonFields.text(country, "two_letter_abbreviation"),
                    JsonFields.text(country, "full_name_locale")));
        }
        var taxParams = new LinkedHashMap<String, String>();
        taxParams.put("searchCriteria[pageSize]", Integer.toString(MAX_PAGE_SIZE));
        var taxRules = object(get("taxRules/search", taxParams), "taxRules/search").getJsonArray("items");
        if (taxRules != null) {
            for (var rule : taxRules.getValuesAs(JsonObject.class)) {
                items.add(new StructureItem(Kind.TAX_RULE, JsonFields.text(rule, "id"),
                        JsonFields.text(rule, "code"), JsonFields.text(rule, "code")));
            }
        }
        for (String status : DEFAULT_STATUSES) {
            items.add(new StructureItem(Kind.ORDER_STATE, status, status, status));
        }
        // a token without Magento_Catalog::categories: the rest still counts
        items.addAll(RemoteHttp.optional(() -> {
            var categories = new ArrayList<StructureItem>();
            category(object(get("categories", Map.of()), "categories"), null, categories);
            return categories;
        }));
        return items;
    }

    /**
     * A node of the category tree of the account's store view (its root category and what is
     * below, names as the store view shows them) and its children: the enabled ones, each named by
     * its path from the top category, its parent as code (none for a top one). The Root Catalog
     * ({@value #ROOT_CATALOG}) is left out.
     */
    private static void category(JsonObject node, String parentPath, List<StructureItem> out) {
        String id = JsonFields.text(node, "id");
        String parent = JsonFields.text(node, "parent_id");
        String path = parentPath;
        if (!ROOT_CATALOG.equals(id)) {
            String name = JsonFields.text(node, "name");
            path = parentPath == null ? name : parentPath + StructureItem.PATH_SEPARATOR + name;
            if (node.getBoolean("is_active", false)) {
                boolean top = parent == null || "0".equals(parent) || ROOT_CATALOG.equals(parent);
                out.add(new StructureItem(Kind.CATEGORY, id, top ? null : parent, path));
            }
        }
        if (node.get("children_data") instanceof JsonArray children) {
            for (JsonObject child : children.getValuesAs(JsonObject.class)) {
                category(child, path, out);
            }
        }
    }

    private static void filter(Map<String, String> params, int group, String field, String value, String condition) {
        String prefix = "searchCriteria[filter_groups][" + group + "][filters][0]";
        params.put(prefix + "[field]", field);
        params.put(prefix + "[value]", value);
        params.put(prefix + "[condition_type]", condition);
    }

    private JsonStructure get(String path, Map<String, String> params) {
        return MagentoRest.read(http.get(uri(path, params), headers), path);
    }

    private static JsonObject object(JsonStructure body, String path) {
        if (!(body instanceof JsonObject o)) {
            throw new RemoteException(Outcome.NOT_THE_PLATFORM, "Unexpected answer on " + path, null);
        }
        return o;
    }

    private static List<JsonObject> values(JsonStructure body) {
        if (!(body instanceof JsonArray array)) {
            throw new RemoteException(Outcome.NOT_THE_PLATFORM, "Expected a list from Magento", null);
        }
        return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).toList();
    }

    private static JsonStructure parse(RemoteHttp.Reply reply) {
        return MagentoRest.parse(reply);
    }

    private URI uri(String path, Map<String, String> params) {
        return rest.uri(path, params);
    }
}
