package it.crocevia.connector.boundary;

import java.io.Serializable;

/**
 * One element of a platform's data structure: an order state, a currency, a carrier…
 *
 * <p>A {@link Kind#CATEGORY} is one category of the shop's catalog below its root (PrestaShop's Root,
 * Magento's Root Catalog, which products cannot be placed in, are left out): {@code remoteId} is
 * the platform's category id, {@code code} its parent's id (null for a top category, whose parent is
 * the left-out root), and {@code name} its path from the top category, names joined by
 * {@value #PATH_SEPARATOR} ("Home > Abbigliamento > Magliette"). Only enabled categories are listed;
 * a path still names the disabled categories above one.
 */
public record StructureItem(Kind kind, String remoteId, String code, String name) implements Serializable {

    /** Between the names of a category's path. */
    public static final String PATH_SEPARATOR = " > ";

    /** What the element is. */
    public enum Kind { LANGUAGE, CURRENCY, ORDER_STATE, CARRIER, COUNTRY, TAX_RULE, WEBSITE, STORE, CATEGORY }
}
