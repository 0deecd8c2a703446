package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of the seeded Italian shop: one website with one store group and two store
 * views ({@code default}, Italian, and {@code en}, English), EUR as base currency with GBP and USD
 * allowed, Europe/Rome, Italian VAT rates and rules, payment and shipping methods an Italian shop
 * offers, and the countries it sells to with Italy's provinces as regions.
 *
 * <p>Simplifications: the allowed countries are 24 (a fresh Magento allows all ~245); region ids
 * are this server's own (a real shop's depend on its installation history); the admin store view,
 * website and group (id 0) are listed by the store endpoints as Magento lists them.
 */
final class ReferenceData {

    /** A store view ({@code storeDataStoreInterface}) with its locale. */
    record StoreView(int id, String code, String name, int websiteId, int groupId, String locale) {}

    /** A website ({@code storeDataWebsiteInterface}). */
    record Website(int id, String code, String name, int defaultGroupId) {}

    /** A store group ({@code storeDataGroupInterface}). */
    record StoreGroup(int id, int websiteId, int rootCategoryId, int defaultStoreId, String name, String code) {}

    /** An allowed currency with its rate from the base currency. */
    record Currency(String code, String symbol, BigDecimal rate) {}

    /** A country region ({@code directoryDataRegionInformationInterface}). */
    record Region(int id, String code, String name) {}

    /** An allowed country with its names in Italian and English. */
    record Country(String id, String iso3, String nameIt, String nameEn, List<Region> regions) {}

    /** A payment method and the title orders store in {@code additional_information}. */
    record PaymentMethod(String code, String title) {}

    /** A shipping method: {@code shipping_description} is "carrier title - method title". */
    record ShippingMethod(String code, String carrierTitle, String methodTitle) {
        String description() {
            return carrierTitle + " - " + methodTitle;
        }
    }

    static final String WEBSITE_NAME = "Main Website";
    static final String GROUP_NAME = "Main Website Store";
    static final List<StoreView> STORE_VIEWS = List.of(new StoreView(0, "admin", "Admin", 0, 0, "en_US"),
            new StoreView(1, "default", "Italiano", 1, 1, "it_IT"), new StoreView(2, "en", "English", 1, 1, "en_US"));
    static final List<Website> WEBSITES = List.of(new Website(0, "admin", "Admin", 0),
            new Website(1, "base", WEBSITE_NAME, 1));
    static final List<StoreGroup> GROUPS = List.of(new StoreGroup(0, 0, 0, 0, "Default", "default"),
            new StoreGroup(1, 1, 2, 1, GROUP_NAME, "main_website_store"));

    static final String BASE_CURRENCY = "EUR";
    static final List<Currency> CURRENCIES = List.of(new Currency("EUR", "€", BigDecimal.ONE),
            new Currency("GBP", "£", new BigDecimal("0.8461")), new Currency("USD", "$", new BigDecimal("1.0823")));
    static final String TIMEZONE = "Europe/Rome";

    /** Customer groups: 0 is the group of guest orders. */
    static final Map<Integer, String> CUSTOMER_GROUPS = Map.of(0, "NOT LOGGED IN", 1, "General", 2, "Wholesale",
            3, "Retailer");

    static final List<PaymentMethod> PAYMENT_METHODS = List.of(new PaymentMethod("banktransfer", "Bonifico bancario"),
            new PaymentMethod("cashondelivery", "Contrassegno"),
            new PaymentMethod("checkmo", "Assegno / Vaglia postale"),
            new PaymentMethod("paypal_express", "PayPal Express Checkout"),
            new PaymentMethod("stripe_payments", "Carta di credito"));
    static final List<ShippingMethod> SHIPPING_METHODS = List.of(
            new ShippingMethod("flatrate_flatrate", "Spedizione standard", "Corriere espresso"),
            new ShippingMethod("tablerate_bestway", "Spedizione a peso", "Tariffa migliore"),
            new ShippingMethod("freeshipping_freeshipping", "Spedizione gratuita", "Gratuita"));

    static final List<Country> COUNTRIES = countries();

    private ReferenceData() {}

    static Optional<StoreView> storeView(String code) {
        return STORE_VIEWS.stream().filter(store -> store.code().equals(code)).findFirst();
    }

    /** @return the root category of the store view's store (group) */
    static int rootCategory(StoreView store) {
        return GROUPS.stream().filter(group -> group.id() == store.groupId()).findFirst()
                .map(StoreGroup::rootCategoryId).orElse(MagentoDefaults.CATEGORY_DEFAULT);
    }

    static StoreView storeView(int id) {
        return STORE_VIEWS.stream().filter(store -> store.id() == id).findFirst().orElse(STORE_VIEWS.get(1));
    }

    /** @return "Website\nGroup\nStore view", the {@code store_name} Magento copies into each order */
    static String storeName(int storeId) {
        return WEBSITE_NAME + "\n" + GROUP_NAME + "\n" + storeView(storeId).name();
    }

    static Optional<Currency> currency(String code) {
        return CURRENCIES.stream().filter(currency -> currency.code().equals(code)).findFirst();
    }

