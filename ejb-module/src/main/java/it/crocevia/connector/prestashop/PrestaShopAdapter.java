package it.crocevia.connector.prestashop;

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
import it.crocevia.connector.control.JsonFields;
import it.crocevia.connector.control.RemoteHttp;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * The PrestaShop webservice (1.7, 8, 9) of one shop: the key as Basic user name,
 * {@code output_format=JSON}, {@code display=full}, {@code filter[date_upd]=[from,to]} with
 * {@code date=1}, {@code sort}, and {@code limit=offset,count} paging. A page of orders costs three
 * requests: the orders, then their customers and addresses by {@code filter[id]=[a|b|c]}. Customers
 * read by id cost two requests per 500: the customers, then their addresses by {@code id_customer}.
 * Reference data (currencies, order states, carriers, countries) is read once per adapter.
 */
public final class PrestaShopAdapter implements ShopAdapter {

    /** PrestaShop's Root category, above Home: no product is placed in it. */
    static final String ROOT_CATEGORY = "1";
    /** Ids in one {@code filter[id]}: the URL stays well within a web server's 8 KB request line. */
    static final int MAX_IDS_PER_REQUEST = 500;

    private final PrestaShopWebservice webservice;
    private final RemoteHttp http;
    private final Map<String, String> headers;
    private PrestaShopMapper.References references;

    public PrestaShopAdapter(ShopConnection connection, RemoteHttp http) {
        this.webservice = new PrestaShopWebservice(connection);
        this.http = http;
        this.headers = Map.of("Authorization", webservice.authorization(), "Output-Format", "JSON",
                "Accept", "application/json");
    }

    @Override
    public ConnectionCheck check() {
        RemoteHttp.Reply reply;
        try {
            reply = http.get(uri("", Map.of()), headers);
        } catch (RemoteException e) {
            return new ConnectionCheck(e.outcome(), e.getMessage());
        }
        String version = reply.header("PSWS-Version");
        if (reply.status() == 401) {
            // PrestaShop names itself before authentication only in X-Powered-By and the Basic realm.
            boolean prestaShop = mentionsPrestaShop(reply.header("X-Powered-By"))
                    || mentionsPrestaShop(reply.header("WWW-Authenticate"));
            return new ConnectionCheck(prestaShop ? Outcome.BAD_CREDENTIALS : Outcome.NOT_THE_PLATFORM, "HTTP 401");
        }
        if (version == null) {
            return new ConnectionCheck(Outcome.NOT_THE_PLATFORM, "HTTP " + reply.status() + " without PSWS-Version");
        }
        if (!reply.ok()) {
            return new ConnectionCheck(Outcome.REMOTE_ERROR, "HTTP " + reply.status() + ": " + errorText(reply));
        }
        return new ConnectionCheck(Outcome.OK, "PrestaShop webservice " + version);
    }

    @Override
    public OrderPage orders(OrderQuery query, int offset) {
        var params = new LinkedHashMap<String, String>();
        params.put("display", "full");
        params.put("date", "1");
        params.put("filter[date_upd]", "[" + JsonFields.DATE_TIME.format(query.updatedFrom()) + ","
                + JsonFields.DATE_TIME.format(query.updatedTo()) + "]");
        if (!query.states().isEmpty()) {
            params.put("filter[current_state]", "[" + String.join("|", query.states()) + "]");
        }
        params.put("sort", "[date_upd_ASC,id_ASC]");
        params.put("limit", offset + "," + query.pageSize());
        List<JsonObject> rows = list("orders", params);

        var customerIds = new LinkedHashSet<String>();
        var addressIds = new LinkedHashSet<String>();
        for (JsonObject o : rows) {
            addIfPresent(customerIds, JsonFields.text(o, "id_customer"));
            addIfPresent(addressIds, JsonFields.text(o, "id_address_invoice"));
            addIfPresent(addressIds, JsonFields.text(o, "id_address_delivery"));
        }
        var both = byFields(List.of(new ByField("customers", "id", customerIds, Map.of(), (a, b) -> a),
                new ByField("addresses", "id", addressIds, Map.of(), (a, b) -> a)));
        Map<String, JsonObject> customers = both.get(0);
        Map<String, JsonObject> addresses = both.get(1);
        var refs = references();

        var orders = new ArrayList<RemoteOrder>(rows.size());
        var rejected = new ArrayList<RejectedRecord>();
        for (JsonObject o : rows) {
            Object mapped = PrestaShopMapper.order(o, customers, addresses, refs);
            if (mapped instanceof RemoteOrder order) {
                orders.add(order);
            } else {
                rejected.add((RejectedRecord) mapped);
            }
        }
        return new OrderPage(orders, rejected, rows.size() < query.pageSize());
    }

