package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A small shop with known data for the tests: three customers and eight orders whose dates,
 * states, currencies and buyers are chosen to tell filters and sorts apart.
 *
 * <pre>
 * id  buyer                      updated_at (UTC)      state/status            currency store
 * 1   Mario Rossi (customer 1)   2026-01-05 10:00:00   complete/complete       EUR      1
 * 2   guest Giulia Bianchi       2026-01-10 09:30:00   new/pending             EUR      1
 * 3   guest Luca Bianchi (same   2026-01-15 18:45:00   processing/processing   EUR      1
 *     e-mail as Giulia)
 * 4   Paola Conti (customer 2)   2026-01-20 12:00:00   canceled/canceled       USD      1
 * 5   Mario Rossi                2026-02-01 08:00:00   closed/closed           EUR      1
 * 6   guest Zoe Martin (FR)      2026-02-10 23:59:59   holded/holded           GBP      2
 * 7   Paola Conti                2026-01-10 09:30:00   processing/in_preparazione EUR   1
 * 8   Anna Verdi (customer 3)    2026-02-15 07:00:00   complete/complete       EUR      2
 * </pre>
 * Orders 2 and 7 share their updated_at, so (updated_at, entity_id) orders them 2 then 7.
 */
final class TestShop {

    static final String MARIO_CF = "RSSMRA80A01F205X";
    static final String PAOLA_IVA = "01234567897";

    private TestShop() {}

    static void seed(MagentoData data) {
        AddressSpec marioHome = AddressSpec.of("Mario", "Rossi", "Via Garibaldi, 12", "Milano", "20121", "IT")
                .province("MI").telephone("+39 333 1234567");
        int mario = data.addCustomer(CustomerSpec.of("Mario", "Rossi", "mario.rossi@example.it").taxvat(MARIO_CF)
                .dob(LocalDate.of(1980, 1, 1)).gender(1).address(marioHome)
                .createdAt(at("2025-06-01 10:00:00")).updatedAt(at("2026-01-05 10:00:00")));
        AddressSpec seat = AddressSpec.of("Paola", "Conti", "Via Manzoni, 40", "Verona", "37121", "IT").province("VR")
                .company("Arredamenti Conti S.r.l.").vatId("IT" + PAOLA_IVA).telephone("045 1234567");
        AddressSpec warehouse = AddressSpec.of("Paola", "Conti", "Via dell'Industria, 3", "Bussolengo", "37012", "IT")
                .province("VR").company("Arredamenti Conti S.r.l.").telephone("045 7654321");
        int paola = data.addCustomer(CustomerSpec.of("Paola", "Conti", "amministrazione@contiarredi.it").group(2)
                .address(seat, true, false).address(warehouse, false, true)
                .createdAt(at("2025-09-01 09:00:00")));
        int anna = data.addCustomer(CustomerSpec.of("Anna", "Verdi", "anna.verdi@example.it").store(2)
                .createdAt(at("2026-02-14 07:00:00")));

        data.addOrder(OrderSpec.forCustomer(mario, "mario.rossi@example.it", "Mario", "Rossi", marioHome)
                .customerTaxvat(MARIO_CF).status("complete", "complete").payment("paypal_express")
                .line(OrderLine.simple("CAF-250", "Caffè macinato Moka 250 g", 2, new BigDecimal("4.90")).productId(1))
                .line(OrderLine.configurable("MAGL-COT-M", "Maglia in cotone", "Maglia in cotone-M", 1,
                        new BigDecimal("29.00")).productId(101).childProductId(1011).option("141", 168))
                .line(OrderLine.simple("OLIO-1L", "Olio extravergine di oliva 1 L", 1, new BigDecimal("12.50"))
                        .taxPercent(4).productId(2))
                .createdAt(at("2026-01-05 09:00:00")).updatedAt(at("2026-01-05 10:00:00")));
        AddressSpec giulia = AddressSpec.of("Giulia", "Bianchi", "Corso Italia, 5", "Firenze", "50122", "IT")
                .province("FI").telephone("+39 347 7654321");
        data.addOrder(OrderSpec.guest("giulia.bianchi@example.it", giulia)
                .line(OrderLine.simple("TAZ-DER", "Tazza in ceramica di Deruta", 1, new BigDecimal("18.00")))
                .createdAt(at("2026-01-10 09:30:00")));
        AddressSpec luca = AddressSpec.of("Luca", "Bianchi", "Corso Italia, 5", "Firenze", "50122", "IT")
                .province("FI").telephone("+39 349 1112233").vatId("BNCLCU95M12D612K");
        data.addOrder(OrderSpec.guest("giulia.bianchi@example.it", luca).status("processing", "processing")
                .payment("stripe_payments")
                .line(OrderLine.simple("MOKA-3", "Moka Express 3 tazze", 1, new BigDecimal("29.90")))
                .createdAt(at("2026-01-15 18:00:00")).updatedAt(at("2026-01-15 18:45:00")));
        data.addOrder(OrderSpec.forCustomer(paola, "amministrazione@contiarredi.it", "Paola", "Conti", seat)
                .shippingAddress(warehouse).customerGroup(2).status("canceled", "canceled").currency("USD")
                .line(OrderLine.simple("LAMP-OTT", "Lampada da tavolo in ottone", 3, new BigDecimal("119.00")))
                .createdAt(at("2026-01-20 11:00:00")).updatedAt(at("2026-01-20 12:00:00")));
        data.addOrder(OrderSpec.forCustomer(mario, "mario.rossi@example.it", "Mario", "Rossi", marioHome)
                .status("closed", "closed").discount(new BigDecimal("5.00"), "BENVENUTO5")
                .line(OrderLine.simple("BORS-PEL", "Borsa in pelle conciata al vegetale", 1, new BigDecimal("149.00")))
                .createdAt(at("2026-01-30 08:00:00")).updatedAt(at("2026-02-01 08:00:00")));
        AddressSpec zoe = AddressSpec.of("Zoé", "Martin", "12 rue de France", "Nice", "06000", "FR")
                .telephone("+33 6 12 34 56 78");
        data.addOrder(OrderSpec.guest("zoe.martin@example.fr", zoe).status("holded", "holded").currency("GBP").store(2)
                .line(OrderLine.simple("VINO-CHI", "Vino Chianti Classico DOCG 75 cl", 6, new BigDecimal("16.90")))
                .createdAt(at("2026-02-10 20:00:00")).updatedAt(at("2026-02-10 23:59:59")));
        data.addOrder(OrderSpec.forCustomer(paola, "amministrazione@contiarredi.it", "Paola", "Conti", seat)
                .customerGroup(2).status("processing", "in_preparazione").payment("banktransfer")
                .line(OrderLine.simple("BICC-6", "Set 6 bicchieri in vetro soffiato", 10, new BigDecimal("42.00")))
                .createdAt(at("2026-01-10 08:00:00")).updatedAt(at("2026-01-10 09:30:00")));
        AddressSpec annaHome = AddressSpec.of("Anna", "Verdi", "Via Verdi, 1", "Torino", "10121", "IT")
                .province("TO").telephone("011 123456");
        data.addOrder(OrderSpec.forCustomer(anna, "anna.verdi@example.it", "Anna", "Verdi", annaHome)
                .status("complete", "complete").store(2).payment("cashondelivery")
                .line(OrderLine.simple("PANE-1K", "Panettone artigianale 1 kg", 1, new BigDecimal("32.00")).taxPercent(10))
                .createdAt(at("2026-02-15 06:00:00")).updatedAt(at("2026-02-15 07:00:00")));
    }

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text.replace(' ', 'T'));
    }
}
