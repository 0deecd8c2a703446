package it.crocevia.testserver.magento;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer account to seed. Magento has no customer record for guests: a guest is only the
 * e-mail and names on a guest order ({@link OrderSpec#guest}). Italian shops keep the codice
 * fiscale in {@code taxvat} and the partita IVA in an address's {@code vat_id}.
 *
 * <p>The first address added becomes the default billing and shipping address unless others are
 * named with {@link #address(AddressSpec, boolean, boolean)}. Dates are UTC, as Magento stores them.
 */
public final class CustomerSpec extends Spec<CustomerSpec> {

    /** An address with whether it is a default. */
    record Address(AddressSpec spec, boolean defaultBilling, boolean defaultShipping) {}

    final String firstname;
    final String lastname;
    final String email;
    final List<Address> addresses = new ArrayList<>();
    String taxvat;
    LocalDate dob;
    Integer gender;
    int groupId = 1;
    int storeId = 1;
    boolean subscribed;
    LocalDateTime createdAt;
    LocalDateTime updatedAt;

    private CustomerSpec(String firstname, String lastname, String email) {
        this.firstname = Objects.requireNonNull(firstname, "firstname");
        this.lastname = Objects.requireNonNull(lastname, "lastname");
        this.email = Objects.requireNonNull(email, "email");
    }

    public static CustomerSpec of(String firstname, String lastname, String email) {
        return new CustomerSpec(firstname, lastname, email);
    }

    /** @param taxvat the Tax/VAT number attribute, where Italian shops keep the codice fiscale */
    public CustomerSpec taxvat(String taxvat) {
        this.taxvat = taxvat;
        return this;
    }

    public CustomerSpec dob(LocalDate dob) {
        this.dob = dob;
        return this;
    }

    /** @param gender 1 male, 2 female, 3 not specified */
    public CustomerSpec gender(int gender) {
        this.gender = gender;
        return this;
    }

    /** @param groupId 1 General, 2 Wholesale, 3 Retailer */
    public CustomerSpec group(int groupId) {
        this.groupId = groupId;
        return this;
    }

    /** @param storeId the store view it registered in (1 {@code default}, 2 {@code en}) */
    public CustomerSpec store(int storeId) {
        this.storeId = storeId;
        return this;
    }

    public CustomerSpec subscribed(boolean subscribed) {
        this.subscribed = subscribed;
        return this;
    }

    /** Adds an address; the first one is the default billing and shipping address. */
    public CustomerSpec address(AddressSpec address) {
        boolean first = addresses.isEmpty();
        addresses.add(new Address(address, first, first));
        return this;
    }

    /** Adds an address, naming whether it is the default billing and/or shipping one. */
    public CustomerSpec address(AddressSpec address, boolean defaultBilling, boolean defaultShipping) {
        addresses.add(new Address(address, defaultBilling, defaultShipping));
        return this;
    }

    /** @param createdAt UTC (default: now) */
    public CustomerSpec createdAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    /** @param updatedAt UTC (default: the creation time) */
    public CustomerSpec updatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }
}
