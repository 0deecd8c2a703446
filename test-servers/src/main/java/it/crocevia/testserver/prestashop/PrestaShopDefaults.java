package it.crocevia.testserver.prestashop;

/**
 * Ids of the reference data every {@link PrestaShopTestServer} is seeded with: those of a
 * PrestaShop installed in Italian (so Italian is language 1) with its default order states,
 * countries and currencies.
 */
public final class PrestaShopDefaults {

    public static final int LANG_IT = 1;
    public static final int LANG_EN = 2;

    public static final int CURRENCY_EUR = 1;
    public static final int CURRENCY_USD = 2;
    public static final int CURRENCY_GBP = 3;

    /** PrestaShop's country ids (Italy is 10, France 8, Germany 1 in every installation). */
    public static final int COUNTRY_DE = 1;
    public static final int COUNTRY_AT = 2;
    public static final int COUNTRY_BE = 3;
    public static final int COUNTRY_ES = 6;
    public static final int COUNTRY_FR = 8;
    public static final int COUNTRY_IT = 10;
    public static final int COUNTRY_NL = 13;
    public static final int COUNTRY_GB = 17;
    public static final int COUNTRY_CH = 19;
    public static final int COUNTRY_US = 21;

    public static final int CARRIER_PICKUP = 1;
    public static final int CARRIER_BRT = 2;
    public static final int CARRIER_GLS = 3;
    public static final int CARRIER_POSTE = 4;

    /** PrestaShop's default order states. */
    public static final int STATE_AWAITING_CHECK = 1;
    public static final int STATE_PAYMENT_ACCEPTED = 2;
    public static final int STATE_PROCESSING = 3;
    public static final int STATE_SHIPPED = 4;
    public static final int STATE_DELIVERED = 5;
    public static final int STATE_CANCELED = 6;
    public static final int STATE_REFUNDED = 7;
    public static final int STATE_PAYMENT_ERROR = 8;
    public static final int STATE_BACKORDER_PAID = 9;
    public static final int STATE_AWAITING_BANK_WIRE = 10;
    public static final int STATE_REMOTE_PAYMENT_ACCEPTED = 11;
    public static final int STATE_BACKORDER_UNPAID = 12;
    public static final int STATE_AWAITING_COD = 13;

    /** The category tree: Root and Home, which every shop has, and the seeded Italian samples. */
    public static final int CATEGORY_ROOT = 1;
    public static final int CATEGORY_HOME = 2;
    public static final int CATEGORY_CLOTHES = 3;
    public static final int CATEGORY_T_SHIRTS = 4;
    public static final int CATEGORY_KITCHEN = 5;
    public static final int CATEGORY_COFFEE = 6;
    /** A disabled category under Home. */
    public static final int CATEGORY_ARCHIVE = 7;

    /**
     * The tax rule groups of the Italian localization pack, in its order: IT Standard Rate (22%),
     * IT Reduced Rate (10%), (5%), (4%), IT Zero Rate (0%), and EU VAT For Virtual Products.
     */
    public static final int TAX_GROUP_22 = 1;
    public static final int TAX_GROUP_10 = 2;
    public static final int TAX_GROUP_5 = 3;
    public static final int TAX_GROUP_4 = 4;
    public static final int TAX_GROUP_0 = 5;
    public static final int TAX_GROUP_EU_VIRTUAL = 6;

    /** Customer groups: guests are in group 2, registered customers in group 3. */
    public static final int GROUP_GUEST = 2;
    public static final int GROUP_CUSTOMER = 3;

    private PrestaShopDefaults() {}
}
