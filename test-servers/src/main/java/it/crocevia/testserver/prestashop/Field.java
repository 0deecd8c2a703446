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
 * @param input how a {@code POST}/{@code PUT} body may set it
 */
record Field(String name, Kind kind, boolean i18n, String xlink, boolean filterable, Input input) {

    Field(String name, Kind kind, boolean i18n, String xlink, boolean filterable) {
        this(name, kind, i18n, xlink, filterable,
                filterable ? Input.of(kind) : Input.of(kind).storage(Input.Storage.NONE));
    }

    Field with(Input newInput) {
        return new Field(name, kind, i18n, xlink, filterable, newInput);
    }
}
