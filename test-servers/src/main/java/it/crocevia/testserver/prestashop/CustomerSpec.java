package it.crocevia.testserver.prestashop;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A customer to seed: registered, or a guest (PrestaShop's {@code is_guest} = "1", in the guest
 * group) as created by a guest checkout. Guests may share an e-mail with other customers, as on a
 * real shop.
 */
public final class CustomerSpec extends RowSpec<CustomerSpec> {

    final String firstname;
    final String lastname;
    final String email;
    final boolean guest;
    String company;
    String siret;
    LocalDate birthday;
    boolean newsletter;
    int languageId = PrestaShopDefaults.LANG_IT;
    int genderId;
    LocalDateTime dateAdd;
    LocalDateTime dateUpd;

    private CustomerSpec(String firstname, String lastname, String email, boolean guest) {
        this.firstname = Objects.requireNonNull(firstname, "firstname");
        this.lastname = Objects.requireNonNull(lastname, "lastname");
        this.email = Objects.requireNonNull(email, "email");
        this.guest = guest;
    }

    /** A customer with an account. */
    public static CustomerSpec registered(String firstname, String lastname, String email) {
        return new CustomerSpec(firstname, lastname, email, false);
    }

    /** A customer created by a guest checkout. */
    public static CustomerSpec guest(String firstname, String lastname, String email) {
        return new CustomerSpec(firstname, lastname, email, true);
    }

    /** @param company company name (PrestaShop's B2B field) */
    public CustomerSpec company(String company) {
        this.company = company;
        return this;
    }

    /** @param siret PrestaShop's company identification field; Italian shops put the partita IVA here */
    public CustomerSpec siret(String siret) {
        this.siret = siret;
        return this;
    }

    public CustomerSpec birthday(LocalDate birthday) {
        this.birthday = birthday;
        return this;
    }

    public CustomerSpec newsletter(boolean newsletter) {
        this.newsletter = newsletter;
        return this;
    }

    public CustomerSpec language(int languageId) {
        this.languageId = languageId;
        return this;
    }

    /** @param genderId 0 unknown, 1 Mr, 2 Mrs */
    public CustomerSpec gender(int genderId) {
        this.genderId = genderId;
        return this;
    }

    /** @param dateAdd creation time in the shop's time zone (default: now) */
    public CustomerSpec dateAdd(LocalDateTime dateAdd) {
        this.dateAdd = dateAdd;
        return this;
    }

    /** @param dateUpd last update in the shop's time zone (default: the creation time) */
    public CustomerSpec dateUpd(LocalDateTime dateUpd) {
        this.dateUpd = dateUpd;
        return this;
    }
}
