package it.crocevia.testserver.prestashop;

/**
 * The column type behind a webservice field. It decides how filters compare (MySQL compares a
 * numeric column with a string literal as numbers, a DATETIME as a date, text case-insensitively)
 * and, in {@link JsonTyping#NATIVE_INTEGERS} mode, which values become JSON numbers.
 */
enum Kind {
    /** The entity's own id: always a JSON number in PrestaShop's output. */
    ENTITY_ID,
    /** A foreign key. */
    ID,
    INT,
    BOOL,
    DECIMAL,
    TEXT,
    DATE;

    boolean numeric() {
        return this != TEXT && this != DATE;
    }

    boolean integral() {
        return this == ENTITY_ID || this == ID || this == INT;
    }
}
