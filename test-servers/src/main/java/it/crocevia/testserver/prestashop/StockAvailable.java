package it.crocevia.testserver.prestashop;

/**
 * A {@code stock_availables} row as stored, for assertions.
 *
 * @param id the row's id
 * @param productId {@code id_product}
 * @param productAttributeId {@code id_product_attribute}, 0 for the product itself
 * @param quantity the available quantity
 * @param dependsOnStock whether it follows the physical stock (then the webservice cannot change it)
 * @param outOfStock 0 deny orders, 1 allow, 2 the shop's default
 * @param location the location text
 */
public record StockAvailable(int id, int productId, int productAttributeId, int quantity, boolean dependsOnStock,
        int outOfStock, String location) {

    static StockAvailable of(Row row) {
        Resource resource = Resources.STOCK_AVAILABLES;
        return new StockAvailable(row.id, number(row, resource, "id_product"),
                number(row, resource, "id_product_attribute"), number(row, resource, "quantity"),
                number(row, resource, "depends_on_stock") != 0, number(row, resource, "out_of_stock"),
                row.text(resource.required("location")));
    }

    private static int number(Row row, Resource resource, String field) {
        return (int) Php.intval(row.text(resource.required(field)));
    }
}
