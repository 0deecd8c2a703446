package it.crocevia.testserver.prestashop;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resources this server serves, with the field lists and order of PrestaShop 8's webservice
 * reference (devdocs "Resources" pages and their blank schemas), and the names of every core
 * resource, which PrestaShop lists in its "Did you mean" errors.
 */
final class Resources {

    static final Resource ORDER_DETAILS = Resource.builder("order_details", "order_detail", "Details of an order")
            .id("id_order", "orders").id("product_id", "products").id("product_attribute_id", "combinations")
            .ints("product_quantity_reinjected").decimals("group_reduction").ints("discount_quantity_applied")
            .texts("download_hash").dates("download_deadline").id("id_order_invoice", "order_invoices")
            .id("id_warehouse", "warehouses").id("id_shop", "shops").id("id_customization", "customizations")
            .texts("product_name").ints("product_quantity", "product_quantity_in_stock", "product_quantity_return",
                    "product_quantity_refunded")
            .decimals("product_price", "reduction_percent", "reduction_amount", "reduction_amount_tax_incl",
                    "reduction_amount_tax_excl", "product_quantity_discount")
            .texts("product_ean13", "product_isbn", "product_upc", "product_mpn", "product_reference",
                    "product_supplier_reference")
            .decimals("product_weight").ints("tax_computation_method").id("id_tax_rules_group", "tax_rule_groups")
            .decimals("ecotax", "ecotax_tax_rate").ints("download_nb")
            .decimals("unit_price_tax_incl", "unit_price_tax_excl", "total_price_tax_incl", "total_price_tax_excl",
                    "total_shipping_price_tax_excl", "total_shipping_price_tax_incl", "purchase_supplier_price",
                    "original_product_price", "original_wholesale_price", "total_refunded_tax_excl",
                    "total_refunded_tax_incl")
            .association("taxes", "tax", "taxes", List.of(field("id", Kind.ID)))
            .keys("id_order")
            .build();

    static final Resource ORDERS = Resource.builder("orders", "order", "The Customers orders")
            .id("id_address_delivery", "addresses").id("id_address_invoice", "addresses").id("id_cart", "carts")
            .id("id_currency", "currencies").id("id_lang", "languages").id("id_customer", "customers")
            .id("id_carrier", "carriers").id("current_state", "order_states")
            .texts("module").ints("invoice_number").dates("invoice_date").ints("delivery_number")
            .dates("delivery_date").bools("valid").dates("date_add", "date_upd")
            .computed("shipping_number", Kind.TEXT).texts("note")
            .id("id_shop_group", "shop_groups").id("id_shop", "shops").texts("secure_key", "payment")
            .bools("recyclable", "gift").texts("gift_message").bools("mobile_theme")
            .decimals("total_discounts", "total_discounts_tax_incl", "total_discounts_tax_excl", "total_paid",
                    "total_paid_tax_incl", "total_paid_tax_excl", "total_paid_real", "total_products",
                    "total_products_wt", "total_shipping", "total_shipping_tax_incl", "total_shipping_tax_excl",
                    "carrier_tax_rate", "total_wrapping", "total_wrapping_tax_incl", "total_wrapping_tax_excl")
            .ints("round_mode", "round_type").decimals("conversion_rate").texts("reference")
            .association("order_rows", "order_row", List.of(
                    field("id", Kind.ID), field("product_id", Kind.ID), field("product_attribute_id", Kind.ID),
                    field("product_quantity", Kind.INT), field("product_name", Kind.TEXT),
                    field("product_reference", Kind.TEXT), field("product_ean13", Kind.TEXT),
                    field("product_isbn", Kind.TEXT), field("product_upc", Kind.TEXT),
                    field("product_price", Kind.DECIMAL), field("id_customization", Kind.ID),
                    field("unit_price_tax_incl", Kind.DECIMAL), field("unit_price_tax_excl", Kind.DECIMAL)),
                    ORDER_DETAILS)
            .keys("id_customer")
            .build();

    static final Resource CUSTOMERS = Resource.builder("customers", "customer", "The e-shop's customers")
            .id("id_default_group", "groups").id("id_lang", "languages").dates("newsletter_date_add")
            .texts("ip_registration_newsletter").dates("last_passwd_gen").texts("secure_key").bools("deleted")
            .texts("passwd", "lastname", "firstname", "email").id("id_gender", "genders").dates("birthday")
            .bools("newsletter", "optin").texts("website", "company", "siret", "ape")
            .decimals("outstanding_allow_amount").bools("show_public_prices").ints("id_risk", "max_payment_days")
            .bools("active").texts("note").bools("is_guest").id("id_shop", "shops").id("id_shop_group", "shop_groups")
            .dates("date_add", "date_upd").texts("reset_password_token").dates("reset_password_validity")
            .association("groups", "group", "groups", List.of(field("id", Kind.ID)))
            .build();

