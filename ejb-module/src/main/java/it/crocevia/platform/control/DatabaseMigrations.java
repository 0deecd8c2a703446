package it.crocevia.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema up to date before anything else touches it. Flyway manages its own
 * transactions, so this bean must not run inside a container transaction. A failed
 * migration fails the deployment: the application never runs on a schema it does not know.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/CroceviaDS")
    DataSource dataSource;

    private Flyway flyway;

    @PostConstruct
    void migrate() {
        flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        var result = flyway.migrate();
        LOG.log(Level.INFO, "Database schema at version {0} ({1} migrations applied now)",
                new Object[] {result.targetSchemaVersion == null ? "-" : result.targetSchemaVersion,
                    result.migrationsExecuted});
    }

    /** The state of the schema now, read from Flyway's history table. */
    public MigrationState state() {
        var info = flyway.info();
        MigrationInfo current = info.current();
        return new MigrationState(current == null ? null : current.getVersion().getVersion(),
                info.pending().length, info.applied().length);
    }

    /** Schema version, and how many migrations are applied and still pending. */
    public record MigrationState(String currentVersion, int pending, int applied) {
    }
}
