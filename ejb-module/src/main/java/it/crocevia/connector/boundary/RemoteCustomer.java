package it.crocevia.connector.boundary;

/**
 * The customer of a remote order. {@code guest} is true when the customer did not register on
 * the platform (seed 001: guests are matched by e-mail and name, registered customers by e-mail).
 */
public record RemoteCustomer(String remoteId, boolean guest, String email, String firstName, String lastName,
        String company, String vatNumber, String fiscalCode, String phone) {
}
