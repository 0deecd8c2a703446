package it.crocevia.account.boundary;

/**
 * Which of the ERP's articles an account publishes (SPEC §1, Articoli): every article with a price
 * in its price list, only those in some of the chosen ERP categories, or only those carrying an
 * ERP flag (such as {@code web}).
 */
public enum ArticleSelection {
    ALL, CATEGORIES, FLAG
}
