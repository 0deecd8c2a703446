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

    /** The resources served, by name, in PrestaShop's (alphabetical) order. */
    static final Map<String, Resource> SERVED = served(ADDRESSES, CARRIERS, COUNTRIES, CURRENCIES, CUSTOMERS,
            LANGUAGES, ORDER_DETAILS, ORDER_HISTORIES, ORDER_STATES, ORDERS);

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

    private static Field field(String name, Kind kind) {
        return new Field(name, kind, false, null, true);
    }

    private static Map<String, Resource> served(Resource... resources) {
        Map<String, Resource> byName = new TreeMap<>();
        for (Resource resource : resources) {
            byName.put(resource.name, resource);
        }
        return Map.copyOf(byName);
    }
}
