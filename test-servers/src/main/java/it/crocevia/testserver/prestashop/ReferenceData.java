package it.crocevia.testserver.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.*;

import java.math.BigDecimal;
import java.util.List;

/**
 * The configuration data of a fresh Italian PrestaShop: languages (Italian first), currencies,
 * countries with PrestaShop's ids, carriers, the default order states with their Italian and
 * English names and flags, the taxes and tax rule groups of the Italian localization pack, and the
 * category tree: Root (1) and Home (2), which every shop has, and a few Italian sample categories
 * under Home, one of them disabled.
 */
final class ReferenceData {

    /** When the seeded shop was installed: the dates of its reference records. */
    static final String INSTALLED = "2024-01-15 09:30:00";

    private ReferenceData() {}

    static void seed(Store store) {
        store.write(s -> {
            languages(s.table(Resources.LANGUAGES));
            currencies(s.table(Resources.CURRENCIES));
            countries(s.table(Resources.COUNTRIES));
            carriers(s.table(Resources.CARRIERS));
            orderStates(s.table(Resources.ORDER_STATES));
            taxes(s);
            categories(s.table(Resources.CATEGORIES));
        });
    }

    /**
     * {@code localization/it.xml}: the taxes IVA IT 22%, 10%, 5%, 4% and 0%, one group for each
     * applying that rate in every EU country of the pack (the seeded ones here), and the
     * auto-generated "EU VAT For Virtual Products" group, whose Italian rule is the 22% tax too
     * (simplification: its rules for the other countries' own taxes are left out).
     */
    private static void taxes(Store s) {
        String[][] taxes = {{"22", "IVA IT 22%", "IT Standard Rate (22%)"}, {"10", "IVA IT 10%", "IT Reduced Rate (10%)"},
            {"5", "IVA IT 5%", "IT Reduced Rate (5%)"}, {"4", "IVA IT 4%", "IT Reduced Rate (4%)"},
            {"0", "IVA IT 0%", "IT Zero Rate (0%)"}};
        int[] euCountries = {COUNTRY_BE, COUNTRY_DE, COUNTRY_ES, COUNTRY_FR, COUNTRY_IT, COUNTRY_NL, COUNTRY_AT,
            COUNTRY_GB};
        Table rules = s.table(Resources.TAX_RULES);
        for (int i = 0; i < taxes.length; i++) {
            int id = i + 1;
            put(s.table(Resources.TAXES), id, Formats.rate(new BigDecimal(taxes[i][0])), "1", "0",
                    Localized.same(taxes[i][1]));
            put(s.table(Resources.TAX_RULE_GROUPS), id, taxes[i][2], "1", "0", INSTALLED, INSTALLED);
            for (int country : euCountries) {
                put(rules, rules.nextId(), Integer.toString(id), "0", Integer.toString(country), "0", "0",
                        Integer.toString(id), "0", "");
            }
        }
        put(s.table(Resources.TAX_RULE_GROUPS), TAX_GROUP_EU_VIRTUAL, "EU VAT For Virtual Products", "1", "0",
                INSTALLED, INSTALLED);
        put(rules, rules.nextId(), Integer.toString(TAX_GROUP_EU_VIRTUAL), "0", Integer.toString(COUNTRY_IT), "0",
                "0", "1", "0", "");
    }

    private static void categories(Table table) {
        category(table, CATEGORY_ROOT, 0, 0, "0", "Root", "Root", "1");
        category(table, CATEGORY_HOME, CATEGORY_ROOT, 1, "1", "Home", "Home", "1");
        category(table, CATEGORY_CLOTHES, CATEGORY_HOME, 2, "0", "Abbigliamento", "Clothes", "1");
        category(table, CATEGORY_T_SHIRTS, CATEGORY_CLOTHES, 3, "0", "Magliette", "T-shirts", "1");
        category(table, CATEGORY_KITCHEN, CATEGORY_HOME, 2, "0", "Casa e cucina", "Home and kitchen", "1");
        category(table, CATEGORY_COFFEE, CATEGORY_KITCHEN, 3, "0", "Caffè", "Coffee", "1");
        category(table, CATEGORY_ARCHIVE, CATEGORY_HOME, 2, "0", "Archivio", "Archive", "0");
    }

