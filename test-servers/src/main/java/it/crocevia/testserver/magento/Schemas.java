package it.crocevia.testserver.magento;

import static it.crocevia.testserver.magento.ColumnType.DATE;
import static it.crocevia.testserver.magento.ColumnType.DATETIME;
import static it.crocevia.testserver.magento.ColumnType.DECIMAL;
import static it.crocevia.testserver.magento.ColumnType.DERIVED;
import static it.crocevia.testserver.magento.ColumnType.INT;
import static it.crocevia.testserver.magento.ColumnType.LIST;
import static it.crocevia.testserver.magento.ColumnType.TEXT;

/**
 * The data interfaces the server outputs, field by field in getter order, from Magento 2.4's
 * {@code Magento\Sales\Api\Data\OrderInterface}, {@code OrderItemInterface},
 * {@code OrderAddressInterface}, {@code OrderPaymentInterface}, {@code OrderStatusHistoryInterface}
 * and {@code Magento\Customer\Api\Data\CustomerInterface} / {@code AddressInterface}.
 *
 * <p>Simplification: the order item leaves out the gift-wrapping, WEEE and event fields, which
 * stay null on a shop without those features and so never appear in the output anyway. Fields of
 * type {@link ColumnType#DERIVED} are written by the renderers ({@code product_option}, the keys of
 * {@code payment_additional_info}, a customer address's {@code region} object).
 */
final class Schemas {

    /** {@code salesDataOrderInterface}; every field is also a {@code sales_order} column. */
    static final Schema ORDER = Schema.builder("order")
            .all(DECIMAL, "adjustment_negative", "adjustment_positive").add("applied_rule_ids", TEXT)
            .all(DECIMAL, "base_adjustment_negative", "base_adjustment_positive").add("base_currency_code", TEXT)
            .all(DECIMAL, "base_discount_amount", "base_discount_canceled", "base_discount_invoiced",
                    "base_discount_refunded")
            .required("base_grand_total", DECIMAL)
            .all(DECIMAL, "base_discount_tax_compensation_amount", "base_discount_tax_compensation_invoiced",
                    "base_discount_tax_compensation_refunded", "base_shipping_amount", "base_shipping_canceled",
                    "base_shipping_discount_amount", "base_shipping_discount_tax_compensation_amnt",
                    "base_shipping_incl_tax", "base_shipping_invoiced", "base_shipping_refunded",
                    "base_shipping_tax_amount", "base_shipping_tax_refunded", "base_subtotal",
                    "base_subtotal_canceled", "base_subtotal_incl_tax", "base_subtotal_invoiced",
                    "base_subtotal_refunded", "base_tax_amount", "base_tax_canceled", "base_tax_invoiced",
                    "base_tax_refunded", "base_total_canceled", "base_total_due", "base_total_invoiced",
                    "base_total_invoiced_cost", "base_total_offline_refunded", "base_total_online_refunded",
                    "base_total_paid", "base_total_qty_ordered", "base_total_refunded", "base_to_global_rate",
                    "base_to_order_rate")
            .all(INT, "billing_address_id", "can_ship_partially", "can_ship_partially_item")
            .add("coupon_code", TEXT).add("created_at", DATETIME).add("customer_dob", DATETIME)
            .required("customer_email", TEXT).add("customer_firstname", TEXT)
            .all(INT, "customer_gender", "customer_group_id", "customer_id", "customer_is_guest")
            .all(TEXT, "customer_lastname", "customer_middlename", "customer_note").add("customer_note_notify", INT)
            .all(TEXT, "customer_prefix", "customer_suffix", "customer_taxvat")
            .all(DECIMAL, "discount_amount", "discount_canceled").add("discount_description", TEXT)
            .all(DECIMAL, "discount_invoiced", "discount_refunded")
            .all(INT, "edit_increment", "email_sent", "entity_id").all(TEXT, "ext_customer_id", "ext_order_id")
            .add("forced_shipment_with_invoice", INT).add("global_currency_code", TEXT)
            .required("grand_total", DECIMAL)
            .all(DECIMAL, "discount_tax_compensation_amount", "discount_tax_compensation_invoiced",
                    "discount_tax_compensation_refunded")
            .all(TEXT, "hold_before_state", "hold_before_status", "increment_id").add("is_virtual", INT)
            .all(TEXT, "order_currency_code", "original_increment_id").add("payment_authorization_amount", DECIMAL)
            .add("payment_auth_expiration", INT).add("protect_code", TEXT).all(INT, "quote_address_id", "quote_id")
            .all(TEXT, "relation_child_id", "relation_child_real_id", "relation_parent_id", "relation_parent_real_id",
                    "remote_ip")
            .all(DECIMAL, "shipping_amount", "shipping_canceled").add("shipping_description", TEXT)
            .all(DECIMAL, "shipping_discount_amount", "shipping_discount_tax_compensation_amount",
                    "shipping_incl_tax", "shipping_invoiced", "shipping_refunded", "shipping_tax_amount",
                    "shipping_tax_refunded")
            .all(TEXT, "state", "status", "store_currency_code").add("store_id", INT).add("store_name", TEXT)
            .all(DECIMAL, "store_to_base_rate", "store_to_order_rate", "subtotal", "subtotal_canceled",
                    "subtotal_incl_tax", "subtotal_invoiced", "subtotal_refunded", "tax_amount", "tax_canceled",
                    "tax_invoiced", "tax_refunded", "total_canceled", "total_due", "total_invoiced")
            .add("total_item_count", INT)
            .all(DECIMAL, "total_offline_refunded", "total_online_refunded", "total_paid", "total_qty_ordered",
                    "total_refunded")
            .add("updated_at", DATETIME).add("weight", DECIMAL).add("x_forwarded_for", TEXT)
            .build();