    static final Resource ADDRESSES = Resource.builder("addresses", "address",
                    "The Customer, Brand and Customer addresses")
            .id("id_customer", "customers").id("id_manufacturer", "manufacturers").id("id_supplier", "suppliers")
            .id("id_warehouse", "warehouses").id("id_country", "countries").id("id_state", "states")
            .texts("alias", "company", "lastname", "firstname", "vat_number", "address1", "address2", "postcode",
                    "city", "other", "phone", "phone_mobile", "dni")
            .bools("deleted").dates("date_add", "date_upd")
            .keys("id_customer")
            .build();

    static final Resource ORDER_STATES = Resource.builder("order_states", "order_state", "The Order statuses")
            .bools("unremovable", "delivery", "hidden", "send_email").texts("module_name").bools("invoice")
            .texts("color").bools("logable", "shipped", "paid", "pdf_delivery", "pdf_invoice", "deleted")
            .i18n("name", "template")
            .build();

    static final Resource ORDER_HISTORIES = Resource.builder("order_histories", "order_history",
                    "The Order histories")
            .id("id_employee", "employees").id("id_order_state", "order_states").id("id_order", "orders")
            .dates("date_add")
            .keys("id_order")
            .build();

    static final Resource CARRIERS = Resource.builder("carriers", "carrier", "The Carriers")
            .bools("deleted", "is_module").computed("id_tax_rules_group", Kind.ID).id("id_reference", null)
            .texts("name").bools("active", "is_free").texts("url")
            .bools("shipping_handling", "shipping_external", "range_behavior")
            .ints("shipping_method", "max_width", "max_height", "max_depth").decimals("max_weight").ints("grade")
            .texts("external_module_name").bools("need_range").ints("position").i18n("delay")
            .build();

    static final Resource CURRENCIES = Resource.builder("currencies", "currency", "The currencies")
            .i18n("names").computed("name", Kind.TEXT).i18n("symbol").texts("iso_code", "numeric_iso_code")
            .ints("precision").decimals("conversion_rate").bools("deleted", "active", "unofficial", "modified")
            .i18n("pattern")
            .build();

    static final Resource LANGUAGES = Resource.builder("languages", "language", "Shop languages")
            .texts("name", "iso_code", "locale", "language_code").bools("active", "is_rtl")
            .texts("date_format_lite", "date_format_full")
            .build();

    static final Resource COUNTRIES = Resource.builder("countries", "country", "The countries")
            .id("id_zone", "zones").id("id_currency", "currencies").ints("call_prefix").texts("iso_code")
            .bools("active", "contains_states", "need_identification_number", "need_zip_code")
            .texts("zip_code_format").bools("display_tax_label").i18n("name")
            .build();

    /**
     * {@code Category}: the tree under Root (1), whose child Home (2) is every shop's top category.
     * {@code level_depth} is stored but not writable, {@code nb_products_recursive} computed (-1
     * when no product is in the category or below it, as {@code getWsNbProductsRecursive} answers);
     * the {@code categories} (children) and {@code products} associations are read from the tree
     * and the products' categories when the record is shown.
     */
    static final Resource CATEGORIES = Resource.builder("categories", "category", "The product categories")
            .id("id_parent", "categories").ints("level_depth").computed("nb_products_recursive", Kind.INT)
            .bools("active").id("id_shop_default", "shops").bools("is_root_category").ints("position")
            .dates("date_add", "date_upd")
            .i18n("name", "link_rewrite", "description", "meta_title", "meta_description", "meta_keywords")
            .association("categories", "category", "categories", List.of(field("id", Kind.ID)))
            .association("products", "product", "products", List.of(field("id", Kind.ID)))
            .input(Input.of(Kind.INT).asReadOnly(), "level_depth")
            .input(Input.of(Kind.INT).asReadOnly(), "nb_products_recursive")
            .build();