    /** A category row; its associations are read from the tree when it is shown ({@link CategoryTree}). */
    static void category(Table table, int id, int parent, int depth, String isRoot, String italian, String english,
            String active) {
        Object[] row = table.resource.newValues();
        Object[] values = {Integer.toString(parent), Integer.toString(depth), null, active, "1", isRoot,
            Integer.toString(siblings(table, parent)), INSTALLED, INSTALLED, Localized.of(italian, english),
            Localized.of(ProductModel.linkRewrite(italian), ProductModel.linkRewrite(english)), Localized.same(""),
            Localized.same(""), Localized.same(""), Localized.same("")};
        System.arraycopy(values, 0, row, 1, values.length);
        table.put(new Row(id, row, List.of(List.of(), List.of())));
    }

    /** How many categories the parent has already: the next one's {@code position}. */
    static int siblings(Table table, int parent) {
        String parentId = Integer.toString(parent);
        int parentField = table.resource.required("id_parent");
        return (int) table.ascending().stream().filter(row -> parentId.equals(row.text(parentField))).count();
    }

    private static void languages(Table table) {
        put(table, LANG_IT, "Italiano (Italian)", "it", "it-IT", "it-it", "1", "0", "d/m/Y", "d/m/Y H:i:s");
        put(table, LANG_EN, "English (English)", "en", "en-US", "en-us", "1", "0", "m/d/Y", "m/d/Y H:i:s");
    }

    private static void currencies(Table table) {
        put(table, CURRENCY_EUR, Localized.of("Euro", "Euro"), "Euro", Localized.same("€"), "EUR", "978", "2",
                "1.000000", "0", "1", "0", "0", Localized.same("#,##0.00\u00a0¤"));
        put(table, CURRENCY_USD, Localized.of("Dollaro statunitense", "US Dollar"), "Dollaro statunitense",
                Localized.same("$"), "USD", "840", "2", "1.082300", "0", "1", "0", "0",
                Localized.same("#,##0.00\u00a0¤"));
        put(table, CURRENCY_GBP, Localized.of("Sterlina britannica", "British Pound"), "Sterlina britannica",
                Localized.same("£"), "GBP", "826", "2", "0.846100", "0", "1", "0", "0",
                Localized.same("#,##0.00\u00a0¤"));
    }

    private static void countries(Table table) {
        country(table, COUNTRY_DE, 1, "49", "DE", "NNNNN", "Germania", "Germany");
        country(table, COUNTRY_AT, 1, "43", "AT", "NNNN", "Austria", "Austria");
        country(table, COUNTRY_BE, 1, "32", "BE", "NNNN", "Belgio", "Belgium");
        country(table, COUNTRY_ES, 1, "34", "ES", "NNNNN", "Spagna", "Spain");
        country(table, COUNTRY_FR, 1, "33", "FR", "NNNNN", "Francia", "France");
        country(table, COUNTRY_IT, 1, "39", "IT", "NNNNN", "Italia", "Italy");
        country(table, COUNTRY_NL, 1, "31", "NL", "NNNN LL", "Paesi Bassi", "Netherlands");
        country(table, COUNTRY_GB, 7, "44", "GB", "", "Regno Unito", "United Kingdom");
        country(table, COUNTRY_CH, 7, "41", "CH", "NNNN", "Svizzera", "Switzerland");
        country(table, COUNTRY_US, 2, "1", "US", "NNNNN", "Stati Uniti", "United States");
    }

    private static void country(Table table, int id, int zone, String prefix, String iso, String zipFormat,
            String italian, String english) {
        String needsId = id == COUNTRY_IT ? "1" : "0";
        put(table, id, Integer.toString(zone), "0", prefix, iso, "1", id == COUNTRY_US ? "1" : "0", needsId,
                zipFormat.isEmpty() ? "0" : "1", zipFormat, "1", Localized.of(italian, english));
    }

    private static void carriers(Table table) {
        carrier(table, CARRIER_PICKUP, "Crocevia Demo", "1", "", Localized.of("Ritiro in negozio", "Pick up in-store"));
        carrier(table, CARRIER_BRT, "BRT", "0", "https://vas.brt.it/vas/sped_det_show.hsm?Nspediz=@",
                Localized.of("Consegna in 24/48 ore", "Delivery in 1-2 days"));
        carrier(table, CARRIER_GLS, "GLS", "0", "https://www.gls-italy.com/?option=com_gls&view=track_e_trace&numero_spedizione=@",
                Localized.of("Consegna in 2-3 giorni lavorativi", "Delivery in 2-3 business days"));
        carrier(table, CARRIER_POSTE, "Poste Italiane", "0", "https://www.poste.it/cerca/index.html#/risultati-spedizioni/@",
                Localized.of("Consegna in 3-5 giorni lavorativi", "Delivery in 3-5 business days"));
    }

