package it.crocevia.connector.boundary;

/** An address as a platform gives it, with the Italian fiscal fields (partita IVA, codice fiscale). */
public record RemoteAddress(String firstName, String lastName, String company, String vatNumber, String fiscalCode,
        String street, String postcode, String city, String region, String country, String phone) {

    public String fullName() {
        return String.join(" ", firstName == null ? "" : firstName, lastName == null ? "" : lastName).strip();
    }
}
