package it.crocevia.platform.boundary;

import it.crocevia.platform.control.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Answers "is Crocevia able to work": the database answers and its schema is current. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck {

    @Resource(lookup = "java:jboss/datasources/CroceviaDS")
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    public HealthReport check() {
        HealthReport.Database database;
        try (var connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            var meta = connection.getMetaData();
            database = new HealthReport.Database(valid,
                    meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(), null);
        } catch (SQLException e) {
            database = new HealthReport.Database(false, null, e.getMessage());
        }
        HealthReport.Migrations schema;
        try {
            var state = migrations.state();
            schema = new HealthReport.Migrations(state.currentVersion(), state.applied(), state.pending());
        } catch (RuntimeException e) {
            schema = new HealthReport.Migrations(null, 0, -1);
        }
        boolean up = database.up() && schema.pending() == 0 && schema.currentVersion() != null;
        return new HealthReport(up ? "UP" : "DOWN", database, schema);
    }
}
