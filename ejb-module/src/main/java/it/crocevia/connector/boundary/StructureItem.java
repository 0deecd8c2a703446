package it.crocevia.connector.boundary;

import java.io.Serializable;

/** One element of a platform's data structure: an order state, a currency, a carrier… */
public record StructureItem(Kind kind, String remoteId, String code, String name) implements Serializable {

    /** What the element is. */
    public enum Kind { LANGUAGE, CURRENCY, ORDER_STATE, CARRIER, COUNTRY, TAX_RULE, WEBSITE, STORE, CATEGORY }
}