    /**
     * {@code Manufacturer} (a brand): {@code link_rewrite} is its getter's {@code Tools::str2url}
     * of the name, shown but not writable; the name is required, at most 64 characters.
     */
    static final Resource MANUFACTURERS = Resource.builder("manufacturers", "manufacturer",
                    "The product manufacturers")
            .bools("active").computed("link_rewrite", Kind.TEXT).texts("name").dates("date_add", "date_upd")
            .i18n("description", "short_description", "meta_title", "meta_description", "meta_keywords")
            .association("addresses", "address", "addresses", List.of(field("id", Kind.ID)))
            .writable("Manufacturer")
            .input(Input.of(Kind.TEXT).storage(Input.Storage.NONE).asReadOnly(), "link_rewrite")
            .input(Input.of(Kind.BOOL), "active")
            .input(Input.of(Kind.TEXT).validate("isCatalogName").asRequired().maxSize(64), "name")
            .input(Input.of(Kind.DATE).validate("isDate"), "date_add", "date_upd")
            .input(Input.of(Kind.TEXT).validate("isCleanHtml"), "description", "short_description")
            .input(Input.of(Kind.TEXT).validate("isGenericName").maxSize(255), "meta_title")
            .input(Input.of(Kind.TEXT).validate("isGenericName").maxSize(512), "meta_description")
            .input(Input.of(Kind.TEXT).validate("isGenericName"), "meta_keywords")
            .definitionOrder("name", "active", "date_add", "date_upd", "description", "short_description",
                    "meta_title", "meta_description", "meta_keywords")
            .build();

    /** {@code TaxRulesGroup}: what a product's {@code id_tax_rules_group} names. */
    static final Resource TAX_RULE_GROUPS = Resource.builder("tax_rule_groups", "tax_rule_group", "Tax rule groups")
            .texts("name").bools("active", "deleted").dates("date_add", "date_upd")
            .build();

    /** {@code TaxRule}: the tax of a group in a country (and state, and postcode range). */
    static final Resource TAX_RULES = Resource.builder("tax_rules", "tax_rule", "Tax rules entity")
            .id("id_tax_rules_group", "tax_rule_groups").id("id_state", "states").id("id_country", "countries")
            .texts("zipcode_from", "zipcode_to").id("id_tax", "taxes").ints("behavior").texts("description")
            .build();

    /** {@code Tax}: a rate, DECIMAL(10,3) ({@code "22.000"}), with a name in each language. */
    static final Resource TAXES = Resource.builder("taxes", "tax", "The tax rate")
            .decimals("rate").bools("active", "deleted").i18n("name")
            .build();

    /**
     * {@code images}: no table of its own but {@code WebserviceSpecificManagementImages}, which
     * {@link ProductImages} reproduces for product images; it takes a key's permissions like any
     * resource.
     */
    static final Resource IMAGES = Resource.builder("images", "image", "The images").specificManagement().build();

    /**
     * {@code StockAvailable}: one row per product (and combination) and shop, created with the
     * product. PrestaShop forbids {@code POST} and {@code DELETE} on it for every key.
     */
    static final Resource STOCK_AVAILABLES = Resource.builder("stock_availables", "stock_available",
                    "Available quantities")
            .id("id_product", "products").id("id_product_attribute", "combinations").id("id_shop", "shops")
            .id("id_shop_group", "shop_groups").ints("quantity").bools("depends_on_stock").ints("out_of_stock")
            .texts("location")
            .writable("StockAvailable").forbid("POST", "DELETE")
            .input(Input.of(Kind.ID).validate("isUnsignedId").asRequired(), "id_product", "id_product_attribute")
            .input(Input.of(Kind.ID).validate("isUnsignedId"), "id_shop", "id_shop_group")
            .input(Input.of(Kind.INT).validate("isInt").asRequired().maxSize(10), "quantity")
            .input(Input.of(Kind.BOOL).validate("isBool").asRequired(), "depends_on_stock")
            .input(Input.of(Kind.INT).validate("isInt").asRequired(), "out_of_stock")
            .input(Input.of(Kind.TEXT).validate("isString").maxSize(255), "location")
            .keys("id_product")
            .build();

    /**
     * {@code Product}, with the fields, order and rules of PrestaShop 8/9's webservice reference
     * (devdocs "Resources for Products" and its blank schema) and {@code Product::$definition}.
     * The fields computed by getters are shown but not stored: {@code quantity} is always 0 (the
     * webservice never loads the stock, PrestaShop issue #18953: read {@code stock_availables}),
     * {@code manufacturer_name} is PHP's {@code false} without a manufacturer, and
     * {@code manufacturer_name} and {@code quantity} cannot be written (code 93).
     */
    static final Resource PRODUCTS = products();

    /** The resources served, by name, in PrestaShop's (alphabetical) order. */
    static final Map<String, Resource> SERVED = served(ADDRESSES, CARRIERS, CATEGORIES, COUNTRIES, CURRENCIES,
            CUSTOMERS, IMAGES, LANGUAGES, MANUFACTURERS, ORDER_DETAILS, ORDER_HISTORIES, ORDER_STATES, ORDERS, PRODUCTS,
            STOCK_AVAILABLES, TAX_RULE_GROUPS, TAX_RULES, TAXES);

