package it.crocevia.it;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain SQL on the test MariaDB, for asserting what the server persisted (and a test's own fixtures). */
final class Db {

    private Db() {
    }

    /** The first row of a query as column label → value (empty when there is none). */
    static Map<String, Object> row(String sql, Object... params) throws SQLException {
        try (var c = TestServices.database(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            var rs = s.executeQuery();
            var row = new LinkedHashMap<String, Object>();
            if (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
            }
            return row;
        }
    }

    /** The first column of every row, as text. */
    static List<String> strings(String sql, Object... params) throws SQLException {
        try (var c = TestServices.database(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            var rs = s.executeQuery();
            var out = new ArrayList<String>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** A statement that changes something: for a test's own fixtures (a fault-injecting trigger, say). */
    static void execute(String sql) throws SQLException {
        try (var c = TestServices.database(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static int count(String sql, Object... params) throws SQLException {
        return Integer.parseInt(strings(sql, params).get(0));
    }
}
