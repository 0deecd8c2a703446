package it.crocevia.testserver.prestashop;

import it.crocevia.testserver.common.ItalianIds;
import it.crocevia.testserver.common.ItalianPeople;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names and places (shared with the other generators) and a small catalogue for generated Italian shop data. */
final class ItalianSamples {

    /** A city with its postcode and the cadastral (Belfiore) code used in the codice fiscale. */
    record City(String name, String postcode, String belfiore) {}

    /** A catalogue product. */
    record Product(int id, String name, String reference, String ean13, BigDecimal price, int attributeId) {}

    static final List<String> MALE_NAMES = ItalianPeople.MALE_NAMES;
    static final List<String> FEMALE_NAMES = ItalianPeople.FEMALE_NAMES;
    static final List<String> SURNAMES = ItalianPeople.SURNAMES;
    static final List<City> CITIES = ItalianPeople.CITIES.stream()
            .map(city -> new City(city.name(), city.postcode(), city.belfiore())).toList();
    static final List<String> STREETS = ItalianPeople.STREETS;
    static final List<String> COMPANY_KINDS = ItalianPeople.COMPANY_KINDS;
    static final List<String> COMPANY_WORDS = ItalianPeople.COMPANY_WORDS;
    static final List<String> DOMAINS = ItalianPeople.DOMAINS;

    static final List<Product> PRODUCTS = products();

    private ItalianSamples() {}

    private static List<Product> products() {
        String[][] catalogue = {
            {"Caffè macinato Moka 250 g", "CAF-250", "4.90"},
            {"Olio extravergine di oliva 1 L", "OLIO-1L", "12.50"},
            {"Pasta di Gragnano trafilata al bronzo 500 g", "PASTA-500", "2.80"},
            {"Parmigiano Reggiano 24 mesi 1 kg", "PARM-24", "27.90"},
            {"Aceto balsamico di Modena IGP 250 ml", "BALS-250", "8.40"},
            {"Tazza in ceramica di Deruta", "TAZ-DER", "18.00"},
            {"Grembiule da cucina in lino", "GREMB-LIN", "24.50"},
            {"Tagliere in legno d'ulivo", "TAGL-ULI", "34.00"},
            {"Moka Express 3 tazze", "MOKA-3", "29.90"},
            {"Set 6 bicchieri in vetro soffiato", "BICC-6", "42.00"},
            {"Maglia in cotone - Taglia : M", "MAGL-COT", "29.00"},
            {"Maglia in cotone - Taglia : L", "MAGL-COT", "29.00"},
            {"Sciarpa in cashmere - Colore : Blu", "SCIA-CASH", "89.00"},
            {"Borsa in pelle conciata al vegetale", "BORS-PEL", "149.00"},
            {"Cintura in cuoio - Taglia : 95", "CINT-CUO", "39.90"},
            {"Quaderno rilegato a mano A5", "QUAD-A5", "14.50"},
            {"Penna stilografica in resina", "PENN-STI", "65.00"},
            {"Candela profumata al fico 200 g", "CAND-FIC", "19.90"},
            {"Sapone di Marsiglia all'olio d'oliva", "SAP-MAR", "5.50"},
            {"Crema mani alla lavanda 75 ml", "CREM-LAV", "9.90"},
            {"Vino Chianti Classico DOCG 75 cl", "VINO-CHI", "16.90"},
            {"Limoncello di Sorrento 50 cl", "LIMO-50", "18.50"},
            {"Panettone artigianale 1 kg", "PANE-1K", "32.00"},
            {"Torrone morbido alle mandorle 200 g", "TORR-200", "7.90"},
            {"Cuffie wireless Bluetooth", "CUFF-BT", "79.00"},
            {"Caricatore USB-C 65 W", "CARI-65", "34.90"},
            {"Lampada da tavolo in ottone", "LAMP-OTT", "119.00"},
            {"Cuscino in velluto 45x45", "CUSC-VEL", "27.50"},
            {"Plaid in lana merino", "PLAI-MER", "95.00"},
            {"Puzzle 1000 pezzi Venezia", "PUZZ-VEN", "21.90"},
        };
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < catalogue.length; i++) {
            String[] p = catalogue[i];
            String ean = ItalianIds.ean13(String.format(Locale.ROOT, "80%010d", 12_345_000L + i * 7L));
            int attribute = p[0].contains(" - ") ? 100 + i : 0;
            products.add(new Product(1 + i, p[0], p[1], ean, new BigDecimal(p[2]), attribute));
        }
        return List.copyOf(products);
    }
}
