package it.crocevia.testserver.prestashop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names, places and a small catalogue for generated Italian shop data. */
final class ItalianSamples {

    /** A city with its postcode and the cadastral (Belfiore) code used in the codice fiscale. */
    record City(String name, String postcode, String belfiore) {}

    /** A catalogue product. */
    record Product(int id, String name, String reference, String ean13, BigDecimal price, int attributeId) {}

    static final List<String> MALE_NAMES = List.of("Marco", "Luca", "Giuseppe", "Francesco", "Alessandro",
            "Andrea", "Matteo", "Lorenzo", "Davide", "Simone", "Federico", "Riccardo", "Nicolò", "Giovanni",
            "Stefano", "Paolo", "Roberto", "Antonio", "Salvatore", "Daniele");
    static final List<String> FEMALE_NAMES = List.of("Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina",
            "Alessandra", "Elena", "Federica", "Silvia", "Laura", "Anna", "Maria", "Paola", "Roberta", "Ilaria",
            "Beatrice", "Aurora", "Sofia", "Noemi");
    static final List<String> SURNAMES = List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
            "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
            "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale",
            "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti");
    static final List<City> CITIES = List.of(new City("Milano", "20121", "F205"), new City("Roma", "00184", "H501"),
            new City("Torino", "10121", "L219"), new City("Napoli", "80133", "F839"),
            new City("Bologna", "40121", "A944"), new City("Firenze", "50122", "D612"),
            new City("Genova", "16121", "D969"), new City("Venezia", "30124", "L736"),
            new City("Verona", "37121", "L781"), new City("Padova", "35122", "G224"),
            new City("Bari", "70122", "A662"), new City("Palermo", "90133", "G273"),
            new City("Catania", "95124", "C351"), new City("Brescia", "25121", "B157"),
            new City("Bergamo", "24121", "A794"), new City("Parma", "43121", "G337"),
            new City("Modena", "41121", "F257"), new City("Trieste", "34121", "L424"),
            new City("Perugia", "06121", "G478"), new City("Cagliari", "09124", "B354"));
    static final List<String> STREETS = List.of("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II",
            "Via Mazzini", "Via Dante Alighieri", "Piazza della Repubblica", "Via Verdi", "Viale Europa",
            "Via Cavour", "Corso Italia", "Via Manzoni", "Via XX Settembre", "Via San Francesco d'Assisi",
            "Viale dei Mille", "Via Nazionale");
    static final List<String> COMPANY_KINDS = List.of("S.r.l.", "S.n.c.", "S.a.s.", "S.p.A.", "di %s");
    static final List<String> COMPANY_WORDS = List.of("Forniture", "Arredamenti", "Elettronica", "Tessuti",
            "Alimentari", "Ferramenta", "Studio Tecnico", "Edilizia", "Cartoleria", "Enoteca");
    static final List<String> DOMAINS = List.of("gmail.com", "libero.it", "hotmail.it", "yahoo.it", "outlook.it",
            "alice.it", "tiscali.it", "virgilio.it");

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
