package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a demo Magento shop for the developer's run command: a few dozen Italian orders over the
 * last weeks (a customer with a codice fiscale, a company with partita IVA, guests of whom two
 * share an e-mail, a configurable product, every common state), and prints the shop URL and the
 * integration access token to enter in Crocevia's "Dati Account".
 *
 * <p>Usage: {@code java ... MagentoDemo [port] [token]} (defaults: 8082 and a random token).
 */
public final class MagentoDemo {

    private static final System.Logger LOG = System.getLogger(MagentoDemo.class.getName());

    private MagentoDemo() {}

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8082;
        String token = args.length > 1 ? args[1] : null;
        MagentoTestServer server = startDemo(port, token);
        String used = token != null ? token : server.accessToken();
        System.out.println("Magento demo shop:     " + server.shopUrl());
        System.out.println("Access token:          " + used);
        System.out.println("Try:  curl -H 'Authorization: Bearer " + used + "' '" + server.shopUrl()
                + "/rest/V1/orders?searchCriteria[pageSize]=5'");
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
     * @param token an extra integration access token to accept, or null to use only the random
     *     {@link MagentoTestServer#accessToken()}
     * @return the running server
     */
    public static MagentoTestServer startDemo(int port, String token) {
        MagentoTestServer server = new MagentoTestServer(port);
        if (token != null) {
            server.addToken(token);
        }
        seed(server.data());
        server.start();
        LOG.log(System.Logger.Level.INFO, "Magento demo shop at {0}", server.shopUrl());
        return server;
    }

    private static void seed(MagentoData data) {
        LocalDateTime start = data.now().minusDays(30).withHour(8).withMinute(0).withSecond(0);
        AddressSpec marioHome = AddressSpec.of("Mario", "Rossi", "Via Garibaldi, 12", "Milano", "20121", "IT")
                .province("MI").telephone("+39 333 1234567");
        int mario = data.addCustomer(CustomerSpec.of("Mario", "Rossi", "mario.rossi@example.it")
                .taxvat("RSSMRA80A01F205X").dob(LocalDate.of(1980, 1, 1)).gender(1).address(marioHome)
                .createdAt(start.minusDays(200)));
        AddressSpec seat = AddressSpec.of("Paola", "Conti", "Via Manzoni, 40", "Verona", "37121", "IT").province("VR")
                .company("Arredamenti Conti S.r.l.").vatId("IT01234567897").telephone("045 1234567");
        int paola = data.addCustomer(CustomerSpec.of("Paola", "Conti", "amministrazione@contiarredi.it")
                .group(2).address(seat).createdAt(start.minusDays(90)));
        AddressSpec giulia = AddressSpec.of("Giulia", "Bianchi", "Corso Italia, 5", "Firenze", "50122", "IT")
                .province("FI").telephone("+39 347 7654321");
        AddressSpec luca = AddressSpec.of("Luca", "Bianchi", "Corso Italia, 5", "Firenze", "50122", "IT")
                .province("FI").telephone("+39 349 1112233").vatId("BNCLCU95M12D612K");
        String[][] states = {{"complete", "complete"}, {"processing", "processing"}, {"new", "pending"},
            {"complete", "complete"}, {"canceled", "canceled"}, {"processing", "in_preparazione"},
            {"closed", "closed"}, {"holded", "holded"}};
        String[] payments = {"paypal_express", "stripe_payments", "banktransfer", "cashondelivery"};
        for (int i = 0; i < 36; i++) {
            LocalDateTime placed = start.plusHours(i * 19L);
            OrderSpec order = switch (i % 4) {
                case 0 -> OrderSpec.forCustomer(mario, "mario.rossi@example.it", "Mario", "Rossi", marioHome)
                        .customerTaxvat("RSSMRA80A01F205X");
                case 1 -> OrderSpec.forCustomer(paola, "amministrazione@contiarredi.it", "Paola", "Conti", seat)
                        .customerGroup(2);
                case 2 -> OrderSpec.guest("giulia.bianchi@example.it", giulia);
                default -> OrderSpec.guest("giulia.bianchi@example.it", luca);
            };
            String[] state = states[i % states.length];
            order.status(state[0], state[1]).payment(payments[i % payments.length]).createdAt(placed)
                    .updatedAt(placed.plusHours(6)).store(i % 9 == 8 ? 2 : 1);
            order.line(OrderLine.simple("CAF-250", "Caffè macinato Moka 250 g", 1 + i % 3, new BigDecimal("4.90")));
            if (i % 3 == 0) {
                order.line(OrderLine.configurable("MAGL-COT-M", "Maglia in cotone", "Maglia in cotone-M", 1,
                        new BigDecimal("29.00")).productId(101).childProductId(1011).option("141", 168));
            }
            if (i % 2 == 0) {
                order.line(OrderLine.simple("OLIO-1L", "Olio extravergine di oliva 1 L", 2, new BigDecimal("12.50"))
                        .taxPercent(4));
            }
            if (i % 9 == 4) {
                order.discount(new BigDecimal("5.00"), "BENVENUTO5");
            }
            data.addOrder(order);
        }
    }
}
