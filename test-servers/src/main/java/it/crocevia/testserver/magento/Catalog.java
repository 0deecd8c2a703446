package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The small catalogue of generated orders: simple products at the Italian VAT rates that apply to
 * them (food at 4% or 10%, the rest at 22%) and configurable products (size, colour) whose
 * variants become parent and child items.
 */
final class Catalog {

    /** A simple product chosen as a configurable's variant. */
    record Variant(int id, String sku, String name, String optionId, int valueId) {}

    /** A product; a configurable one has variants. */
    record Product(int id, String sku, String name, BigDecimal price, int taxPercent, BigDecimal weight,
            List<Variant> variants) {

        boolean configurable() {
            return !variants.isEmpty();
        }
    }

    static final List<Product> PRODUCTS = products();

    private Catalog() {}

    private static List<Product> products() {
        Object[][] simple = {
            {"CAF-250", "Caffè macinato Moka 250 g", "4.90", 22, "0.25"},
            {"OLIO-1L", "Olio extravergine di oliva 1 L", "12.50", 4, "1.0"},
            {"PASTA-500", "Pasta di Gragnano trafilata al bronzo 500 g", "2.80", 4, "0.5"},
            {"PARM-24", "Parmigiano Reggiano 24 mesi 1 kg", "27.90", 4, "1.0"},
            {"BALS-250", "Aceto balsamico di Modena IGP 250 ml", "8.40", 10, "0.3"},
            {"TAZ-DER", "Tazza in ceramica di Deruta", "18.00", 22, "0.4"},
            {"GREMB-LIN", "Grembiule da cucina in lino", "24.50", 22, "0.3"},
            {"TAGL-ULI", "Tagliere in legno d'ulivo", "34.00", 22, "1.2"},
            {"MOKA-3", "Moka Express 3 tazze", "29.90", 22, "0.6"},
            {"BICC-6", "Set 6 bicchieri in vetro soffiato", "42.00", 22, "1.5"},
            {"BORS-PEL", "Borsa in pelle conciata al vegetale", "149.00", 22, "0.9"},
            {"QUAD-A5", "Quaderno rilegato a mano A5", "14.50", 22, "0.3"},
            {"PENN-STI", "Penna stilografica in resina", "65.00", 22, "0.1"},
            {"CAND-FIC", "Candela profumata al fico 200 g", "19.90", 22, "0.4"},
            {"VINO-CHI", "Vino Chianti Classico DOCG 75 cl", "16.90", 22, "1.3"},
            {"LIMO-50", "Limoncello di Sorrento 50 cl", "18.50", 22, "0.9"},
            {"PANE-1K", "Panettone artigianale 1 kg", "32.00", 10, "1.2"},
            {"TORR-200", "Torrone morbido alle mandorle 200 g", "7.90", 10, "0.2"},
            {"CUFF-BT", "Cuffie wireless Bluetooth", "79.00", 22, "0.3"},
            {"LAMP-OTT", "Lampada da tavolo in ottone", "119.00", 22, "2.1"},
        };
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < simple.length; i++) {
            Object[] p = simple[i];
            products.add(new Product(1 + i, (String) p[0], (String) p[1], new BigDecimal((String) p[2]), (Integer) p[3],
                    new BigDecimal((String) p[4]), List.of()));
        }
        products.add(configurable(101, "MAGL-COT", "Maglia in cotone", "29.00", "0.3", "141",
                new String[] {"S", "M", "L", "XL"}, 167));
        products.add(configurable(102, "SCIA-CASH", "Sciarpa in cashmere", "89.00", "0.2", "93",
                new String[] {"Blu", "Rosso", "Grigio"}, 49));
        products.add(configurable(103, "CINT-CUO", "Cintura in cuoio", "39.90", "0.3", "141",
                new String[] {"90", "95", "100"}, 171));
        products.add(configurable(104, "FELP-CAP", "Felpa con cappuccio", "49.90", "0.6", "141",
                new String[] {"M", "L"}, 168));
        products.add(configurable(105, "SCAR-GIN", "Scarpe da ginnastica", "79.00", "0.9", "144",
                new String[] {"40", "41", "42", "43", "44"}, 201));
        return List.copyOf(products);
    }

    private static Product configurable(int id, String sku, String name, String price, String weight, String optionId,
            String[] values, int firstValueId) {
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            variants.add(new Variant(id * 10 + i, sku + "-" + values[i].toUpperCase(Locale.ROOT),
                    name + "-" + values[i], optionId, firstValueId + i));
        }
        return new Product(id, sku, name, new BigDecimal(price), 22, new BigDecimal(weight), List.copyOf(variants));
    }
}