    /** Every core resource name, sorted as PHP's {@code ksort} sorts them. */
    static final List<String> ALL_NAMES = List.of("addresses", "attachments", "carriers", "cart_rules", "carts",
            "categories", "combinations", "configurations", "contacts", "content_management_system", "countries",
            "currencies", "customer_messages", "customer_threads", "customers", "customizations", "deliveries",
            "employees", "groups", "guests", "image_types", "images", "languages", "manufacturers", "messages",
            "order_carriers", "order_cart_rules", "order_details", "order_histories", "order_invoices",
            "order_payments", "order_slip", "order_states", "orders", "price_ranges",
            "product_customization_fields", "product_feature_values", "product_features", "product_option_values",
            "product_options", "product_suppliers", "products", "search", "shop_groups", "shop_urls", "shops",
            "specific_price_rules", "specific_prices", "states", "stock_availables", "stock_movement_reasons",
            "stock_movements", "stocks", "stores", "suppliers", "supply_order_details", "supply_order_histories",
            "supply_order_receipt_histories", "supply_order_states", "supply_orders", "tags", "tax_rule_groups",
            "tax_rules", "taxes", "translated_configurations", "warehouse_product_locations", "warehouses",
            "weight_ranges", "zones");

    private Resources() {}

    private static Resource products() {
        Resource.Builder product = Resource.builder("products", "product", "The products")
                .id("id_manufacturer", "manufacturers").id("id_supplier", "suppliers")
                .id("id_category_default", "categories").bools("new").ints("cache_default_attribute")
                .computed("id_default_image", Kind.ID).computed("id_default_combination", Kind.ID)
                .id("id_tax_rules_group", "tax_rule_groups").computed("position_in_category", Kind.INT)
                .computed("manufacturer_name", Kind.TEXT).computed("quantity", Kind.INT).computed("type", Kind.TEXT)
                .id("id_shop_default", "shops").texts("reference", "supplier_reference", "location")
                .decimals("width", "height", "depth", "weight").bools("quantity_discount")
                .texts("ean13", "isbn", "upc", "mpn").bools("cache_is_pack", "cache_has_attachments", "is_virtual")
                .ints("state", "additional_delivery_times").i18n("delivery_in_stock", "delivery_out_stock")
                .bools("on_sale", "online_only").decimals("ecotax").ints("minimal_quantity", "low_stock_threshold")
                .bools("low_stock_alert").decimals("price", "wholesale_price").texts("unity")
                .decimals("unit_price_ratio", "additional_shipping_cost")
                .ints("customizable", "text_fields", "uploadable_files").bools("active").texts("redirect_type")
                .id("id_type_redirected", null).bools("available_for_order").dates("available_date")
                .bools("show_condition").texts("condition").bools("show_price", "indexed").texts("visibility")
                .bools("advanced_stock_management").dates("date_add", "date_upd").ints("pack_stock_type")
                .i18n("meta_description", "meta_keywords", "meta_title", "link_rewrite", "name", "description",
                        "description_short", "available_now", "available_later")
                .association("categories", "category", "categories", List.of(key("id")))
                .association("images", "image", "images", List.of(field("id", Kind.ID)))
                .association("combinations", "combination", "combinations", List.of(key("id")))
                .association("product_option_values", "product_option_value", "product_option_values",
                        List.of(key("id")))
                .association("product_features", "product_feature", "product_features",
                        List.of(key("id"), key("id_feature_value")))
                .association("tags", "tag", "tags", List.of(key("id")))
                .association("stock_availables", "stock_available", "stock_availables",
                        List.of(key("id"), key("id_product_attribute")))
                .association("attachments", "attachment", "attachments", List.of(key("id")))
                .association("accessories", "product", "products", List.of(key("id")))
                .association("product_bundle", "product", "products", List.of(key("id"),
                        field("id_product_attribute", Kind.ID), field("quantity", Kind.INT)))
                .writable("Product");
        Input none = Input.of(Kind.TEXT).storage(Input.Storage.NONE);
        product.input(none, "new", "id_default_image", "id_default_combination", "position_in_category", "type")
                .input(none.asReadOnly(), "manufacturer_name", "quantity")
                .input(Input.of(Kind.ID).validate("isUnsignedId"), "id_manufacturer", "id_supplier",
                        "id_category_default", "id_tax_rules_group", "id_shop_default", "state",
                        "additional_delivery_times", "id_type_redirected")
                .input(Input.of(Kind.TEXT).validate("isReference").maxSize(64), "reference", "supplier_reference")
                .input(Input.of(Kind.TEXT).validate("isString").maxSize(255), "location")
                .input(Input.of(Kind.DECIMAL).validate("isUnsignedFloat"), "width", "height", "depth", "weight")
                .input(Input.of(Kind.BOOL).validate("isBool"), "quantity_discount", "cache_is_pack",
                        "cache_has_attachments", "is_virtual", "on_sale", "online_only", "low_stock_alert", "active",
                        "available_for_order", "show_condition", "show_price", "indexed", "advanced_stock_management")
                .input(Input.of(Kind.TEXT).validate("isEan13").maxSize(13), "ean13")
                .input(Input.of(Kind.TEXT).validate("isIsbn").maxSize(32), "isbn")
                .input(Input.of(Kind.TEXT).validate("isUpc").maxSize(12), "upc")
                .input(Input.of(Kind.TEXT).validate("isMpn").maxSize(40), "mpn")
                .input(Input.of(Kind.TEXT).validate("isGenericName").maxSize(255), "delivery_in_stock",
                        "delivery_out_stock", "meta_keywords", "meta_title", "available_now")
                .input(Input.of(Kind.TEXT).validate("IsGenericName").maxSize(255), "available_later")
                .input(Input.of(Kind.TEXT).validate("isGenericName").maxSize(512), "meta_description")
                .input(Input.of(Kind.DECIMAL).validate("isPrice"), "ecotax", "wholesale_price",
                        "additional_shipping_cost")
                .input(Input.of(Kind.DECIMAL).validate("isPrice").asRequired(), "price")
                .input(Input.of(Kind.INT).validate("isUnsignedInt"), "minimal_quantity", "customizable",
                        "text_fields", "uploadable_files", "pack_stock_type")
                .input(Input.of(Kind.INT).validate("isInt").storage(Input.Storage.NULLABLE_INT), "low_stock_threshold")
                .input(Input.of(Kind.TEXT).validate("isString"), "unity", "redirect_type")
                .input(Input.of(Kind.DATE).validate("isDateFormat").storage(Input.Storage.DATE), "available_date")
                .input(Input.of(Kind.TEXT).validate("isGenericName").values("new", "used", "refurbished"), "condition")
                .input(Input.of(Kind.TEXT).validate("isProductVisibility").values("both", "catalog", "search", "none"),
                        "visibility")
                .input(Input.of(Kind.DATE).validate("isDate"), "date_add", "date_upd")
                .input(Input.of(Kind.TEXT).validate("isLinkRewrite").maxSize(128), "link_rewrite")
                .input(Input.of(Kind.TEXT).validate("isCatalogName").maxSize(128), "name")
                .input(Input.of(Kind.TEXT).validate("isCleanHtml"), "description", "description_short")
                .definitionOrder("id_shop_default", "id_manufacturer", "id_supplier", "reference", "supplier_reference",
                        "location", "width", "height", "depth", "weight", "quantity_discount", "ean13", "isbn", "upc",
                        "mpn", "cache_is_pack", "cache_has_attachments", "is_virtual", "state",
                        "additional_delivery_times", "delivery_in_stock", "delivery_out_stock", "id_category_default",
                        "id_tax_rules_group", "on_sale", "online_only", "ecotax", "minimal_quantity",
                        "low_stock_threshold", "low_stock_alert", "price", "wholesale_price", "unity",
                        "unit_price_ratio", "additional_shipping_cost", "customizable", "text_fields",
                        "uploadable_files", "active", "redirect_type", "id_type_redirected", "available_for_order",
                        "available_date", "show_condition", "condition", "show_price", "indexed", "visibility",
                        "cache_default_attribute", "advanced_stock_management", "date_add", "date_upd",
                        "pack_stock_type", "meta_description", "meta_keywords", "meta_title", "link_rewrite", "name",
                        "description", "description_short", "available_now", "available_later");
        return product.build();
    }

    private static Field field(String name, Kind kind) {
        return new Field(name, kind, false, null, true);
    }

    /** An association field its webservice parameters declare {@code 'required' => true}. */
    private static Field key(String name) {
        return field(name, Kind.ID).with(Input.of(Kind.ID).asRequired());
    }

    private static Map<String, Resource> served(Resource... resources) {
        Map<String, Resource> byName = new TreeMap<>();
        for (Resource resource : resources) {
            byName.put(resource.name, resource);
        }
        return Map.copyOf(byName);
    }
}
