package it.crocevia.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void createsSchemasAndUserAndKeepsDataAcrossRestarts() throws Exception {
        Path data = TestDirs.fresh("mariadb-test/data");
        // the unpacked binaries (about 330 MB) are kept between builds: unpacking takes seconds
        Path base = TestDirs.kept("mariadb-test/base");

        try (EmbeddedMariaDb db = new EmbeddedMariaDb(data, base, 0)) {
            db.start();
            assertThat(db.port()).isPositive();
            assertThat(db.jdbcUrl("crocevia")).isEqualTo("jdbc:mariadb://127.0.0.1:" + db.port() + "/crocevia");

            try (Connection c = connect(db, EmbeddedMariaDb.DATABASE); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE shop (id INT PRIMARY KEY, name VARCHAR(100))");
                s.execute("INSERT INTO shop VALUES (1, 'Bottega Ævum €')");
                assertThat(queryString(s, "SELECT @@character_set_database")).isEqualTo("utf8mb4");
                assertThat(queryString(s, "SELECT @@collation_database")).isEqualTo("utf8mb4_unicode_ci");
            }
            try (Connection c = connect(db, EmbeddedMariaDb.BATCH_DATABASE); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE job (id INT PRIMARY KEY)");
                s.execute("INSERT INTO job VALUES (42)");
                assertThat(queryString(s, "SELECT COUNT(*) FROM job")).isEqualTo("1");
                // security is on: the application user sees only its own schemas
                assertThat(queryString(s, "SELECT COUNT(*) FROM information_schema.schemata"
                        + " WHERE schema_name NOT IN ('information_schema')")).isEqualTo("2");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl("crocevia"), "crocevia", "wrong"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }

        // a second server on the same data directory (and another free port) finds the data again
        try (EmbeddedMariaDb db = new EmbeddedMariaDb(data, base, 0)) {
            db.start();
            try (Connection c = connect(db, EmbeddedMariaDb.DATABASE); Statement s = c.createStatement()) {
                assertThat(queryString(s, "SELECT name FROM shop WHERE id = 1")).isEqualTo("Bottega Ævum €");
            }
            try (Connection c = connect(db, EmbeddedMariaDb.BATCH_DATABASE); Statement s = c.createStatement()) {
                assertThat(queryString(s, "SELECT id FROM job")).isEqualTo("42");
            }
        }
    }

    @Test
    void runsSqlAsTheAdministratorForWhatTheApplicationUserMayNotDo() throws Exception {
        Path data = TestDirs.fresh("mariadb-admin-test/data");
        Path base = TestDirs.kept("mariadb-test/base");
        Path outfile = TestDirs.fresh("mariadb-admin-test/out").resolve("one.csv");
        try (EmbeddedMariaDb db = new EmbeddedMariaDb(data, base, 0)) {
            assertThatThrownBy(() -> db.runAsAdministrator("SELECT 1")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not running");
            db.start();
            String into = "SELECT 1, 'a;b' INTO OUTFILE '" + outfile + "' FIELDS TERMINATED BY ';' ENCLOSED BY '\"'";
            try (Connection c = connect(db, EmbeddedMariaDb.DATABASE); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(into)).as("FILE is a global privilege the application lacks")
                        .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            }

            db.runAsAdministrator("CREATE USER 'exporter'@'127.0.0.1' IDENTIFIED BY 'x';\n"
                    + "GRANT FILE ON *.* TO 'exporter'@'127.0.0.1';");

            try (Connection c = DriverManager.getConnection(db.jdbcUrl(""), "exporter", "x");
                    Statement s = c.createStatement()) {
                s.execute(into);
            }
            assertThat(Files.readString(outfile)).isEqualTo("\"1\";\"a;b\"\n");
            assertThatThrownBy(() -> db.runAsAdministrator("SELEC nonsense")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("syntax");
        }
    }

    @Test
    void refusesDirectoriesUnderTheTempFolder() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "data");
        assertThatThrownBy(() -> new EmbeddedMariaDb(tmp, Path.of("target", "base"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.io.tmpdir");
    }

    private static Connection connect(EmbeddedMariaDb db, String database) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(database), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static String queryString(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
