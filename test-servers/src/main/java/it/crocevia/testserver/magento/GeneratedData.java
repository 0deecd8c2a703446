package it.crocevia.testserver.magento;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * What {@link MagentoTestServer#generate(int, long)} created, for a test's expectations.
 *
 * @param orders orders created (each with 3 lines)
 * @param people buyers created: customer accounts plus guests
 * @param accounts of which customer accounts
 * @param guests of which guests (no account: only the e-mail and names on their orders)
 * @param sharedEmailGuests guests created with the e-mail of an earlier buyer and another first name
 * @param guestOrders orders placed as guest (by guests, and by account holders checking out as guest)
 * @param configurableLines lines that are configurable products (two items each)
 * @param firstOrderId entity_id of the first order created
 * @param lastOrderId entity_id of the last order created
 * @param from start of the updated_at window (UTC)
 * @param to end of the updated_at window (UTC)
 * @param took how long generating took
 */
public record GeneratedData(int orders, int people, int accounts, int guests, int sharedEmailGuests, int guestOrders,
        int configurableLines, int firstOrderId, int lastOrderId, LocalDateTime from, LocalDateTime to,
        Duration took) {}
