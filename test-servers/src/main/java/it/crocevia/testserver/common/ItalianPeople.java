package it.crocevia.testserver.common;

import java.util.List;

/**
 * Italian first names, surnames, cities, streets and company names for the generators of every
 * platform test server, so that the shops they build look alike and a client's handling of
 * accents and apostrophes ("Nicolò", "D'Angelo") is exercised everywhere.
 */
public final class ItalianPeople {

    /**
     * A city with what addresses and identifiers need.
     *
     * @param name city name
     * @param postcode a postcode (CAP) of the city
     * @param belfiore the cadastral code used in the codice fiscale
     * @param province the two-letter province code (sigla), e.g. MI
     * @param provinceName the province's name, as platforms list it among a country's regions
     */
    public record City(String name, String postcode, String belfiore, String province, String provinceName) {}

    public static final List<String> MALE_NAMES = List.of("Marco", "Luca", "Giuseppe", "Francesco", "Alessandro",
            "Andrea", "Matteo", "Lorenzo", "Davide", "Simone", "Federico", "Riccardo", "Nicolò", "Giovanni",
            "Stefano", "Paolo", "Roberto", "Antonio", "Salvatore", "Daniele");
    public static final List<String> FEMALE_NAMES = List.of("Giulia", "Francesca", "Chiara", "Sara", "Martina",
            "Valentina", "Alessandra", "Elena", "Federica", "Silvia", "Laura", "Anna", "Maria", "Paola", "Roberta",
            "Ilaria", "Beatrice", "Aurora", "Sofia", "Noemi");
    public static final List<String> SURNAMES = List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
            "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
            "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale",
            "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti");
    public static final List<City> CITIES = List.of(
            new City("Milano", "20121", "F205", "MI", "Milano"), new City("Roma", "00184", "H501", "RM", "Roma"),
            new City("Torino", "10121", "L219", "TO", "Torino"), new City("Napoli", "80133", "F839", "NA", "Napoli"),
            new City("Bologna", "40121", "A944", "BO", "Bologna"),
            new City("Firenze", "50122", "D612", "FI", "Firenze"),
            new City("Genova", "16121", "D969", "GE", "Genova"),
            new City("Venezia", "30124", "L736", "VE", "Venezia"),
            new City("Verona", "37121", "L781", "VR", "Verona"), new City("Padova", "35122", "G224", "PD", "Padova"),
            new City("Bari", "70122", "A662", "BA", "Bari"), new City("Palermo", "90133", "G273", "PA", "Palermo"),
            new City("Catania", "95124", "C351", "CT", "Catania"),
            new City("Brescia", "25121", "B157", "BS", "Brescia"),
            new City("Bergamo", "24121", "A794", "BG", "Bergamo"), new City("Parma", "43121", "G337", "PR", "Parma"),
            new City("Modena", "41121", "F257", "MO", "Modena"),
            new City("Trieste", "34121", "L424", "TS", "Trieste"),
            new City("Perugia", "06121", "G478", "PG", "Perugia"),
            new City("Cagliari", "09124", "B354", "CA", "Cagliari"));
    public static final List<String> STREETS = List.of("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II",
            "Via Mazzini", "Via Dante Alighieri", "Piazza della Repubblica", "Via Verdi", "Viale Europa",
            "Via Cavour", "Corso Italia", "Via Manzoni", "Via XX Settembre", "Via San Francesco d'Assisi",
            "Viale dei Mille", "Via Nazionale");
    /** Legal forms; "di %s" takes the owner's surname ("Ferramenta di Rossi"). */
    public static final List<String> COMPANY_KINDS = List.of("S.r.l.", "S.n.c.", "S.a.s.", "S.p.A.", "di %s");
    public static final List<String> COMPANY_WORDS = List.of("Forniture", "Arredamenti", "Elettronica", "Tessuti",
            "Alimentari", "Ferramenta", "Studio Tecnico", "Edilizia", "Cartoleria", "Enoteca");
    public static final List<String> DOMAINS = List.of("gmail.com", "libero.it", "hotmail.it", "yahoo.it",
            "outlook.it", "alice.it", "tiscali.it", "virgilio.it");

    private ItalianPeople() {}
}
