package it.crocevia.testserver.prestashop;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * What {@link PrestaShopTestServer#generate(int, long)} created, for a test's expectations.
 *
 * @param orders orders created (each with 3 lines)
 * @param customers customers created, guests included
 * @param guests of which guests
 * @param sharedEmailGuests guests created with the e-mail of an earlier customer and another name
 * @param addresses addresses created
 * @param firstOrderId id of the first order created
 * @param lastOrderId id of the last order created
 * @param from start of the date_upd window
 * @param to end of the date_upd window
 * @param took how long generating took
 */
public record GeneratedData(int orders, int customers, int guests, int sharedEmailGuests, int addresses,
        int firstOrderId, int lastOrderId, LocalDateTime from, LocalDateTime to, Duration took) {}
