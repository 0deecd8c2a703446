package it.crocevia.account.boundary;

/** The sections of "Dati Account" that appear after the main parameters (seed 000). */
public enum AccountSection {
    /** Metodi di pubblicazione: articles via API or via CSV files. */
    PUBLISHING_METHOD,
    /** Articoli: the ERP warehouse and the publishing parameters. */
    ARTICLES,
    /** Marketplace: the target countries and languages of a feed. */
    MARKETPLACES,
    /** Ordini: whether and which orders the account imports. */
    ORDERS,
    /** Clienti: Aggiorna clienti yes/no. */
    CUSTOMERS,
    /** Schedulazione: when the order and customer syncs run. */
    SCHEDULE,
    /** Backup: the product records saved before publishing over them. */
    BACKUP,
    /** Download CSV: the article file to upload by hand. */
    CSV_DOWNLOAD
}
