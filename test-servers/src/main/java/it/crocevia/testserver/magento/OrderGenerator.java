package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.ItalianIds;
import it.crocevia.testserver.common.ItalianPeople;
import it.crocevia.testserver.common.ItalianPeople.City;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a realistic Italian Magento shop quickly and deterministically.
 *
 * <p>Buyers are a third of the orders: 70% have an account (with a codice fiscale in
 * {@code taxvat} for most private ones, a second address for some), 30% are guests, a quarter of
 * whom reuse the e-mail of an earlier buyer under another first name (family members checking out
 * as guests). One buyer in five is a business (company and partita IVA, with or without the IT
 * prefix, in the address's {@code vat_id}); some private guests put their codice fiscale in
 * {@code vat_id}, as shops that ask for it there receive it. Account holders place one order in ten
 * as guests. Orders have 3 lines, about one in six a configurable product; their ids follow
 * {@code created_at} while {@code updated_at} trails it by up to five days within the window, so
 * the (updated_at, entity_id) order differs from the id order. 15% are placed in the {@code en}
 * store view and 6% in GBP or USD.
 */
final class OrderGenerator {

    private static final String[][] STATES = {{"new", "pending"}, {"pending_payment", "pending_payment"},
        {"processing", "processing"}, {"processing", "in_preparazione"}, {"complete", "complete"},
        {"canceled", "canceled"}, {"closed", "closed"}, {"holded", "holded"}, {"payment_review", "payment_review"}};
    private static final int[] STATE_WEIGHTS = {10, 5, 17, 5, 45, 8, 5, 3, 2};
    private static final City[] FOREIGN = {new City("Nice", "06000", "", "", ""),
        new City("München", "80331", "", "", ""), new City("Madrid", "28001", "", "", ""),
        new City("Wien", "1010", "", "", ""), new City("Lugano", "6900", "", "", "")};
    private static final String[] FOREIGN_COUNTRIES = {"FR", "DE", "ES", "AT", "CH"};

    /** A buyer: an account or a guest identity. */
    private record Buyer(Integer customerId, String email, String firstname, String lastname, AddressSpec address,
            String taxvat, boolean business, LocalDate dob, int gender, int storeId) {}

    private final MagentoData data;
    private final Random random;
    private final LocalDateTime from;
    private final long windowSeconds;

    OrderGenerator(MagentoData data, long seed, LocalDateTime from, LocalDateTime to) {
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
        int people = Math.max(1, orderCount / 3);
        int[] counts = new int[7];
        data.bulk(bulk -> {
            Buyer[] buyers = new Buyer[people];
            for (int b = 0; b < people; b++) {
                buyers[b] = buyer(bulk, buyers, b, counts);
            }
            long[] placed = new long[orderCount];
            for (int i = 0; i < orderCount; i++) {
                placed[i] = (long) (random.nextDouble() * windowSeconds);
            }
            Arrays.sort(placed);
            for (int i = 0; i < orderCount; i++) {
                int id = bulk.order(order(buyers[random.nextInt(people)], placed[i], counts));
                if (i == 0) {
                    counts[4] = id;
                }
                counts[5] = id;
            }
        });
        return new GeneratedData(orderCount, people, people - counts[0], counts[0], counts[1], counts[2], counts[3],
                counts[4], counts[5], from, from.plusSeconds(windowSeconds),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Buyer buyer(MagentoData.Bulk bulk, Buyer[] earlier, int index, int[] counts) {
        boolean female = random.nextBoolean();
        String firstname = pick(female ? ItalianPeople.FEMALE_NAMES : ItalianPeople.MALE_NAMES);
        String lastname = pick(ItalianPeople.SURNAMES);
        boolean guest = random.nextInt(100) < 30;
        String email;
        if (guest && index > 0 && random.nextInt(4) == 0) {
            Buyer other = earlier[random.nextInt(index)];
            email = other.email();
            while (firstname.equals(other.firstname())) {
                firstname = pick(female ? ItalianPeople.FEMALE_NAMES : ItalianPeople.MALE_NAMES);
            }
            counts[1]++;
        } else {
            email = ItalianIds.ascii(firstname) + "." + ItalianIds.ascii(lastname) + (index + 1) + "@"
                    + pick(ItalianPeople.DOMAINS);
        }
        LocalDate dob = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean abroad = random.nextInt(100) < 8;
        City city = abroad ? FOREIGN[random.nextInt(FOREIGN.length)] : pick(ItalianPeople.CITIES);
        String country = abroad ? FOREIGN_COUNTRIES[Arrays.asList(FOREIGN).indexOf(city)] : "IT";
        AddressSpec address = AddressSpec.of(firstname, lastname,
                pick(ItalianPeople.STREETS) + ", " + (1 + random.nextInt(180)), city.name(), city.postcode(), country)
                .telephone("+39 3" + (10 + random.nextInt(90)) + " " + (1_000_000 + random.nextInt(9_000_000)));
        if (!abroad) {
            address.province(city.province());
        }
        boolean business = random.nextInt(5) == 0;
        if (business) {
            String iva = ItalianIds.partitaIva(random);
            address.company(companyName(lastname)).vatId(random.nextBoolean() ? "IT" + iva : iva);
        }
        String taxvat = !abroad && !business && random.nextInt(10) < 7
                ? ItalianIds.codiceFiscale(firstname, lastname, dob, female, city.belfiore()) : null;
        int storeId = abroad || random.nextInt(100) < 10 ? 2 : 1;
        Integer customerId = null;
        if (guest) {
            counts[0]++;
        } else {
            CustomerSpec customer = CustomerSpec.of(firstname, lastname, email).taxvat(taxvat).dob(dob)
                    .gender(female ? 2 : 1).store(storeId).subscribed(random.nextInt(4) == 0)
                    .createdAt(from.minusSeconds(random.nextInt(400 * 86_400))).address(address);
            if (random.nextInt(5) == 0) {
                City other = pick(ItalianPeople.CITIES);
                customer.address(AddressSpec.of(firstname, lastname, pick(ItalianPeople.STREETS) + ", "
                        + (1 + random.nextInt(180)), other.name(), other.postcode(), "IT").province(other.province())
                        .telephone("+39 0" + (10 + random.nextInt(90)) + " " + (100_000 + random.nextInt(900_000))),
                        false, false);
            }
            customerId = bulk.customer(customer);
        }
        return new Buyer(customerId, email, firstname, lastname, address, taxvat, business, dob, female ? 2 : 1,
                storeId);
    }

    private OrderSpec order(Buyer buyer, long secondsIntoWindow, int[] counts) {
        LocalDateTime placed = from.plusSeconds(secondsIntoWindow);
        long trailing = Math.min(windowSeconds - secondsIntoWindow, (long) random.nextInt(5 * 86_400));
        boolean asGuest = buyer.customerId() == null || random.nextInt(10) == 0;
        AddressSpec billing = copy(buyer.address());
        if (asGuest && !buyer.business() && buyer.taxvat() != null && random.nextInt(3) == 0) {
            billing.vatId(buyer.taxvat());
        }
        OrderSpec order = asGuest ? OrderSpec.guest(buyer.email(), billing)
                : OrderSpec.forCustomer(buyer.customerId(), buyer.email(), buyer.firstname(), buyer.lastname(), billing)
                        .customerTaxvat(buyer.taxvat()).customerDob(buyer.dob()).customerGender(buyer.gender());
        if (asGuest) {
            counts[2]++;
            if (buyer.taxvat() != null && random.nextInt(5) == 0) {
                order.customerTaxvat(buyer.taxvat());
            }
        }
        String[] state = weighted();
        order.status(state[0], state[1]).store(buyer.storeId()).createdAt(placed)
                .updatedAt(placed.plusSeconds(trailing)).remoteIp("93." + random.nextInt(256) + "."
                        + random.nextInt(256) + "." + (1 + random.nextInt(254)));
        order.payment(payment(state[0]));
        int currency = random.nextInt(100);
        if (currency >= 97) {
            order.currency("GBP");
        } else if (currency >= 94) {
            order.currency("USD");
        }
        BigDecimal gross = BigDecimal.ZERO;
        for (int l = 0; l < 3; l++) {
            Catalog.Product product = pick(Catalog.PRODUCTS);
            int quantity = 1 + random.nextInt(3);
            OrderLine line;
            if (product.configurable()) {
                Catalog.Variant variant = pick(product.variants());
                line = OrderLine.configurable(variant.sku(), product.name(), variant.name(), quantity, product.price())
                        .productId(product.id()).childProductId(variant.id())
                        .option(variant.optionId(), variant.valueId());
                counts[3]++;
            } else {
                line = OrderLine.simple(product.sku(), product.name(), quantity, product.price())
                        .productId(product.id());
            }
            order.line(line.taxPercent(product.taxPercent()).weight(product.weight()));
            gross = gross.add(product.price().multiply(BigDecimal.valueOf(quantity)));
        }
        int shipping = random.nextInt(10);
        if (gross.compareTo(new BigDecimal("69")) >= 0 && shipping < 5) {
            order.shipping("freeshipping_freeshipping", BigDecimal.ZERO);
        } else if (shipping < 8) {
            order.shipping("flatrate_flatrate", new BigDecimal("6.90"));
        } else {
            order.shipping("tablerate_bestway", new BigDecimal("9.90"));
        }
        if (random.nextInt(10) == 0) {
            order.discount(new BigDecimal("5.00"), "BENVENUTO5");
        }
        return order;
    }

    private String payment(String state) {
        if (state.equals("pending_payment") || state.equals("payment_review")) {
            return random.nextBoolean() ? "paypal_express" : "stripe_payments";
        }
        int draw = random.nextInt(100);
        if (draw < 35) {
            return "paypal_express";
        }
        if (draw < 65) {
            return "stripe_payments";
        }
        if (draw < 85) {
            return "banktransfer";
        }
        return draw < 97 ? "cashondelivery" : "checkmo";
    }

    private String[] weighted() {
        int draw = random.nextInt(100);
        for (int i = 0; i < STATES.length; i++) {
            draw -= STATE_WEIGHTS[i];
            if (draw < 0) {
                return STATES[i];
            }
        }
        return STATES[4];
    }

    private static AddressSpec copy(AddressSpec source) {
        AddressSpec copy = AddressSpec.of(source.firstname, source.lastname, source.street.get(0), source.city,
                source.postcode, source.countryId).telephone(source.telephone).company(source.company)
                .vatId(source.vatId);
        copy.regionCode = source.regionCode;
        copy.regionName = source.regionName;
        copy.regionId = source.regionId;
        return copy;
    }

    private String companyName(String lastname) {
        String kind = pick(ItalianPeople.COMPANY_KINDS);
        String word = pick(ItalianPeople.COMPANY_WORDS);
        return kind.contains("%s") ? word + " " + String.format(Locale.ROOT, kind, lastname)
                : word + " " + lastname + " " + kind;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
