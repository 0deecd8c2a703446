package it.crocevia.testserver.prestashop;

/**
 * One field of a webservice resource, as PrestaShop's {@code getWebserviceParameters()} describes
 * it.
 *
 * @param name the output name
 * @param kind the column type
 * @param i18n whether it holds one value per language
 * @param xlink the resource an id points to (for XML {@code xlink:href}), or null
 * @param filterable false for fields computed by a getter, which PrestaShop refuses to filter
 */
record Field(String name, Kind kind, boolean i18n, String xlink, boolean filterable) {}