    /**
     * {@code filter[id]=[a|b|c]} on customers, at most {@link #MAX_IDS_PER_REQUEST} ids a request,
     * then the addresses of those customers that are not deleted, by {@code filter[id_customer]}.
     * A customer with {@code deleted} = 1 (deleted in the back office while its e-mail stays
     * blocked) counts as no longer on the platform.
     */
    @Override
    public CustomerBatch customers(List<String> remoteIds) {
        return CustomerBatch.read(remoteIds, MAX_IDS_PER_REQUEST, this::customersById);
    }

    /** The customers with these ids that are not deleted, each with its most recently changed address. */
    private List<Object> customersById(List<String> ids) {
        var both = byFields(List.of(new ByField("customers", "id", ids, Map.of(), (a, b) -> a),
                new ByField("addresses", "id_customer", ids, Map.of("filter[deleted]", "[0]"), PrestaShopMapper::later)));
        Map<String, JsonObject> rows = both.get(0);
        Map<String, JsonObject> addresses = both.get(1);
        List<JsonObject> customers = ids.stream().map(rows::get)
                .filter(c -> c != null && !"1".equals(JsonFields.text(c, "deleted"))).toList();
        return customers.stream()
                .map(c -> PrestaShopMapper.customer(c, addresses.get(JsonFields.text(c, "id")))).toList();
    }

    @Override
    public List<StructureItem> structure() {
        var items = new ArrayList<StructureItem>();
        items.addAll(structure(StructureItem.Kind.LANGUAGE, "languages", "iso_code", "name", true));
        items.addAll(structure(StructureItem.Kind.CURRENCY, "currencies", "iso_code", "name", true));
        items.addAll(structure(StructureItem.Kind.ORDER_STATE, "order_states", null, "name", false));
        items.addAll(structure(StructureItem.Kind.CARRIER, "carriers", null, "name", true));
        items.addAll(structure(StructureItem.Kind.COUNTRY, "countries", "iso_code", "name", true));
        // a key without access to tax_rule_groups or categories (401 code 26): the rest still counts
        items.addAll(RemoteHttp.optional(() -> structure(StructureItem.Kind.TAX_RULE, "tax_rule_groups", null, "name",
                true)));
        items.addAll(RemoteHttp.optional(this::categories));
        return items;
    }

    /**
     * The enabled categories below Root ({@value #ROOT_CATEGORY}), each named by its path from its
     * top category (Home) in the shop's first language, its parent as code (none for a top one).
     */
    private List<StructureItem> categories() {
        var params = new LinkedHashMap<String, String>();
        params.put("display", "[id,id_parent,name,active]");
        params.put("sort", "[id_ASC]");
        var rows = new LinkedHashMap<String, JsonObject>();
        list("categories", params).forEach(row -> rows.put(JsonFields.text(row, "id"), row));
        var out = new ArrayList<StructureItem>();
        for (JsonObject row : rows.values()) {
            String id = JsonFields.text(row, "id");
            if (ROOT_CATEGORY.equals(id) || "0".equals(JsonFields.text(row, "active"))) {
                continue;
            }
            var path = new ArrayList<String>();
            String parent = JsonFields.text(row, "id_parent");
            for (JsonObject at = row; at != null && path.size() <= rows.size(); at = rows.get(
                    JsonFields.text(at, "id_parent"))) {
                if (ROOT_CATEGORY.equals(JsonFields.text(at, "id"))) {
                    break;
                }
                path.add(0, name(at.get("name")));
            }
            boolean top = parent == null || "0".equals(parent) || ROOT_CATEGORY.equals(parent);
            out.add(new StructureItem(StructureItem.Kind.CATEGORY, id, top ? null : parent,
                    String.join(StructureItem.PATH_SEPARATOR, path)));
        }
        return out;
    }

    /** One resource of the structure: id, an optional code field and a (possibly multilingual) name. */
    private List<StructureItem> structure(StructureItem.Kind kind, String resource, String codeField,
            String nameField, boolean onlyActive) {
        var params = new LinkedHashMap<String, String>();
        params.put("display", "full");
        var out = new ArrayList<StructureItem>();
        for (JsonObject row : list(resource, params)) {
            if (onlyActive && "0".equals(JsonFields.text(row, "active"))
                    || "1".equals(JsonFields.text(row, "deleted"))) {
                continue;
            }
            out.add(new StructureItem(kind, JsonFields.text(row, "id"),
                    codeField == null ? null : JsonFields.text(row, codeField), name(row.get(nameField))));
        }
        return out;
    }

