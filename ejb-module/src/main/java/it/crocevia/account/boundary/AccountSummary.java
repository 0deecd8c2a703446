package it.crocevia.account.boundary;

/** One row of "Lista degli Account". */
public record AccountSummary(long id, String description, Marketplace platform, boolean sendEmail,
        boolean syncOrders, boolean updateCustomers) implements java.io.Serializable {
}
