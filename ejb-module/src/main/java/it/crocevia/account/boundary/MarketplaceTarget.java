package it.crocevia.account.boundary;

/** A country and language that a Google Shopping feed is activated for (ISO 3166 / ISO 639, two letters). */
public record MarketplaceTarget(String country, String language) implements java.io.Serializable {
}