    private static String name(JsonValue value) {
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray().isEmpty() ? null
                    : JsonFields.text(value.asJsonArray().getJsonObject(0), "value");
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private PrestaShopMapper.References references() {
        if (references == null) {
            references = new PrestaShopMapper.References(field("currencies", "iso_code"), field("order_states", "name"),
                    field("carriers", "name"), field("countries", "iso_code"));
        }
        return references;
    }

    /** id → one field of a small reference resource; multilingual names take their first language. */
    private Map<String, String> field(String resource, String name) {
        var params = new LinkedHashMap<String, String>();
        params.put("display", "[id," + name + "]");
        var out = new HashMap<String, String>();
        for (JsonObject row : list(resource, params)) {
            JsonValue value = row.get(name);
            String text = value != null && value.getValueType() == JsonValue.ValueType.ARRAY
                    && !value.asJsonArray().isEmpty()
                            ? JsonFields.text(value.asJsonArray().getJsonObject(0), "value")
                            : JsonFields.text(row, name);
            out.put(JsonFields.text(row, "id"), text);
        }
        return out;
    }

    /**
     * The records of a resource whose {@code field} is one of {@code values} (and that pass
     * {@code filters}), by that field; {@code pick} keeps one of two records with the same value.
     */
    private record ByField(String resource, String field, Collection<String> values, Map<String, String> filters,
            BinaryOperator<JsonObject> pick) {

        Map<String, String> params() {
            var params = new LinkedHashMap<String, String>();
            params.put("display", "full");
            params.put("filter[" + field + "]", "[" + String.join("|", values) + "]");
            params.putAll(filters);
            return params;
        }
    }

    /** Several lookups by field, sent at once; the answers in the same order. */
    private List<Map<String, JsonObject>> byFields(List<ByField> lookups) {
        var asked = lookups.stream().filter(l -> !l.values().isEmpty()).toList();
        var replies = http.getAll(asked.stream().map(l -> uri(l.resource(), l.params())).toList(), headers);
        var out = new ArrayList<Map<String, JsonObject>>(lookups.size());
        for (ByField lookup : lookups) {
            int i = asked.indexOf(lookup);
            out.add(i < 0 ? Map.of() : rows(lookup.resource(), replies.get(i)).stream()
                    .collect(Collectors.toMap(o -> JsonFields.text(o, lookup.field()), o -> o, lookup.pick())));
        }
        return out;
    }

    /** A resource list; PrestaShop answers an empty result with a bare {@code []}. */
    private List<JsonObject> list(String resource, Map<String, String> params) {
        return rows(resource, http.get(uri(resource, params), headers));
    }

    private static List<JsonObject> rows(String resource, RemoteHttp.Reply reply) {
        if (reply.status() == 401) {
            throw PrestaShopWebservice.badKey();
        }
        if (!reply.ok()) {
            throw new RemoteException(Outcome.REMOTE_ERROR,
                    "PrestaShop answered HTTP " + reply.status() + " on " + resource + ": " + errorText(reply), null);
        }
        try (var reader = Json.createReader(reply.stream())) {
            JsonValue body = reader.readValue();
            if (body.getValueType() == JsonValue.ValueType.ARRAY) {
                return List.of();
            }
            JsonValue items = body.asJsonObject().get(resource);
            if (items == null || items.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new RemoteException(Outcome.NOT_THE_PLATFORM, "No \"" + resource + "\" list in the answer", null);
            }
            return items.asJsonArray().getValuesAs(JsonObject.class);
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            throw new RemoteException(Outcome.NOT_THE_PLATFORM, "The answer on " + resource + " is not PrestaShop's JSON",
                    e);
        }
    }

    private static boolean mentionsPrestaShop(String header) {
        return header != null && header.toLowerCase(Locale.ROOT).contains("prestashop");
    }

    private static String errorText(RemoteHttp.Reply reply) {
        return PrestaShopWebservice.errorText(reply);
    }

    private URI uri(String resource, Map<String, String> params) {
        var all = new LinkedHashMap<String, String>();
        all.put("output_format", "JSON");
        all.putAll(params);
        return webservice.uri(resource, all);
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null && !"0".equals(id)) {
            ids.add(id);
        }
    }
}