    /** {@code salesDataOrderItemInterface}. */
    static final Schema ITEM = Schema.builder("order item")
            .add("amount_refunded", DECIMAL).add("applied_rule_ids", TEXT)
            .all(DECIMAL, "base_amount_refunded", "base_cost", "base_discount_amount", "base_discount_invoiced",
                    "base_discount_refunded", "base_discount_tax_compensation_amount",
                    "base_discount_tax_compensation_invoiced", "base_discount_tax_compensation_refunded",
                    "base_original_price", "base_price", "base_price_incl_tax", "base_row_invoiced",
                    "base_row_total", "base_row_total_incl_tax", "base_tax_amount", "base_tax_before_discount",
                    "base_tax_invoiced", "base_tax_refunded")
            .all(TEXT, "created_at", "description")
            .all(DECIMAL, "discount_amount", "discount_invoiced", "discount_percent", "discount_refunded")
            .add("free_shipping", INT)
            .all(DECIMAL, "discount_tax_compensation_amount", "discount_tax_compensation_canceled",
                    "discount_tax_compensation_invoiced", "discount_tax_compensation_refunded")
            .all(INT, "is_qty_decimal", "is_virtual", "item_id", "locked_do_invoice", "locked_do_ship")
            .add("name", TEXT).all(INT, "no_discount", "order_id").add("original_price", DECIMAL)
            .add("parent_item_id", INT).required("price", DECIMAL).add("price_incl_tax", DECIMAL)
            .add("product_id", INT).add("product_type", TEXT)
            .all(DECIMAL, "qty_backordered", "qty_canceled", "qty_invoiced", "qty_ordered", "qty_refunded",
                    "qty_returned", "qty_shipped")
            .add("quote_item_id", INT)
            .all(DECIMAL, "row_invoiced", "row_total", "row_total_incl_tax", "row_weight")
            .required("sku", TEXT).add("store_id", INT)
            .all(DECIMAL, "tax_amount", "tax_before_discount", "tax_canceled", "tax_invoiced", "tax_percent",
                    "tax_refunded")
            .add("updated_at", TEXT).add("weight", DECIMAL)
            .add("product_option", DERIVED)
            .build();

    /** {@code salesDataOrderAddressInterface}, used for the billing and the shipping address. */
    static final Schema ORDER_ADDRESS = Schema.builder("order address")
            .add("address_type", TEXT).required("city", TEXT).add("company", TEXT).required("country_id", TEXT)
            .all(INT, "customer_address_id", "customer_id").add("email", TEXT).add("entity_id", INT)
            .add("fax", TEXT).required("firstname", TEXT).required("lastname", TEXT).add("middlename", TEXT)
            .add("parent_id", INT).required("postcode", TEXT).all(TEXT, "prefix", "region", "region_code")
            .add("region_id", INT).required("street", LIST).add("suffix", TEXT).required("telephone", TEXT)
            .add("vat_id", TEXT).add("vat_is_valid", INT).all(TEXT, "vat_request_date", "vat_request_id")
            .add("vat_request_success", INT)
            .build();

    /** {@code salesDataOrderPaymentInterface}. */
    static final Schema PAYMENT = Schema.builder("payment")
            .required("account_status", TEXT).add("additional_data", TEXT).add("additional_information", LIST)
            .add("address_status", TEXT)
            .all(DECIMAL, "amount_authorized", "amount_canceled", "amount_ordered", "amount_paid", "amount_refunded")
            .add("anet_trans_method", TEXT)
            .all(DECIMAL, "base_amount_authorized", "base_amount_canceled", "base_amount_ordered",
                    "base_amount_paid", "base_amount_paid_online", "base_amount_refunded",
                    "base_amount_refunded_online", "base_shipping_amount", "base_shipping_captured",
                    "base_shipping_refunded")
            .all(TEXT, "cc_approval", "cc_avs_status", "cc_cid_status", "cc_debug_request_body",
                    "cc_debug_response_body", "cc_debug_response_serialized", "cc_exp_month", "cc_exp_year")
            .required("cc_last4", TEXT)
            .all(TEXT, "cc_number_enc", "cc_owner", "cc_secure_verify", "cc_ss_issue", "cc_ss_start_month",
                    "cc_ss_start_year", "cc_status", "cc_status_description", "cc_trans_id", "cc_type",
                    "echeck_account_name", "echeck_account_type", "echeck_bank_name", "echeck_routing_number",
                    "echeck_type")
            .add("entity_id", INT).add("last_trans_id", TEXT).required("method", TEXT).add("parent_id", INT)
            .all(TEXT, "po_number", "protection_eligibility").add("quote_payment_id", INT)
            .all(DECIMAL, "shipping_amount", "shipping_captured", "shipping_refunded")
            .add("additional_information_keys", DERIVED)
            .build();

