package it.crocevia.account.boundary;

import it.crocevia.connector.boundary.ShopConnection;
import java.time.LocalDate;
import java.util.Set;

/** What an order sync needs to know of an account (section "Ordini" and the connection). */
public record OrderSyncSettings(long accountId, String description, Marketplace platform, boolean syncOrders,
        Set<String> orderStates, LocalDate ordersFrom, boolean updateCustomers, ShopConnection connection) {
}
