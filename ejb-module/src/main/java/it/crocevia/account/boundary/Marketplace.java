package it.crocevia.account.boundary;

import static it.crocevia.account.boundary.AccountSection.ARTICLES;
import static it.crocevia.account.boundary.AccountSection.BACKUP;
import static it.crocevia.account.boundary.AccountSection.CSV_DOWNLOAD;
import static it.crocevia.account.boundary.AccountSection.CUSTOMERS;
import static it.crocevia.account.boundary.AccountSection.MARKETPLACES;
import static it.crocevia.account.boundary.AccountSection.ORDERS;
import static it.crocevia.account.boundary.AccountSection.PUBLISHING_METHOD;
import static it.crocevia.account.boundary.AccountSection.SCHEDULE;

import java.util.EnumSet;
import java.util.Set;

/**
 * The platforms a shop account connects to, each with the sections of "Dati Account" that
 * the manual lists for it (seed 000) and the name of its credential.
 */
public enum Marketplace {
    PRESTASHOP("PrestaShop", EnumSet.of(PUBLISHING_METHOD, ARTICLES, ORDERS, CUSTOMERS, SCHEDULE, BACKUP, CSV_DOWNLOAD)),
    MAGENTO("Magento 2", EnumSet.of(PUBLISHING_METHOD, ARTICLES, ORDERS, CUSTOMERS, SCHEDULE, BACKUP, CSV_DOWNLOAD)),
    GOOGLE_SHOPPING("Google Shopping", EnumSet.of(ARTICLES, MARKETPLACES));

    private final String label;
    private final Set<AccountSection> sections;

    Marketplace(String label, Set<AccountSection> sections) {
        this.label = label;
        this.sections = sections;
    }

    /** The platform's own name, the same in every language. */
    public String label() {
        return label;
    }

    public boolean has(AccountSection section) {
        return sections.contains(section);
    }

    /** Shop platforms sync orders and customers; feeds do not. */
    public boolean isShop() {
        return has(ORDERS);
    }
}