    /** {@code salesDataOrderStatusHistoryInterface}. */
    static final Schema HISTORY = Schema.builder("status history")
            .required("comment", TEXT).add("created_at", TEXT).add("entity_id", INT).required("entity_name", TEXT)
            .required("is_customer_notified", INT).required("is_visible_on_front", INT)
            .required("parent_id", INT).add("status", TEXT)
            .build();

    /** {@code customerDataCustomerInterface} without its addresses and extension attributes. */
    static final Schema CUSTOMER = Schema.builder("customer")
            .add("id", INT).add("group_id", INT).all(TEXT, "default_billing", "default_shipping", "confirmation")
            .add("created_at", DATETIME).add("updated_at", DATETIME).add("created_in", TEXT).add("dob", DATE)
            .required("email", TEXT).required("firstname", TEXT).required("lastname", TEXT)
            .all(TEXT, "middlename", "prefix", "suffix").add("gender", INT).add("store_id", INT)
            .add("taxvat", TEXT).add("website_id", INT).add("disable_auto_group_change", INT)
            .build();

    /**
     * {@code customerDataAddressInterface}. {@code region} is an object built from
     * {@code region_code}, {@code region_name} and {@code region_id}; the two flags are printed only
     * when true.
     */
    static final Schema CUSTOMER_ADDRESS = Schema.builder("customer address")
            .add("id", INT).add("customer_id", INT).add("region", DERIVED).add("region_id", INT)
            .add("country_id", TEXT).add("street", LIST).add("company", TEXT).add("telephone", TEXT)
            .add("fax", TEXT).add("postcode", TEXT).add("city", TEXT).add("firstname", TEXT)
            .add("lastname", TEXT).all(TEXT, "middlename", "prefix", "suffix", "vat_id")
            .add("default_shipping", DERIVED).add("default_billing", DERIVED)
            .add("region_code", DERIVED).add("region_name", DERIVED)
            .build();

    /**
     * {@code catalogDataProductInterface}'s own fields; {@code extension_attributes},
     * {@code product_links}, {@code options}, {@code media_gallery_entries}, {@code tier_prices} and
     * {@code custom_attributes} follow them and are written by {@link ProductRenderer}.
     */
    static final Schema PRODUCT = Schema.builder("product")
            .add("id", INT).add("sku", TEXT).add("name", TEXT).add("attribute_set_id", INT).add("price", DECIMAL)
            .add("status", INT).add("visibility", INT).add("type_id", TEXT).add("created_at", DATETIME)
            .add("updated_at", DATETIME).add("weight", DECIMAL)
            .build();

    /**
     * {@code catalogInventoryDataStockItemInterface}; the flags hold Booleans, printed as JSON
     * booleans. {@code low_stock_date} is non-nullable in the interface, so it prints as null.
     */
    static final Schema STOCK_ITEM = Schema.builder("stock item")
            .all(INT, "item_id", "product_id", "stock_id").add("qty", DECIMAL).add("is_in_stock", INT)
            .all(INT, "is_qty_decimal", "show_default_notification_message", "use_config_min_qty")
            .add("min_qty", DECIMAL).add("use_config_min_sale_qty", INT).add("min_sale_qty", DECIMAL)
            .add("use_config_max_sale_qty", INT).add("max_sale_qty", DECIMAL)
            .all(INT, "use_config_backorders", "backorders", "use_config_notify_stock_qty")
            .add("notify_stock_qty", DECIMAL).add("use_config_qty_increments", INT).add("qty_increments", DECIMAL)
            .all(INT, "use_config_enable_qty_inc", "enable_qty_increments", "use_config_manage_stock", "manage_stock")
            .required("low_stock_date", DATETIME).add("is_decimal_divided", INT).add("stock_status_changed_auto", INT)
            .build();

    /** {@code catalogDataCategoryLinkInterface}. */
    static final Schema CATEGORY_LINK = Schema.builder("category link")
            .add("position", INT).required("category_id", TEXT)
            .build();

    /** {@code catalogDataProductAttributeMediaGalleryEntryInterface}. */
    static final Schema MEDIA_ENTRY = Schema.builder("media gallery entry")
            .add("id", INT).required("media_type", TEXT).required("label", TEXT).required("position", INT)
            .required("disabled", INT).required("types", LIST).add("file", TEXT)
            .build();

    private Schemas() {}
}
