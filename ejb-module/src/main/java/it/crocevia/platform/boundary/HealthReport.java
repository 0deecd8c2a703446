package it.crocevia.platform.boundary;

/**
 * What the health endpoint says: whether the database answers, and where its schema is.
 * {@code status} is {@code UP} only when the database answers and no migration is pending.
 */
public record HealthReport(String status, Database database, Migrations migrations) {

    public record Database(boolean up, String product, String error) {
    }

    public record Migrations(String currentVersion, int applied, int pending) {
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
