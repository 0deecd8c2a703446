package it.crocevia.testserver.magento;

/**
 * Ids of the catalog structure every {@link MagentoTestServer} is seeded with: Magento's Root
 * Catalog (1) and Default Category (2), the root category of the main website's store, and a few
 * Italian sample categories under it.
 */
public final class MagentoDefaults {

    public static final int CATEGORY_ROOT_CATALOG = 1;
    public static final int CATEGORY_DEFAULT = 2;
    public static final int CATEGORY_CLOTHES = 3;
    public static final int CATEGORY_T_SHIRTS = 4;
    public static final int CATEGORY_KITCHEN = 5;
    public static final int CATEGORY_COFFEE = 6;
    /** A disabled category under Default Category. */
    public static final int CATEGORY_ARCHIVE = 7;

    private MagentoDefaults() {}
}
