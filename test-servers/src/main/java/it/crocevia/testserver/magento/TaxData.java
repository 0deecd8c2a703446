package it.crocevia.testserver.magento;

import static it.crocevia.testserver.magento.ColumnType.DECIMAL;
import static it.crocevia.testserver.magento.ColumnType.DERIVED;
import static it.crocevia.testserver.magento.ColumnType.INT;
import static it.crocevia.testserver.magento.ColumnType.LIST;
import static it.crocevia.testserver.magento.ColumnType.TEXT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Italian VAT as a Magento shop configures it: three rates for Italy (22%, 10%, 4%) and one rule
 * per rate, each for the "Retail Customer" class (3) and its own product tax class (2 "Taxable
 * Goods" for 22%, 4 and 5 for the reduced rates). Served read-only by {@code /V1/taxRules} and
 * {@code /V1/taxRates}.
 *
 * <p>Simplification: rules can be searched by {@code id}, {@code code}, {@code priority},
 * {@code position} and {@code calculate_subtotal}, rates by their scalar fields; the class and rate
 * id lists are not filterable (any other field answers the 500 of an unknown column).
 */
final class TaxData {

    /** {@code taxDataTaxRuleInterface}. */
    static final Schema RULE = Schema.builder("tax rule")
            .add("id", INT).add("code", TEXT).add("priority", INT).add("position", INT)
            .all(LIST, "customer_tax_class_ids", "product_tax_class_ids", "tax_rate_ids")
            .add("calculate_subtotal", DERIVED).build();

    /** {@code taxDataTaxRateInterface}. */
    static final Schema RATE = Schema.builder("tax rate")
            .add("id", INT).add("tax_country_id", TEXT).add("tax_region_id", INT).add("region_name", TEXT)
            .add("tax_postcode", TEXT).add("zip_is_range", INT).add("zip_from", INT).add("zip_to", INT)
            .add("rate", DECIMAL).add("code", TEXT).add("titles", LIST).build();

    /** VAT rate in percent to the product tax class that carries it. */
    static final Map<Integer, Integer> PRODUCT_CLASS_BY_RATE = Map.of(22, 2, 10, 4, 4, 5);

    static final EntityTable<Record> RULES = table();
    static final EntityTable<Record> RATES = table();

    static {
        int[][] rates = {{1, 22, 2}, {2, 10, 4}, {3, 4, 5}};
        for (int[] r : rates) {
            RATES.put(new Record(RATE).put("id", r[0]).put("tax_country_id", "IT").put("tax_region_id", 0)
                    .put("tax_postcode", "*").put("rate", BigDecimal.valueOf(r[1])).put("code", code(r[1]))
                    .put("titles", List.of()));
            RULES.put(new Record(RULE).put("id", r[0]).put("code", "IVA " + r[1] + "%").put("priority", 0)
                    .put("position", 0).put("customer_tax_class_ids", List.of(3))
                    .put("product_tax_class_ids", List.of(r[2])).put("tax_rate_ids", List.of(r[0]))
                    .put("calculate_subtotal", Boolean.FALSE));
        }
    }

    private TaxData() {}

    /** @return the code of the Italian rate with this percentage, e.g. {@code IT-IVA-22} */
    static String code(int percent) {
        return "IT-IVA-" + percent;
    }

    private static EntityTable<Record> table() {
        return new EntityTable<>(record -> (Integer) record.get("id"), record -> "");
    }
}
