package it.crocevia.testserver.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.*;

import it.crocevia.testserver.common.ItalianIds;
import it.crocevia.testserver.prestashop.ItalianSamples.City;
import it.crocevia.testserver.prestashop.ItalianSamples.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a realistic Italian shop quickly and deterministically: customers (about a third of
 * the orders; 30% guests, a quarter of whom reuse the e-mail of an earlier customer under another
 * first name, as family members checking out as guests do), one address each (one in five a
 * business address with company and partita IVA, most private ones with a codice fiscale), and
 * orders of 3 lines whose ids follow {@code date_add} while {@code date_upd} trails it by up to
 * five days within the window, so the (date_upd, id) order differs from the id order.
 */
final class OrderGenerator {

    private static final int[] STATES = {STATE_PAYMENT_ACCEPTED, STATE_PROCESSING, STATE_SHIPPED, STATE_DELIVERED,
        STATE_CANCELED, STATE_AWAITING_BANK_WIRE, STATE_AWAITING_CHECK, STATE_AWAITING_COD, STATE_REFUNDED};
    private static final int[] STATE_WEIGHTS = {25, 10, 20, 30, 4, 5, 2, 3, 1};
    private static final int[] FOREIGN = {COUNTRY_FR, COUNTRY_DE, COUNTRY_ES, COUNTRY_AT, COUNTRY_CH};
    private static final City[] FOREIGN_CITIES = {new City("Nice", "06000", ""), new City("München", "80331", ""),
        new City("Madrid", "28001", ""), new City("Wien", "1010", ""), new City("Lugano", "6900", "")};
    private static final BigDecimal[] SHIPPING = {new BigDecimal("6.90"), new BigDecimal("4.90"), BigDecimal.ZERO};

    private final PrestaShopData data;
    private final Random random;
    private final LocalDateTime from;
    private final long windowSeconds;

