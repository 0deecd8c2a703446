package it.crocevia.testserver.prestashop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The seeding and changing API of a {@link PrestaShopTestServer}'s shop: customers, addresses,
 * orders (with their lines and state history), products (with their stock), categories and
 * manufacturers, updates that move {@code date_upd} as the shop does, and raw reads for
 * assertions, such as what a client published ({@link #product(int)},
 * {@link #productByReference(String)}, {@link #stockOf(int)}, {@link #images(int)}).
 *
 * <p>Nothing is validated on purpose: an order may point to a customer that does not exist or to
 * an unknown currency, and any field may hold any text, so clients can be tested against the
 * malformed records real shops contain. Every call is atomic for concurrent requests.
 */
public final class PrestaShopData {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String PASSWORD_HASH = "$2y$10$3VtYIrVlvXqNOnSx5cMl3u7ItCvPXNrEq/Fw3Ho2I4WsA6wJ2zQ2W";
    private static final Set<String> SHOP_RESOURCES = Set.of("orders", "order_details", "order_histories",
            "customers", "addresses", "products", "stock_availables");

    private static final Map<Integer, List<List<Row>>> ID_ONLY_ASSOCIATIONS =
            new ConcurrentHashMap<>();

    private final Store store;
    private final Random random = new Random(20_240_501L);
    private volatile Clock clock;

    PrestaShopData(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void clock(Clock clock) {
        this.clock = clock;
    }

    /** @return the shop's current time (its time zone, whole seconds) */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** @return the new customer's id */
    public int addCustomer(CustomerSpec spec) {
        return store.writeAndGet(s -> insertCustomer(s, spec));
    }

    /** @return the new address's id */
    public int addAddress(AddressSpec spec) {
        return store.writeAndGet(s -> insertAddress(s, spec));
    }

    /** @return the new order's id; its lines become {@code order_details} and its state an {@code order_history} */
    public int addOrder(OrderSpec spec) {
        return store.writeAndGet(s -> insertOrder(s, spec));
    }

    /**
     * Adds a product as the back office saves it, with its {@code stock_availables} row.
     *
     * @return the new product's id
     */
    public int addProduct(ProductSpec spec) {
        return store.writeAndGet(s -> insertProduct(s, spec));
    }

    /**
     * Adds an active category as the back office does, as the last child of its parent.
     *
     * @param parentId the parent category, e.g. {@link PrestaShopDefaults#CATEGORY_HOME}
     * @return the new category's id
     */
    public int addCategory(int parentId, String italian, String english) {
        return addCategory(parentId, italian, english, true);
    }

    /** Like {@link #addCategory(int, String, String)}, enabled or not. */
    public int addCategory(int parentId, String italian, String english, boolean active) {
        return store.writeAndGet(s -> {
            Table table = s.table(Resources.CATEGORIES);
            Row parent = existing(table, parentId);
            int depth = (int) Php.intval(parent.text(index("categories", "level_depth"))) + 1;
            int id = table.nextId();
            ReferenceData.category(table, id, parentId, depth, "0", italian, english, Formats.bool(active));
            return id;
        });
    }

    /**
     * Adds a brand as the back office saves it: active, dated now.
     *
     * @return the new manufacturer's id
     */
    public int addManufacturer(String name) {
        return store.writeAndGet(s -> {
            Table table = s.table(Resources.MANUFACTURERS);
            Values v = new Values(Resources.MANUFACTURERS);
            Localized empty = Localized.same("");
            String date = Formats.dateTime(now());
            v.put("active", "1").put("link_rewrite", null).put("name", name).put("date_add", date)
                    .put("date_upd", date).put("description", empty).put("short_description", empty)
                    .put("meta_title", empty).put("meta_description", empty).put("meta_keywords", empty);
            v.override(Map.of());
            Row row = ManufacturerModel.computed(new Row(table.nextId(), v.values, List.of(List.of())));
            table.put(row);
            return row.id;
        });
    }

    /** @return the images uploaded for a product, by position (none for a product without images) */
    public List<PrestaShopImage> images(int productId) {
        return store.read(s -> s.images().of(productId));
    }

    /** @return the product, empty when there is none with this id (never was, or deleted) */
    public Optional<PrestaShopProduct> product(int productId) {
        return store.read(s -> Optional.ofNullable(s.table(Resources.PRODUCTS).get(productId))
                .map(PrestaShopProduct::of));
    }

    /**
     * @return the product with this reference and the lowest id (MySQL compares references
     *     without case), empty when none
     */
    public Optional<PrestaShopProduct> productByReference(String reference) {
        Object key = SqlCompare.key(Kind.TEXT, reference);
        int field = index("products", "reference");
        return store.read(s -> s.table(Resources.PRODUCTS).ascending().stream()
                .filter(row -> row.text(field) != null && SqlCompare.key(Kind.TEXT, row.text(field)).equals(key))
                .findFirst().map(PrestaShopProduct::of));
    }

    /**
     * Changes a product's fields (raw text: {@code price}, {@code reference}, {@code active}...) as
     * the back office saves it: {@code date_upd} becomes now unless given.
     */
    public void updateProduct(int productId, Map<String, String> changes) {
        updateNow("products", productId, changes);
        store.write(s -> {
            Table products = s.table(Resources.PRODUCTS);
            products.put(ProductModel.computed(s, products.get(productId)));
        });
    }

    /**
     * @return the product's own {@code stock_availables} row ({@code id_product_attribute} 0)
     * @throws IllegalArgumentException when it has none
     */
    public StockAvailable stockOf(int productId) {
        return store.read(s -> StockAvailable.of(stockRow(s, productId)));
    }

    /** Sets the available quantity of a product's own stock row, as the back office does. */
    public void setStock(int productId, int quantity) {
        store.write(s -> {
            Row row = stockRow(s, productId);
            s.table(Resources.STOCK_AVAILABLES).put(row.with(index("stock_availables", "quantity"),
                    Integer.toString(quantity)));
        });
    }

    private static Row stockRow(Store s, int productId) {
        Table stock = s.table(Resources.STOCK_AVAILABLES);
        int attribute = index("stock_availables", "id_product_attribute");
        return stock.lookup(index("stock_availables", "id_product"), Set.of(SqlCompare.key(Kind.ID,
                        Integer.toString(productId)))).stream()
                .filter(row -> "0".equals(row.text(attribute))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stock row for product " + productId));
    }

    /**
     * Sets an order's {@code date_upd}, as any change in the back office does.
     *
     * @param orderId the order
     * @param dateUpd the new {@code date_upd}, shop time zone
     */
    public void touch(int orderId, LocalDateTime dateUpd) {
        touch("orders", orderId, dateUpd);
    }

    /**
     * Sets the {@code date_upd} of any record that has one (orders, customers, addresses).
     *
     * @param resource the resource name
     * @param id the record
     * @param dateUpd the new value, shop time zone
     */
    public void touch(String resource, int id, LocalDateTime dateUpd) {
        update(resource, id, Map.of("date_upd", Formats.dateTime(dateUpd)));
    }

    /**
     * Changes an order's fields (raw text); {@code date_upd} becomes now unless given.
     *
     * @param orderId the order
     * @param changes field name to raw value
     */
    public void updateOrder(int orderId, Map<String, String> changes) {
        updateNow("orders", orderId, changes);
    }

    /**
     * Changes a customer's fields (raw text: {@code email}, {@code firstname}, {@code company},
     * {@code deleted}...) as the back office saves it: {@code date_upd} becomes now unless given.
     *
     * @param customerId the customer
     * @param changes field name to raw value
     */
    public void updateCustomer(int customerId, Map<String, String> changes) {
        updateNow("customers", customerId, changes);
    }

    /**
     * Changes an address's fields (raw text: {@code vat_number}, {@code dni}, {@code phone}...) as
     * the back office saves it: {@code date_upd} becomes now unless given.
     *
     * @param addressId the address
     * @param changes field name to raw value
     */
    public void updateAddress(int addressId, Map<String, String> changes) {
        updateNow("addresses", addressId, changes);
    }

    private void updateNow(String resource, int id, Map<String, String> changes) {
        Map<String, String> withDate = new HashMap<>(changes);
        withDate.putIfAbsent("date_upd", Formats.dateTime(now()));
        update(resource, id, withDate);
    }

    /**
     * Deletes a record as PrestaShop's {@code ObjectModel::delete} does: the row is gone (its id
     * answers 404 and is not given out again), with these rules of the shop's classes:
     * <ul>
     *   <li>an address that an order uses ({@code Address::isUsed}) is only marked
     *       {@code deleted} = 1 (and {@code date_upd} moves);</li>
     *   <li>deleting a customer without orders deletes its addresses too ({@code Customer::delete});
     *       a customer with orders keeps them.</li>
     * </ul>
     * A customer deleted in the back office with "do not allow re-registration" is not deleted
     * but marked {@code deleted} = 1: do that with {@link #updateCustomer(int, Map)}. Deleting a
     * product deletes its stock rows.
     *
     * @param resource the resource name
     * @param id the record
     */
    public void delete(String resource, int id) {
        store.write(s -> {
            Table table = s.table(resource);
            existing(table, id);
            switch (resource) {
                case "customers" -> {
                    String customerId = Formats.integer(id);
                    if (s.table(Resources.ORDERS).ascending().stream()
                            .noneMatch(o -> customerId.equals(o.text(index("orders", "id_customer"))))) {
                        s.table(Resources.ADDRESSES).ascending().stream()
                                .filter(a -> customerId.equals(a.text(index("addresses", "id_customer"))))
                                .map(a -> a.id).toList().forEach(addressId -> deleteAddress(s, addressId));
                    }
                    table.remove(id);
                }
                case "addresses" -> deleteAddress(s, id);
                case "products" -> ProductModel.INSTANCE.delete(s, id);
                default -> table.remove(id);
            }
        });
    }

    private void deleteAddress(Store s, int addressId) {
        String address = Formats.integer(addressId);
        int delivery = index("orders", "id_address_delivery");
        int invoice = index("orders", "id_address_invoice");
        Table addresses = s.table(Resources.ADDRESSES);
        if (s.table(Resources.ORDERS).ascending().stream()
                .anyMatch(o -> address.equals(o.text(delivery)) || address.equals(o.text(invoice)))) {
            addresses.put(addresses.get(addressId).with(index("addresses", "deleted"), "1")
                    .with(index("addresses", "date_upd"), Formats.dateTime(now())));
        } else {
            addresses.remove(addressId);
        }
    }

    /**
     * Moves an order to another state as the back office does: {@code current_state},
     * {@code valid} and {@code date_upd} change and an {@code order_history} is added.
     */
    public void changeOrderState(int orderId, int stateId, LocalDateTime at) {
        store.write(s -> {
            Table orders = s.table(Resources.ORDERS);
            Row order = existing(orders, orderId);
            Row changed = order.with(index("orders", "current_state"), Integer.toString(stateId))
                    .with(index("orders", "valid"), stateFlag(s, stateId, "logable"))
                    .with(index("orders", "date_upd"), Formats.dateTime(at));
            orders.put(changed);
            insertHistory(s, orderId, stateId, at);
        });
    }

    /**
     * Changes any record's single-language fields to raw text. Changing an {@code order_details}
     * record also changes the {@code order_rows} of its order.
     *
     * @param resource the resource name
     * @param id the record
     * @param changes field name to raw value
     */
    public void update(String resource, int id, Map<String, String> changes) {
        store.write(s -> {
            Table table = s.table(resource);
            Row row = existing(table, id);
            for (Map.Entry<String, String> change : changes.entrySet()) {
                int field = table.resource.required(change.getKey());
                if (table.resource.fields.get(field).i18n()) {
                    throw new IllegalArgumentException(change.getKey() + " is multilingual: it has no single raw text");
                }
                row = row.with(field, change.getValue());
            }
            table.put(row);
            if (resource.equals("order_details")) {
                refreshOrderRows(s, row);
            }
        });
    }

    /** @return how many records the resource holds */
    public int count(String resource) {
        return store.read(s -> s.table(resource).size());
    }

    /** @return the ids of the resource's records, ascending */
    public List<Integer> ids(String resource) {
        return store.read(s -> s.table(resource).ids());
    }

    /**
     * @return the stored text of a field (the Italian text of a multilingual one), null when the
     *     field holds null
     */
    public String value(String resource, int id, String field) {
        return store.read(s -> {
            Table table = s.table(resource);
            Object value = existing(table, id).value(table.resource.required(field));
            return value instanceof Localized localized ? localized.get(PrestaShopDefaults.LANG_IT) : Row.phpText(value);
        });
    }

    /** Removes every order, customer, address and product (and its images); the reference data stays. */
    public void clearShopData() {
        store.write(s -> {
            SHOP_RESOURCES.forEach(name -> s.table(name).clear());
            s.images().clear();
        });
    }

    /** Seeds many records under one write lock, for the generator. */
    void bulk(Consumer<Bulk> work) {
        store.write(s -> work.accept(new Bulk(s)));
    }

    /** Inserts within an already held write lock. */
    final class Bulk {
        private final Store locked;

        private Bulk(Store locked) {
            this.locked = locked;
        }

        int customer(CustomerSpec spec) {
            return insertCustomer(locked, spec);
        }

        int address(AddressSpec spec) {
            return insertAddress(locked, spec);
        }

        int order(OrderSpec spec) {
            return insertOrder(locked, spec);
        }
    }

    private int insertCustomer(Store s, CustomerSpec spec) {
        Table table = s.table(Resources.CUSTOMERS);
        int id = table.nextId();
        LocalDateTime added = spec.dateAdd != null ? spec.dateAdd : now();
        LocalDateTime updated = spec.dateUpd != null ? spec.dateUpd : added;
        String addedText = Formats.dateTime(added);
        Values v = new Values(Resources.CUSTOMERS);
        int group = spec.guest ? PrestaShopDefaults.GROUP_GUEST : PrestaShopDefaults.GROUP_CUSTOMER;
        v.put("id_default_group", group).put("id_lang", spec.languageId)
                .put("newsletter_date_add", spec.newsletter ? addedText : Formats.ZERO_DATETIME)
                .put("ip_registration_newsletter", null).put("last_passwd_gen", addedText)
                .put("secure_key", hex(32)).put("deleted", "0").put("passwd", PASSWORD_HASH)
                .put("lastname", spec.lastname).put("firstname", spec.firstname).put("email", spec.email)
                .put("id_gender", spec.genderId).put("birthday", Formats.date(spec.birthday))
                .put("newsletter", Formats.bool(spec.newsletter)).put("optin", "0").put("website", null)
                .put("company", spec.company).put("siret", spec.siret).put("ape", null)
                .put("outstanding_allow_amount", "0.000000").put("show_public_prices", "0").put("id_risk", "0")
                .put("max_payment_days", "0").put("active", "1").put("note", null)
                .put("is_guest", Formats.bool(spec.guest)).put("id_shop", "1").put("id_shop_group", "1")
                .put("date_add", addedText).put("date_upd", updated.equals(added) ? addedText : Formats.dateTime(updated))
                .put("reset_password_token", null).put("reset_password_validity", null);
        v.override(spec.overrides());
        table.put(new Row(id, v.values, idOnlyAssociation(group)));
        return id;
    }

    private int insertAddress(Store s, AddressSpec spec) {
        Table table = s.table(Resources.ADDRESSES);
        int id = table.nextId();
        LocalDateTime added = spec.dateAdd != null ? spec.dateAdd : now();
        LocalDateTime updated = spec.dateUpd != null ? spec.dateUpd : added;
        Values v = new Values(Resources.ADDRESSES);
        v.put("id_customer", spec.customerId).put("id_manufacturer", "0").put("id_supplier", "0")
                .put("id_warehouse", "0").put("id_country", spec.countryId).put("id_state", spec.stateId)
                .put("alias", spec.alias).put("company", spec.company).put("lastname", spec.lastname)
                .put("firstname", spec.firstname).put("vat_number", spec.vatNumber).put("address1", spec.address1)
                .put("address2", spec.address2).put("postcode", spec.postcode).put("city", spec.city)
                .put("other", spec.other).put("phone", spec.phone).put("phone_mobile", spec.phoneMobile)
                .put("dni", spec.dni).put("deleted", "0").put("date_add", Formats.dateTime(added))
                .put("date_upd", Formats.dateTime(updated));
        v.override(spec.overrides());
        table.put(new Row(id, v.values, List.of()));
        return id;
    }

    private int insertProduct(Store s, ProductSpec spec) {
        Table table = s.table(Resources.PRODUCTS);
        int id = table.nextId();
        LocalDateTime added = spec.dateAdd != null ? spec.dateAdd : now();
        LocalDateTime updated = spec.dateUpd != null ? spec.dateUpd : added;
        String zero = "0.000000";
        Localized empty = Localized.same("");
        Values v = new Values(Resources.PRODUCTS);
        v.put("id_manufacturer", spec.manufacturer).put("id_supplier", "0")
                .put("id_category_default", spec.categoryDefault).put("new", null).put("cache_default_attribute", "0")
                .put("id_default_image", null).put("id_default_combination", null)
                .put("id_tax_rules_group", spec.taxRulesGroup).put("position_in_category", null)
                .put("manufacturer_name", null).put("quantity", null).put("type", null).put("id_shop_default", "1")
                .put("reference", spec.reference).put("supplier_reference", "").put("location", "")
                .put("width", zero).put("height", zero).put("depth", zero).put("weight", Formats.amount(spec.weight))
                .put("quantity_discount", "0").put("ean13", spec.ean13).put("isbn", "").put("upc", spec.upc)
                .put("mpn", spec.mpn).put("cache_is_pack", "0").put("cache_has_attachments", "0")
                .put("is_virtual", "0").put("state", "1").put("additional_delivery_times", "1")
                .put("delivery_in_stock", empty).put("delivery_out_stock", empty).put("on_sale", "0")
                .put("online_only", "0").put("ecotax", zero).put("minimal_quantity", "1")
                .put("low_stock_threshold", null).put("low_stock_alert", "0").put("price", Formats.amount(spec.price))
                .put("wholesale_price", zero).put("unity", "").put("unit_price_ratio", zero)
                .put("additional_shipping_cost", zero).put("customizable", "0").put("text_fields", "0")
                .put("uploadable_files", "0").put("active", Formats.bool(spec.active)).put("redirect_type", "default")
                .put("id_type_redirected", "0").put("available_for_order", "1")
                .put("available_date", Formats.ZERO_DATE).put("show_condition", "0").put("condition", "new")
                .put("show_price", "1").put("indexed", "1").put("visibility", spec.visibility)
                .put("advanced_stock_management", "0").put("date_add", Formats.dateTime(added))
                .put("date_upd", Formats.dateTime(updated)).put("pack_stock_type", "3")
                .put("meta_description", empty).put("meta_keywords", empty).put("meta_title", empty)
                .put("link_rewrite", Localized.of(
                        spec.linkIt != null ? spec.linkIt : ProductModel.linkRewrite(spec.nameIt),
                        spec.linkEn != null ? spec.linkEn : ProductModel.linkRewrite(spec.nameEn)))
                .put("name", Localized.of(spec.nameIt, spec.nameEn))
                .put("description", Localized.of(spec.descriptionIt, spec.descriptionEn))
                .put("description_short", Localized.of(spec.shortIt, spec.shortEn))
                .put("available_now", empty).put("available_later", empty);
        v.override(spec.overrides());
        Row stock = StockAvailableModel.create(s, id, 2);
        s.table(Resources.STOCK_AVAILABLES).put(stock.with(index("stock_availables", "quantity"),
                Integer.toString(spec.quantity)));
        List<List<Row>> associations = new ArrayList<>();
        for (Association association : Resources.PRODUCTS.associations) {
            associations.add(switch (association.name()) {
                case "categories" -> spec.categories.stream().distinct()
                        .map(category -> new Row(category, new Object[1], List.of())).toList();
                case "stock_availables" -> List.of(ProductModel.stockElement(stock));
                default -> List.of();
            });
        }
        table.put(ProductModel.computed(s, new Row(id, v.values, List.copyOf(associations))));
        return id;
    }

    private int insertOrder(Store s, OrderSpec spec) {
        Table orders = s.table(Resources.ORDERS);
        Table details = s.table(Resources.ORDER_DETAILS);
        int id = orders.nextId();
        LocalDateTime added = spec.dateAdd != null ? spec.dateAdd : now();
        LocalDateTime updated = spec.dateUpd != null ? spec.dateUpd : added;
        BigDecimal productsWt = BigDecimal.ZERO;
        BigDecimal products = BigDecimal.ZERO;
        List<Row> orderRows = new ArrayList<>(spec.lines.size());
        String orderIdText = Formats.integer(id);
        boolean invoiced = "1".equals(stateFlag(s, spec.stateId, "invoice"));
        for (OrderLine line : spec.lines) {
            BigDecimal divisor = BigDecimal.ONE.add(line.taxRate.divide(HUNDRED));
            BigDecimal unitIncl = line.unitPriceTaxIncl;
            BigDecimal unitExcl = unitIncl.divide(divisor, 6, RoundingMode.HALF_UP);
            BigDecimal quantity = BigDecimal.valueOf(line.quantity);
            BigDecimal totalIncl = unitIncl.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
            BigDecimal totalExcl = unitExcl.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
            productsWt = productsWt.add(totalIncl);
            products = products.add(totalExcl);
            Row detail = detailRow(details.nextId(), orderIdText, line, unitIncl, unitExcl, totalIncl, totalExcl,
                    invoiced ? id : 0);
            details.put(detail);
            orderRows.add(detail);
        }
        BigDecimal vat = new BigDecimal("1.22");
        BigDecimal shippingExcl = spec.shippingTaxIncl.divide(vat, 2, RoundingMode.HALF_UP);
        BigDecimal discountExcl = spec.discountTaxIncl.divide(vat, 2, RoundingMode.HALF_UP);
        BigDecimal paidIncl = productsWt.add(spec.shippingTaxIncl).subtract(spec.discountTaxIncl);
        BigDecimal paidExcl = products.add(shippingExcl).subtract(discountExcl);
        String logable = stateFlag(s, spec.stateId, "logable");
        String addedText = Formats.dateTime(added);
        String updatedText = updated.equals(added) ? addedText : Formats.dateTime(updated);
        String paid = Formats.amount(paidIncl);
        String shipping = Formats.amount(spec.shippingTaxIncl);
        String discounts = Formats.amount(spec.discountTaxIncl);
        Values v = new Values(Resources.ORDERS);
        v.put("id_address_delivery", spec.deliveryAddressId).put("id_address_invoice", spec.invoiceAddressId)
                .put("id_cart", orderIdText).put("id_currency", spec.currencyId).put("id_lang", spec.languageId)
                .put("id_customer", spec.customerId).put("id_carrier", spec.carrierId)
                .put("current_state", spec.stateId).put("module", spec.module)
                .put("invoice_number", invoiced ? Integer.toString(id) : "0")
                .put("invoice_date", invoiced ? addedText : Formats.ZERO_DATETIME)
                .put("delivery_number", "0").put("delivery_date", Formats.ZERO_DATETIME).put("valid", logable)
                .put("date_add", addedText).put("date_upd", updatedText)
                .put("shipping_number", spec.shippingNumber).put("note", "").put("id_shop_group", "1")
                .put("id_shop", "1").put("secure_key", hex(32)).put("payment", spec.payment)
                .put("recyclable", "0").put("gift", "0").put("gift_message", "").put("mobile_theme", "0")
                .put("total_discounts", discounts).put("total_discounts_tax_incl", discounts)
                .put("total_discounts_tax_excl", Formats.amount(discountExcl))
                .put("total_paid", paid).put("total_paid_tax_incl", paid)
                .put("total_paid_tax_excl", Formats.amount(paidExcl))
                .put("total_paid_real", "1".equals(logable) ? paid : "0.000000")
                .put("total_products", Formats.amount(products)).put("total_products_wt", Formats.amount(productsWt))
                .put("total_shipping", shipping).put("total_shipping_tax_incl", shipping)
                .put("total_shipping_tax_excl", Formats.amount(shippingExcl)).put("carrier_tax_rate", "22.000")
                .put("total_wrapping", "0.000000").put("total_wrapping_tax_incl", "0.000000")
                .put("total_wrapping_tax_excl", "0.000000").put("round_mode", "2").put("round_type", "2")
                .put("conversion_rate", Formats.amount(spec.conversionRate))
                .put("reference", spec.reference != null ? spec.reference : reference());
        v.override(spec.overrides());
        orders.put(new Row(id, v.values, List.of(List.copyOf(orderRows))));
        insertHistory(s, id, spec.stateId, added);
        return id;
    }

    private static Row detailRow(int detailId, String orderId, OrderLine line, BigDecimal unitIncl,
            BigDecimal unitExcl, BigDecimal totalIncl, BigDecimal totalExcl, int invoiceId) {
        Values v = new Values(Resources.ORDER_DETAILS);
        String zero = "0.000000";
        v.put("id_order", orderId).put("product_id", line.productId).put("product_attribute_id", line.attributeId)
                .put("product_quantity_reinjected", "0").put("group_reduction", "0.00")
                .put("discount_quantity_applied", "0").put("download_hash", "")
                .put("download_deadline", Formats.ZERO_DATETIME).put("id_order_invoice", invoiceId)
                .put("id_warehouse", "0").put("id_shop", "1").put("id_customization", "0")
                .put("product_name", line.name).put("product_quantity", line.quantity)
                .put("product_quantity_in_stock", line.quantity).put("product_quantity_return", "0")
                .put("product_quantity_refunded", "0").put("product_price", Formats.amount(unitExcl))
                .put("reduction_percent", "0.00").put("reduction_amount", zero)
                .put("reduction_amount_tax_incl", zero).put("reduction_amount_tax_excl", zero)
                .put("product_quantity_discount", zero).put("product_ean13", line.ean13).put("product_isbn", "")
                .put("product_upc", "").put("product_mpn", "").put("product_reference", line.reference)
                .put("product_supplier_reference", "").put("product_weight", zero).put("tax_computation_method", "0")
                .put("id_tax_rules_group", taxRulesGroup(line.taxRate)).put("ecotax", zero)
                .put("ecotax_tax_rate", "0.000").put("download_nb", "0")
                .put("unit_price_tax_incl", Formats.amount(unitIncl)).put("unit_price_tax_excl", Formats.amount(unitExcl))
                .put("total_price_tax_incl", Formats.amount(totalIncl))
                .put("total_price_tax_excl", Formats.amount(totalExcl)).put("total_shipping_price_tax_excl", zero)
                .put("total_shipping_price_tax_incl", zero).put("purchase_supplier_price", zero)
                .put("original_product_price", Formats.amount(unitExcl)).put("original_wholesale_price", zero)
                .put("total_refunded_tax_excl", zero).put("total_refunded_tax_incl", zero);
        return new Row(detailId, v.values, idOnlyAssociation(taxRulesGroup(line.taxRate)));
    }

    private void refreshOrderRows(Store s, Row detail) {
        Table orders = s.table(Resources.ORDERS);
        Row order = orders.get((int) Php.intval(detail.text(index("order_details", "id_order"))));
        if (order == null) {
            return;
        }
        List<Row> rows = new ArrayList<>(order.association(0));
        rows.replaceAll(row -> row.id == detail.id ? detail : row);
        orders.put(new Row(order.id, order.copyOfValues(), List.of(List.copyOf(rows))));
    }

    private static void insertHistory(Store s, int orderId, int stateId, LocalDateTime at) {
        Table histories = s.table(Resources.ORDER_HISTORIES);
        Values v = new Values(Resources.ORDER_HISTORIES);
        v.put("id_employee", "0").put("id_order_state", stateId).put("id_order", orderId)
                .put("date_add", Formats.dateTime(at));
        histories.put(new Row(histories.nextId(), v.values, List.of()));
    }

    private static String stateFlag(Store s, int stateId, String flag) {
        Row state = s.table(Resources.ORDER_STATES).get(stateId);
        return state == null ? "0" : state.text(Resources.ORDER_STATES.required(flag));
    }

    /**
     * The associations of a row whose only association is one element with an id (a customer's
     * group, an order line's tax), shared between rows since they are immutable.
     */
    private static List<List<Row>> idOnlyAssociation(int id) {
        return ID_ONLY_ASSOCIATIONS.computeIfAbsent(id, key -> List.of(List.of(new Row(key, new Object[1], List.of()))));
    }

    /** The Italian localization pack's group of a rate ({@link PrestaShopDefaults#TAX_GROUP_22}...). */
    private static int taxRulesGroup(BigDecimal rate) {
        return switch (rate.stripTrailingZeros().toPlainString()) {
            case "22" -> PrestaShopDefaults.TAX_GROUP_22;
            case "10" -> PrestaShopDefaults.TAX_GROUP_10;
            case "5" -> PrestaShopDefaults.TAX_GROUP_5;
            case "4" -> PrestaShopDefaults.TAX_GROUP_4;
            default -> PrestaShopDefaults.TAX_GROUP_0;
        };
    }

    private static int index(String resource, String field) {
        return Resources.SERVED.get(resource).required(field);
    }

    private static Row existing(Table table, int id) {
        Row row = table.get(id);
        if (row == null) {
            throw new IllegalArgumentException("no " + table.resource.node + " with id " + id);
        }
        return row;
    }

    private String hex(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(Character.forDigit(random.nextInt(16), 16));
        }
        return text.toString();
    }

    private String reference() {
        char[] letters = new char[9];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('A' + random.nextInt(26));
        }
        return new String(letters);
    }

    /** Fills a row's values by field name; every field must be set (a missing one is a bug here). */
    private static final class Values {
        private final Resource resource;
        private final Object[] values;
        private final boolean[] set;
        private int count;

        Values(Resource resource) {
            this.resource = resource;
            this.values = resource.newValues();
            this.set = new boolean[values.length];
        }

        Values put(String field, Object value) {
            int index = resource.required(field);
            values[index] = value instanceof Integer number ? Formats.integer(number) : value;
            if (!set[index]) {
                set[index] = true;
                count++;
            }
            return this;
        }

        void override(Map<String, String> overrides) {
            if (count != values.length - 1) {
                throw new IllegalStateException(resource.name + ": " + (values.length - 1 - count)
                        + " fields not set");
            }
            overrides.forEach(this::put);
        }
    }
}
