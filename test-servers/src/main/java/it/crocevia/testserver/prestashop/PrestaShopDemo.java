package it.crocevia.testserver.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.*;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a demo PrestaShop shop for the developer's run command: a few dozen realistic Italian
 * orders (registered customers and guests, a business customer with partita IVA, one guest sharing
 * an e-mail) placed over the last weeks, and prints the shop URL and key to enter in Crocevia's
 * "Dati Account".
 *
 * <p>Usage: {@code java ... PrestaShopDemo [port] [key]} (defaults: 8081 and a random key).
 */
public final class PrestaShopDemo {

    private static final System.Logger LOG = System.getLogger(PrestaShopDemo.class.getName());

    private PrestaShopDemo() {}

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        String key = args.length > 1 ? args[1] : null;
        PrestaShopTestServer server = startDemo(port, key);
        System.out.println("PrestaShop demo shop:  " + server.shopUrl());
        System.out.println("Webservice key:        " + (key != null ? key : server.apiKey()));
        System.out.println("Try:  curl -u " + (key != null ? key : server.apiKey()) + ": '" + server.shopUrl()
                + "/api/orders?output_format=JSON&display=full&limit=5'");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        stopped.await();
    }

    /**
     * Starts the demo shop in-process, for a launcher.
     *
     * @param port the port, 0 for a free one
     * @param key an extra webservice key to accept (32 characters), or null to use only the random
     *     {@link PrestaShopTestServer#apiKey()}
     * @return the running server
     */
    public static PrestaShopTestServer startDemo(int port, String key) {
        PrestaShopTestServer server = new PrestaShopTestServer(port);
        if (key != null) {
            server.addKey(key);
        }
        seed(server.data());
        server.start();
        LOG.log(System.Logger.Level.INFO, "PrestaShop demo shop at {0}", server.shopUrl());
        return server;
    }

    private static void seed(PrestaShopData data) {
        LocalDateTime start = data.now().minusDays(30).withHour(9).withMinute(0).withSecond(0);
        int mario = data.addCustomer(CustomerSpec.registered("Mario", "Rossi", "mario.rossi@example.it")
                .dateAdd(start.minusDays(200)));
        int marioHome = data.addAddress(AddressSpec.of(mario, "Mario", "Rossi", "Via Garibaldi, 12", "20121",
                "Milano", COUNTRY_IT).dni("RSSMRA80A01F205X").phoneMobile("+39 333 1234567")
                .dateAdd(start.minusDays(200)));
        int giulia = data.addCustomer(CustomerSpec.guest("Giulia", "Bianchi", "giulia.bianchi@example.it")
                .dateAdd(start.minusDays(3)));
        int giuliaHome = data.addAddress(AddressSpec.of(giulia, "Giulia", "Bianchi", "Corso Italia, 5", "50122",
                "Firenze", COUNTRY_IT).dateAdd(start.minusDays(3)));
        int luca = data.addCustomer(CustomerSpec.guest("Luca", "Bianchi", "giulia.bianchi@example.it")
                .dateAdd(start.minusDays(1)));
        int lucaHome = data.addAddress(AddressSpec.of(luca, "Luca", "Bianchi", "Corso Italia, 5", "50122",
                "Firenze", COUNTRY_IT).dateAdd(start.minusDays(1)));
        int company = data.addCustomer(CustomerSpec.registered("Paola", "Conti", "amministrazione@contiarredi.it")
                .company("Arredamenti Conti S.r.l.").siret("01234567897").dateAdd(start.minusDays(90)));
        int companySeat = data.addAddress(AddressSpec.of(company, "Paola", "Conti", "Via Manzoni, 40", "37121",
                "Verona", COUNTRY_IT).alias("Sede").company("Arredamenti Conti S.r.l.").vatNumber("IT01234567897")
                .phone("045 1234567").dateAdd(start.minusDays(90)));
        int[][] who = {{mario, marioHome}, {giulia, giuliaHome}, {luca, lucaHome}, {company, companySeat}};
        var products = ItalianSamples.PRODUCTS;
        int[] states = {STATE_DELIVERED, STATE_SHIPPED, STATE_PAYMENT_ACCEPTED, STATE_PROCESSING,
            STATE_AWAITING_BANK_WIRE, STATE_AWAITING_COD, STATE_CANCELED};
        for (int i = 0; i < 36; i++) {
            int[] customer = who[i % who.length];
            LocalDateTime placed = start.plusHours(i * 19L);
            int state = states[i % states.length];
            OrderSpec order = OrderSpec.of(customer[0], customer[1]).dateAdd(placed).dateUpd(placed.plusHours(6))
                    .state(state).carrier(CARRIER_BRT + i % 3);
            if (state == STATE_AWAITING_COD) {
                order.payment("ps_cashondelivery", "Contrassegno");
            } else if (i % 2 == 0) {
                order.payment("paypal", "PayPal");
            }
            for (int line = 0; line < 1 + i % 3; line++) {
                var product = products.get((i * 7 + line * 3) % products.size());
                order.line(OrderLine.of(product.id(), product.name(), product.reference(), 1 + line,
                        product.price()).attribute(product.attributeId()).ean13(product.ean13()));
            }
            if (i % 9 == 4) {
                order.discount(new BigDecimal("5.00"));
            }
            data.addOrder(order);
        }
    }
}
