package it.crocevia.testserver.prestashop;

import java.util.List;

/**
 * What PrestaShop's class definition ({@code ObjectModel::$definition}) and webservice parameters
 * say about writing one field, which decides how a {@code POST}/{@code PUT} body is checked and
 * stored: whether the webservice may set it ({@code 'setter' => false} answers code 93), whether
 * it is required (code 41 when absent), its {@code Validate} method, maximum size and allowed
 * values (code 84 or 85), its default, and how {@code ObjectModel::formatValue} and MySQL store it.
 * The same facts make the {@code schema=synopsis} attributes ({@code required}, {@code maxSize},
 * {@code format}, {@code readOnly}).
 *
 * @param readOnly the webservice refuses to set it ({@code 'setter' => false})
 * @param required absent from a {@code POST}/{@code PUT} body it answers code 41 (multilingual
 *     fields are checked by validation instead)
 * @param validate the {@code Validate} method, e.g. {@code isPrice}, or null
 * @param maxSize the maximum length in characters, 0 for none
 * @param values the allowed values, empty for any
 * @param defaultValue what an empty value becomes during validation, or null
 * @param storage how the value is stored and printed back
 */
record Input(boolean readOnly, boolean required, String validate, int maxSize, List<String> values,
        String defaultValue, Storage storage) {

    /** How a written value comes back from the database. */
    enum Storage {
        /** {@code (int)}: "12abc" is 12, null and "" are 0. */
        INT,
        /**
         * An INT that may be NULL ({@code 'allow_null' => true}): only an absent field stays null;
         * an empty element is 0, so a record read back and put again loses its NULL.
         */
        NULLABLE_INT,
        /** A DECIMAL(20,6): {@code (float)} printed with six decimals. */
        DECIMAL,
        /** A DATETIME: empty is MySQL's zero date, a bare date gets midnight. */
        DATETIME,
        /** A DATE: empty is {@code 0000-00-00}. */
        DATE,
        /** Text as given, null stored as "". */
        TEXT,
        /** Not a column: a getter computes it, a setter (if any) acts elsewhere. */
        NONE
    }

    Input {
        values = List.copyOf(values);
    }

    /** The input of a field of this kind with no rule but its storage. */
    static Input of(Kind kind) {
        Storage storage = switch (kind) {
            case ENTITY_ID, ID, INT, BOOL -> Storage.INT;
            case DECIMAL -> Storage.DECIMAL;
            case DATE -> Storage.DATETIME;
            case TEXT -> Storage.TEXT;
        };
        return new Input(false, false, null, 0, List.of(), null, storage);
    }

    Input validate(String method) {
        return new Input(readOnly, required, method, maxSize, values, defaultValue, storage);
    }

    Input asRequired() {
        return new Input(readOnly, true, validate, maxSize, values, defaultValue, storage);
    }

    Input maxSize(int size) {
        return new Input(readOnly, required, validate, size, values, defaultValue, storage);
    }

    /** Allowed values, the first being the default an empty value takes. */
    Input values(String... allowed) {
        return new Input(readOnly, required, validate, maxSize, List.of(allowed), allowed[0], storage);
    }

    Input asReadOnly() {
        return new Input(true, required, validate, maxSize, values, defaultValue, Storage.NONE);
    }

    Input storage(Storage how) {
        return new Input(readOnly, required, validate, maxSize, values, defaultValue, how);
    }

    boolean stored() {
        return storage != Storage.NONE;
    }
}