    OrderGenerator(PrestaShopData data, long seed, LocalDateTime from, LocalDateTime to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty window " + from + " .. " + to);
        }
        this.data = data;
        this.random = new Random(seed);
        this.from = from;
        this.windowSeconds = ChronoUnit.SECONDS.between(from, to);
    }

    GeneratedData generate(int orderCount) {
        if (orderCount < 1) {
            throw new IllegalArgumentException("orders must be positive: " + orderCount);
        }
        long started = System.nanoTime();
        int customerCount = Math.max(1, orderCount / 3);
        int[] counts = new int[6];
        data.bulk(bulk -> {
            int[] customers = new int[customerCount];
            int[] addresses = new int[customerCount];
            List<String[]> known = new ArrayList<>(customerCount);
            for (int c = 0; c < customerCount; c++) {
                createCustomer(bulk, known, customers, addresses, c, counts);
            }
            long[] placed = new long[orderCount];
            for (int i = 0; i < orderCount; i++) {
                placed[i] = (long) (random.nextDouble() * windowSeconds);
            }
            Arrays.sort(placed);
            for (int i = 0; i < orderCount; i++) {
                int c = random.nextInt(customerCount);
                int id = bulk.order(order(customers[c], addresses[c], placed[i]));
                if (i == 0) {
                    counts[4] = id;
                }
                counts[5] = id;
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new GeneratedData(orderCount, customerCount, counts[0], counts[1], counts[2], counts[4], counts[5],
                from, from.plusSeconds(windowSeconds), took);
    }

    private void createCustomer(PrestaShopData.Bulk bulk, List<String[]> known, int[] customers, int[] addresses,
            int c, int[] counts) {
        boolean female = random.nextBoolean();
        String firstname = pick(female ? ItalianSamples.FEMALE_NAMES : ItalianSamples.MALE_NAMES);
        String lastname = pick(ItalianSamples.SURNAMES);
        boolean guest = random.nextInt(100) < 30;
        String email;
        if (guest && !known.isEmpty() && random.nextInt(4) == 0) {
            String[] other = known.get(random.nextInt(known.size()));
            email = other[0];
            while (firstname.equals(other[1])) {
                firstname = pick(female ? ItalianSamples.FEMALE_NAMES : ItalianSamples.MALE_NAMES);
            }
            counts[1]++;
        } else {
            email = ItalianIds.ascii(firstname) + "." + ItalianIds.ascii(lastname) + (c + 1) + "@"
                    + pick(ItalianSamples.DOMAINS);
        }
        known.add(new String[] {email, firstname});
        LocalDateTime registered = from.minusSeconds(random.nextInt(400 * 86_400));
        LocalDate birthday = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
        CustomerSpec customer = guest ? CustomerSpec.guest(firstname, lastname, email)
                : CustomerSpec.registered(firstname, lastname, email);
        customer.gender(female ? 2 : 1).newsletter(random.nextInt(5) == 0).dateAdd(registered)
                .birthday(guest ? null : birthday);
        boolean business = random.nextInt(5) == 0;
        String company = null;
        String vat = "";
        if (business) {
            company = companyName(lastname);
            String iva = ItalianIds.partitaIva(random);
            vat = random.nextBoolean() ? "IT" + iva : iva;
            customer.company(company).siret(iva);
        }
        customers[c] = bulk.customer(customer);
        counts[0] += guest ? 1 : 0;
        City city = pick(ItalianSamples.CITIES);
        boolean abroad = random.nextInt(100) < 8;
        int foreign = random.nextInt(FOREIGN.length);
        City place = abroad ? FOREIGN_CITIES[foreign] : city;
        AddressSpec address = AddressSpec.of(customers[c], firstname, lastname,
                pick(ItalianSamples.STREETS) + ", " + (1 + random.nextInt(180)), place.postcode(), place.name(),
                abroad ? FOREIGN[foreign] : COUNTRY_IT)
                .phoneMobile("+39 3" + (10 + random.nextInt(90)) + " " + (1_000_000 + random.nextInt(9_000_000)))
                .dateAdd(registered);
        if (business) {
            address.alias("Sede").company(company).vatNumber(vat);
        }
        if (!abroad && random.nextInt(10) < 7) {
            address.dni(ItalianIds.codiceFiscale(firstname, lastname, birthday, female, city.belfiore()));
        }
        addresses[c] = bulk.address(address);
        counts[2]++;
    }

    private OrderSpec order(int customerId, int addressId, long secondsIntoWindow) {
        LocalDateTime placed = from.plusSeconds(secondsIntoWindow);
        long trailing = Math.min(windowSeconds - secondsIntoWindow, (long) random.nextInt(5 * 86_400));
        int state = weighted();
        OrderSpec order = OrderSpec.of(customerId, addressId).state(state).dateAdd(placed)
                .dateUpd(placed.plusSeconds(trailing)).carrier(CARRIER_BRT + random.nextInt(3))
                .shipping(SHIPPING[random.nextInt(SHIPPING.length)]).reference(reference());
        switch (state) {
            case STATE_AWAITING_CHECK -> order.payment("ps_checkpayment", "Pagamento con assegno");
            case STATE_AWAITING_BANK_WIRE -> order.payment("ps_wirepayment", "Bonifico bancario");
            case STATE_AWAITING_COD -> order.payment("ps_cashondelivery", "Contrassegno");
            default -> {
                if (random.nextBoolean()) {
                    order.payment("paypal", "PayPal");
                } else {
                    order.payment("stripe_official", "Carta di credito");
                }
            }
        }
        int currency = random.nextInt(100);
        if (currency >= 97) {
            order.currency(CURRENCY_GBP).conversionRate(new BigDecimal("0.846100"));
        } else if (currency >= 94) {
            order.currency(CURRENCY_USD).conversionRate(new BigDecimal("1.082300"));
        }
        if (state == STATE_SHIPPED || state == STATE_DELIVERED) {
            order.shippingNumber(Long.toString(10_000_000_000_000L + Math.floorMod(random.nextLong(), 90_000_000_000_000L)));
        }
        for (int line = 0; line < 3; line++) {
            Product product = pick(ItalianSamples.PRODUCTS);
            order.line(OrderLine.of(product.id(), product.name(), product.reference(), 1 + random.nextInt(3),
                    product.price()).attribute(product.attributeId()).ean13(product.ean13()));
        }
        return order;
    }

    private int weighted() {
        int draw = random.nextInt(100);
        for (int i = 0; i < STATES.length; i++) {
            draw -= STATE_WEIGHTS[i];
            if (draw < 0) {
                return STATES[i];
            }
        }
        return STATE_DELIVERED;
    }

    private String companyName(String lastname) {
        String kind = pick(ItalianSamples.COMPANY_KINDS);
        String word = pick(ItalianSamples.COMPANY_WORDS);
        return kind.contains("%s") ? word + " " + String.format(Locale.ROOT, kind, lastname)
                : word + " " + lastname + " " + kind;
    }

    private String reference() {
        char[] letters = new char[9];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('A' + random.nextInt(26));
        }
        return new String(letters);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
