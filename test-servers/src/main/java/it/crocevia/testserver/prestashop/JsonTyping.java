package it.crocevia.testserver.prestashop;

/**
 * How scalar values are typed in the JSON output, which differs between real installations.
 *
 * <p>PrestaShop hands the database row to {@code json_encode} untouched. On PHP before 8.1 every
 * column arrives as a string, so only the entity's own {@code id} is a number ({@code
 * "id":6,"id_customer":"3","total_paid":"102.000000"}). On PHP 8.1+ with PDO, integer columns
 * arrive as native integers ({@code "id_customer":3}) while DECIMAL and TINYINT(1) booleans stay
 * strings ({@code "total_paid":"20.230000","valid":"1"}), as seen in real PrestaShop 8 output. A
 * robust client accepts both; tests can run against either.
 */
public enum JsonTyping {
    /** Everything but the entity id as strings (PHP before 8.1). The default. */
    STRINGS,
    /** Integer columns as JSON numbers, decimals and booleans as strings (PHP 8.1+). */
    NATIVE_INTEGERS
}