    static Optional<Country> country(String id) {
        return COUNTRIES.stream().filter(country -> country.id().equals(id)).findFirst();
    }

    /** @return the Italian province with this code (sigla), if any */
    static Optional<Region> province(String code) {
        return COUNTRIES.get(0).regions().stream().filter(region -> region.code().equals(code)).findFirst();
    }

    static PaymentMethod paymentMethod(String code) {
        return PAYMENT_METHODS.stream().filter(method -> method.code().equals(code)).findFirst()
                .orElse(new PaymentMethod(code, code));
    }

    static ShippingMethod shippingMethod(String code) {
        return SHIPPING_METHODS.stream().filter(method -> method.code().equals(code)).findFirst()
                .orElse(new ShippingMethod(code, code, code));
    }

    private static List<Country> countries() {
        List<Country> countries = new ArrayList<>();
        countries.add(new Country("IT", "ITA", "Italia", "Italy", italianProvinces()));
        String[][] others = {
            {"SM", "SMR", "San Marino", "San Marino"}, {"VA", "VAT", "Città del Vaticano", "Vatican City"},
            {"FR", "FRA", "Francia", "France"}, {"DE", "DEU", "Germania", "Germany"},
            {"ES", "ESP", "Spagna", "Spain"}, {"AT", "AUT", "Austria", "Austria"},
            {"CH", "CHE", "Svizzera", "Switzerland"}, {"BE", "BEL", "Belgio", "Belgium"},
            {"NL", "NLD", "Paesi Bassi", "Netherlands"}, {"LU", "LUX", "Lussemburgo", "Luxembourg"},
            {"PT", "PRT", "Portogallo", "Portugal"}, {"GR", "GRC", "Grecia", "Greece"},
            {"SI", "SVN", "Slovenia", "Slovenia"}, {"HR", "HRV", "Croazia", "Croatia"},
            {"MT", "MLT", "Malta", "Malta"}, {"IE", "IRL", "Irlanda", "Ireland"},
            {"DK", "DNK", "Danimarca", "Denmark"}, {"SE", "SWE", "Svezia", "Sweden"},
            {"PL", "POL", "Polonia", "Poland"}, {"CZ", "CZE", "Cechia", "Czechia"},
            {"GB", "GBR", "Regno Unito", "United Kingdom"}, {"US", "USA", "Stati Uniti", "United States"}};
        for (String[] c : others) {
            countries.add(new Country(c[0], c[1], c[2], c[3], List.of()));
        }
        return List.copyOf(countries);
    }

    /** Italy's provinces as Magento's {@code AddDataForItaly} data patch installs them (2.4). */
    private static List<Region> italianProvinces() {
        String[] provinces = ("AG Agrigento;AL Alessandria;AN Ancona;AO Aosta;AQ L'Aquila;AR Arezzo;AP Ascoli-Piceno;"
                + "AT Asti;AV Avellino;BA Bari;BT Barletta-Andria-Trani;BL Belluno;BN Benevento;BG Bergamo;BI Biella;"
                + "BO Bologna;BZ Bolzano;BS Brescia;BR Brindisi;CA Cagliari;CL Caltanissetta;CB Campobasso;CE Caserta;"
                + "CT Catania;CZ Catanzaro;CH Chieti;CO Como;CS Cosenza;CR Cremona;KR Crotone;CN Cuneo;EN Enna;FM Fermo;"
                + "FE Ferrara;FI Firenze;FG Foggia;FC Forli-Cesena;FR Frosinone;GE Genova;GO Gorizia;GR Grosseto;"
                + "IM Imperia;IS Isernia;SP La-Spezia;LT Latina;LE Lecce;LC Lecco;LI Livorno;LO Lodi;LU Lucca;"
                + "MC Macerata;MN Mantova;MS Massa-Carrara;MT Matera;ME Messina;MI Milano;MO Modena;MB Monza-Brianza;"
                + "NA Napoli;NO Novara;NU Nuoro;OR Oristano;PD Padova;PA Palermo;PR Parma;PV Pavia;PG Perugia;"
                + "PU Pesaro-Urbino;PE Pescara;PC Piacenza;PI Pisa;PT Pistoia;PN Pordenone;PZ Potenza;PO Prato;"
                + "RG Ragusa;RA Ravenna;RC Reggio-Calabria;RE Reggio-Emilia;RI Rieti;RN Rimini;RM Roma;RO Rovigo;"
                + "SA Salerno;SS Sassari;SV Savona;SI Siena;SR Siracusa;SO Sondrio;SU Sud Sardegna;TA Taranto;"
                + "TE Teramo;TR Terni;TO Torino;TP Trapani;TN Trento;TV Treviso;TS Trieste;UD Udine;VA Varese;"
                + "VE Venezia;VB Verbania;VC Vercelli;VR Verona;VV Vibo-Valentia;VI Vicenza;VT Viterbo").split(";");
        List<Region> regions = new ArrayList<>(provinces.length);
        for (int i = 0; i < provinces.length; i++) {
            regions.add(new Region(1000 + i, provinces[i].substring(0, 2), provinces[i].substring(3)));
        }
        return List.copyOf(regions);
    }
}