    private static void carrier(Table table, int id, String name, String free, String url, Localized delay) {
        put(table, id, "0", "0", "1", Integer.toString(id), name, "1", free, url, "1", "0", "0", "0", "0", "0", "0",
                "0.000000", "0", "", "0", Integer.toString(id - 1), delay);
    }

    private static void orderStates(Table table) {
        state(table, STATE_AWAITING_CHECK, "ps_checkpayment", "#34209E", "0000000000",
                "In attesa di pagamento con assegno", "Awaiting check payment", "cheque");
        state(table, STATE_PAYMENT_ACCEPTED, "", "#3498D8", "0001110110",
                "Pagamento accettato", "Payment accepted", "payment");
        state(table, STATE_PROCESSING, "", "#3498D8", "1001110110",
                "Preparazione in corso", "Processing in progress", "preparation");
        state(table, STATE_SHIPPED, "", "#01B887", "1001111111",
                "Spedito", "Shipped", "shipped");
        state(table, STATE_DELIVERED, "", "#01B887", "1000111111",
                "Consegnato", "Delivered", "");
        state(table, STATE_CANCELED, "", "#2C3E50", "0001000000",
                "Annullato", "Canceled", "order_canceled");
        state(table, STATE_REFUNDED, "", "#ED2B2B", "0001100010",
                "Rimborsato", "Refunded", "refund");
        state(table, STATE_PAYMENT_ERROR, "", "#ED2B2B", "0001000000",
                "Errore di pagamento", "Payment error", "payment_error");
        state(table, STATE_BACKORDER_PAID, "", "#3498D8", "0001110110",
                "In attesa di rifornimento (pagato)", "On backorder (paid)", "outofstock");
        state(table, STATE_AWAITING_BANK_WIRE, "ps_wirepayment", "#34209E", "0001000000",
                "In attesa di pagamento con bonifico bancario", "Awaiting bank wire payment", "bankwire");
        state(table, STATE_REMOTE_PAYMENT_ACCEPTED, "", "#3498D8", "0001110110",
                "Pagamento remoto accettato", "Remote payment accepted", "payment");
        state(table, STATE_BACKORDER_UNPAID, "", "#34209E", "0001000000",
                "In attesa di rifornimento (non pagato)", "On backorder (not paid)", "outofstock");
        state(table, STATE_AWAITING_COD, "ps_cashondelivery", "#34209E", "0001000000",
                "In attesa di verifica contrassegno", "Awaiting Cash On Delivery validation", "cashondelivery");
    }

    /**
     * @param flags ten 0/1 digits: delivery, (unused), (unused), send_email, invoice, logable,
     *     shipped, paid, pdf_delivery, pdf_invoice
     */
    private static void state(Table table, int id, String module, String color, String flags, String italian,
            String english, String template) {
        char[] f = flags.toCharArray();
        String delivery = String.valueOf(f[0]);
        String sendEmail = String.valueOf(f[3]);
        String invoice = String.valueOf(f[4]);
        String logable = String.valueOf(f[5]);
        String shipped = String.valueOf(f[6]);
        String paid = String.valueOf(f[7]);
        String pdfDelivery = String.valueOf(f[8]);
        String pdfInvoice = String.valueOf(f[9]);
        put(table, id, "1", delivery, "0", sendEmail, module, invoice, color, logable, shipped, paid, pdfDelivery,
                pdfInvoice, "0", Localized.of(italian, english), Localized.same(template));
    }

    private static void put(Table table, int id, Object... values) {
        Object[] row = table.resource.newValues();
        if (values.length != row.length - 1) {
            throw new IllegalStateException(table.resource.name + " expects " + (row.length - 1) + " values, got "
                    + values.length);
        }
        System.arraycopy(values, 0, row, 1, values.length);
        table.put(new Row(id, row, List.of()));
    }
}
