package it.crocevia.account.boundary;

/** How articles reach a shop platform (Metodi di pubblicazione). */
public enum PublishMethod {
    API, CSV
}
