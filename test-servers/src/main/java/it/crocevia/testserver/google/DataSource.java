package it.crocevia.testserver.google;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;

/**
 * A primary product data source of the merchant account (Merchant API {@code datasources/v1}
 * {@code DataSource}). Only an {@link Input#API} source takes product inputs: Google's insert says
 * "Only API data sources are supported". A source may fix its {@code feedLabel} and
 * {@code contentLanguage} (both or neither): then it takes only products of that combination.
 *
 * @param id the numeric {@code dataSourceId}
 * @param displayName the name shown in Merchant Center
 * @param input how its data arrives
 * @param feedLabel the only feed label it takes, or null for any
 * @param contentLanguage the only language it takes, or null for any
 */
public record DataSource(long id, String displayName, Input input, String feedLabel, String contentLanguage) {

    /** {@code DataSource.Input}. */
    public enum Input {
        /** Data provided primarily through the API. */
        API,
        /** A fetched or uploaded file. */
        FILE,
        /** Products added in Merchant Center's own pages; read only. */
        UI,
        /** Automated feeds built by Google from the shop's site. */
        AUTOFEED
    }

    /** Checks the values. */
    public DataSource {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(input, "input");
        if ((feedLabel == null) != (contentLanguage == null)) {
            throw new IllegalArgumentException("feedLabel and contentLanguage must be either both set or unset");
        }
    }

    /** @return {@code accounts/<account>/dataSources/<id>} */
    public String name(long account) {
        return "accounts/" + account + "/dataSources/" + id;
    }

    boolean accepts(String label, String language) {
        return feedLabel == null || feedLabel.equals(label) && contentLanguage.equals(language);
    }

    JsonObject json(long account) {
        JsonObjectBuilder primary = Json.createObjectBuilder();
        if (feedLabel != null) {
            primary.add("feedLabel", feedLabel).add("contentLanguage", contentLanguage);
        }
        return Json.createObjectBuilder()
                .add("name", name(account))
                .add("dataSourceId", Long.toString(id))
                .add("displayName", displayName)
                .add("primaryProductDataSource", primary)
                .add("input", input.name())
                .build();
    }
}
