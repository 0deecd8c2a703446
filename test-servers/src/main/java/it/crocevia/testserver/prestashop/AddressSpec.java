package it.crocevia.testserver.prestashop;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An address to seed, with the fields Italian invoices need: {@code company}, {@code vat_number}
 * (partita IVA) and {@code dni} (PrestaShop's identification number field, which Italian shops use
 * for the codice fiscale).
 */
public final class AddressSpec extends RowSpec<AddressSpec> {

    final int customerId;
    final String firstname;
    final String lastname;
    final String address1;
    final String postcode;
    final String city;
    final int countryId;
    String alias = "Il mio indirizzo";
    String company = "";
    String vatNumber = "";
    String dni = "";
    String address2 = "";
    String phone = "";
    String phoneMobile = "";
    String other = "";
    int stateId;
    LocalDateTime dateAdd;
    LocalDateTime dateUpd;

    private AddressSpec(int customerId, String firstname, String lastname, String address1, String postcode,
            String city, int countryId) {
        this.customerId = customerId;
        this.firstname = Objects.requireNonNull(firstname, "firstname");
        this.lastname = Objects.requireNonNull(lastname, "lastname");
        this.address1 = Objects.requireNonNull(address1, "address1");
        this.postcode = Objects.requireNonNull(postcode, "postcode");
        this.city = Objects.requireNonNull(city, "city");
        this.countryId = countryId;
    }

    /**
     * @param customerId the customer it belongs to
     * @param countryId a PrestaShop country id, see {@link PrestaShopDefaults}
     */
    public static AddressSpec of(int customerId, String firstname, String lastname, String address1,
            String postcode, String city, int countryId) {
        return new AddressSpec(customerId, firstname, lastname, address1, postcode, city, countryId);
    }

    public AddressSpec alias(String alias) {
        this.alias = alias;
        return this;
    }

    public AddressSpec company(String company) {
        this.company = company;
        return this;
    }

    /** @param vatNumber partita IVA, as typed by the customer (with or without "IT") */
    public AddressSpec vatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
        return this;
    }

    /** @param dni the identification number: for Italian customers the codice fiscale */
    public AddressSpec dni(String dni) {
        this.dni = dni;
        return this;
    }

    public AddressSpec address2(String address2) {
        this.address2 = address2;
        return this;
    }

    public AddressSpec phone(String phone) {
        this.phone = phone;
        return this;
    }

    public AddressSpec phoneMobile(String phoneMobile) {
        this.phoneMobile = phoneMobile;
        return this;
    }

    public AddressSpec other(String other) {
        this.other = other;
        return this;
    }

    public AddressSpec state(int stateId) {
        this.stateId = stateId;
        return this;
    }

    public AddressSpec dateAdd(LocalDateTime dateAdd) {
        this.dateAdd = dateAdd;
        return this;
    }

    public AddressSpec dateUpd(LocalDateTime dateUpd) {
        this.dateUpd = dateUpd;
        return this;
    }
}
