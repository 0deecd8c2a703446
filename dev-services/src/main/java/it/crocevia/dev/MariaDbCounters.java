package it.crocevia.dev;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** MariaDB's global status counters, as the benchmarks print them. */
final class MariaDbCounters {

    /**
     * Statements by kind, and rows: read (MariaDB's {@code Rows_read}), and written and updated by
     * the storage engines ({@code Handler_write} also counts internal temporary tables).
     */
    static final List<String> READS_AND_UPDATES = List.of("Questions", "Com_select", "Com_insert", "Com_update",
            "Com_stmt_execute", "Com_stmt_prepare", "Com_commit", "Rows_read", "Handler_write", "Handler_update", "Innodb_buffer_pool_reads",
            "Innodb_buffer_pool_wait_free", "Innodb_data_fsyncs", "Innodb_data_written");

    private MariaDbCounters() {
    }

    /** @return the counters' current values, in the order MariaDB lists them */
    static Map<String, Long> read(BenchmarkStack stack, List<String> names) throws SQLException {
        try (var c = stack.connection(); var s = c.createStatement();
                var rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ("
                        + names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")) + ")")) {
            var status = new LinkedHashMap<String, Long>();
            while (rs.next()) {
                status.put(rs.getString(1), Long.parseLong(rs.getString(2)));
            }
            return status;
        }
    }

    /** @return how much each counter grew since {@code before} */
    static Map<String, Long> since(Map<String, Long> before, Map<String, Long> now) {
        var delta = new LinkedHashMap<String, Long>();
        now.forEach((name, value) -> delta.put(name, value - before.getOrDefault(name, 0L)));
        return delta;
    }
}
