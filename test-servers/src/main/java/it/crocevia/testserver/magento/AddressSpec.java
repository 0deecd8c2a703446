package it.crocevia.testserver.magento;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An address to seed, as a customer address or as an order's billing or shipping address, with
 * the fields Italian invoices need: {@code company}, {@code vat_id} (partita IVA, or the codice
 * fiscale that shops asking for it in the VAT field receive from private buyers) and the province
 * as region ({@link #province(String)}).
 */
public final class AddressSpec extends Spec<AddressSpec> {

    final String firstname;
    final String lastname;
    final List<String> street = new ArrayList<>();
    final String city;
    final String postcode;
    final String countryId;
    String regionCode;
    String regionName;
    Integer regionId;
    String company;
    String vatId;
    String telephone;
    String email;

    private AddressSpec(String firstname, String lastname, String street, String city, String postcode,
            String countryId) {
        this.firstname = Objects.requireNonNull(firstname, "firstname");
        this.lastname = Objects.requireNonNull(lastname, "lastname");
        this.street.add(Objects.requireNonNull(street, "street"));
        this.city = Objects.requireNonNull(city, "city");
        this.postcode = Objects.requireNonNull(postcode, "postcode");
        this.countryId = Objects.requireNonNull(countryId, "countryId");
    }

    /**
     * @param street the first street line, e.g. "Via Roma, 12"
     * @param countryId ISO 3166-1 alpha-2, e.g. IT
     */
    public static AddressSpec of(String firstname, String lastname, String street, String city, String postcode,
            String countryId) {
        return new AddressSpec(firstname, lastname, street, city, postcode, countryId);
    }

    /** @param line a further street line (Magento allows two by default) */
    public AddressSpec streetLine(String line) {
        street.add(Objects.requireNonNull(line));
        return this;
    }

    /**
     * Sets an Italian province as the region, with the code, name and id Magento's directory has.
     *
     * @param code the province code (sigla), e.g. MI
     */
    public AddressSpec province(String code) {
        ReferenceData.Region region = ReferenceData.province(code)
                .orElseThrow(() -> new IllegalArgumentException("no Italian province " + code));
        this.regionCode = region.code();
        this.regionName = region.name();
        this.regionId = region.id();
        return this;
    }

    /** @param name a free-text region, for a country without a region list */
    public AddressSpec region(String name) {
        this.regionName = name;
        this.regionCode = name;
        this.regionId = null;
        return this;
    }

    public AddressSpec company(String company) {
        this.company = company;
        return this;
    }

    /** @param vatId the VAT number (partita IVA, with or without the IT prefix) */
    public AddressSpec vatId(String vatId) {
        this.vatId = vatId;
        return this;
    }

    public AddressSpec telephone(String telephone) {
        this.telephone = telephone;
        return this;
    }

    /** @param email the e-mail an order address carries (default: the order's) */
    public AddressSpec email(String email) {
        this.email = email;
        return this;
    }
}
