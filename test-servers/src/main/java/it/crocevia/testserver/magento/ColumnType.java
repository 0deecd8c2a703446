package it.crocevia.testserver.magento;

/**
 * The database type behind a field, which decides how Magento's MySQL compares it with the text of
 * a search filter: numbers numerically, dates as dates, text by a case- and accent-insensitive
 * collation.
 */
enum ColumnType {
    /** INT / SMALLINT columns; output as JSON integers. */
    INT,
    /** DECIMAL(20,4) columns; output as PHP floats (no trailing zeros). */
    DECIMAL,
    /** VARCHAR / TEXT columns (utf8mb4_general_ci). */
    TEXT,
    /** TIMESTAMP / DATETIME columns, stored in UTC as {@code yyyy-MM-dd HH:mm:ss}. */
    DATETIME,
    /** DATE columns ({@code yyyy-MM-dd}). */
    DATE,
    /** A list of strings (street lines, payment additional information); not filterable. */
    LIST,
    /** A value the renderer builds itself (an object or a flag); not a database column. */
    DERIVED
}
