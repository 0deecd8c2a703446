package it.crocevia.platform.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Ids for rows written in bulk, taken from the {@code id_sequence} rows that the JPA TABLE
 * generators use too, a block at a time in one atomic step, on a non-JTA connection of its own so
 * that concurrent imports never wait on each other.
 */
public final class IdBlocks {

    public static final String SEQUENCE_DATA_SOURCE = "java:jboss/datasources/CroceviaSequenceDS";

    private IdBlocks() {
    }

    /** Takes {@code count} ids of the named sequence; returns the first (0 when count is 0). */
    public static long allocate(DataSource sequences, String name, int count) throws SQLException {
        if (count == 0) {
            return 0;
        }
        try (Connection c = sequences.getConnection();
                var update = c.prepareStatement(
                        "UPDATE id_sequence SET last_value = LAST_INSERT_ID(last_value + ?) WHERE name = ?");
                var read = c.prepareStatement("SELECT LAST_INSERT_ID()")) {
            c.setAutoCommit(true);
            update.setInt(1, count);
            update.setString(2, name);
            if (update.executeUpdate() != 1) {
                throw new SQLException("No id_sequence row " + name);
            }
            try (var rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }
}
