package it.crocevia.platform.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Plain-JDBC queries whose last condition is {@code IN (…)} over a list of values.
 *
 * <p>The imports' lookups name their index ({@code FORCE INDEX}): with more than 200 values MariaDB
 * estimates an IN list from the table's statistics instead of the index, and statistics that lag
 * behind a table that grew fast (a first import, a table emptied and filled again) made it scan the
 * whole table for every page: 4.6 million rows read in one benchmark run instead of 0.3 million.
 */
public final class InList {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private InList() {
    }

    /** {@code ?, ?, ?}: the placeholders of {@code count} values. */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * Runs {@code sql}, whose IN list is written with {@link #marks}{@code (in.size())}, binding the
     * {@code first} values and then the {@code in} values; runs nothing when {@code in} is empty.
     */
    public static void select(Connection c, String sql, List<?> first, Collection<?> in, Row row)
            throws SQLException {
        if (in.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            for (Object value : first) {
                s.setObject(p++, value);
            }
            for (Object value : in) {
                s.setObject(p++, value);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
