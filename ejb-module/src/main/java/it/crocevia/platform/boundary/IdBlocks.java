package it.crocevia.platform.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Ids for rows written in bulk, taken from the {@code id_sequence} rows that the JPA TABLE
 * generators use too, a block at a time in one atomic step, on a non-JTA connection of its own so
 * that concurrent imports never wait on each other. Each step commits on its own, so a task of many
 * steps takes its ids through a {@link Reserve}.
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

    /**
     * The ids of one sequence for one task of many transactions, such as the pages of an order
     * import: taken a block at a time, each block twice the one before (up to {@code max}), so a
     * run of 200 pages allocates about 20 times instead of once a page, and a one-page run takes
     * only what its first block asks for. Ids of a page that rolled back are never reused; what
     * is left at the end of the task stays a gap. Used by one thread at a time, in turn.
     */
    public static final class Reserve {

        private final String name;
        private final int first;
        private final int max;
        private long next;
        private long end;
        private int size;

        /** A reserve of the named sequence whose first block is at least {@code first} ids, later ones at most {@code max}. */
        public Reserve(String name, int first, int max) {
            this.name = name;
            this.first = first;
            this.max = max;
        }

        /** Takes {@code count} consecutive ids; returns the first (0 when count is 0). */
        public long take(DataSource sequences, int count) throws SQLException {
            if (count == 0) {
                return 0;
            }
            if (end - next < count) {
                size = Math.max(count, size == 0 ? first : Math.min(max, size * 2));
                next = allocate(sequences, name, size);
                end = next + size;
            }
            long taken = next;
            next += count;
            return taken;
        }
    }
}
