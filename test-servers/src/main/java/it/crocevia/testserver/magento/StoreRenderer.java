package it.crocevia.testserver.magento;

import it.crocevia.testserver.magento.ReferenceData.Country;
import it.crocevia.testserver.magento.ReferenceData.Currency;
import it.crocevia.testserver.magento.ReferenceData.Region;
import it.crocevia.testserver.magento.ReferenceData.StoreGroup;
import it.crocevia.testserver.magento.ReferenceData.StoreView;
import it.crocevia.testserver.magento.ReferenceData.Website;
import java.util.Collection;

/**
 * Writes the shop's structure: store views, groups and websites (bare arrays, the admin ones with
 * id 0 included), store configurations (one per store view, admin excluded), the currency
 * information and the countries with their regions, whose names follow the locale of the store
 * view in the URL.
 */
final class StoreRenderer {

    private StoreRenderer() {}

    static void storeViews(JsonOut out) {
        out.startArray();
        for (StoreView store : ReferenceData.STORE_VIEWS) {
            out.startObject().field("id", store.id()).field("code", store.code()).field("name", store.name())
                    .field("website_id", store.websiteId()).field("store_group_id", store.groupId())
                    .field("is_active", 1).end();
        }
        out.end();
    }

    static void storeGroups(JsonOut out) {
        out.startArray();
        for (StoreGroup group : ReferenceData.GROUPS) {
            out.startObject().field("id", group.id()).field("website_id", group.websiteId())
                    .field("root_category_id", group.rootCategoryId()).field("default_store_id", group.defaultStoreId())
                    .field("name", group.name()).field("code", group.code()).end();
        }
        out.end();
    }

    static void websites(JsonOut out) {
        out.startArray();
        for (Website website : ReferenceData.WEBSITES) {
            out.startObject().field("id", website.id()).field("code", website.code()).field("name", website.name())
                    .field("default_group_id", website.defaultGroupId()).end();
        }
        out.end();
    }

    /**
     * @param baseUrl the shop URL with a trailing slash
     * @param stores the store views to describe
     */
    static void storeConfigs(JsonOut out, String baseUrl, Collection<StoreView> stores) {
        out.startArray();
        for (StoreView store : stores) {
            out.startObject().field("id", store.id()).field("code", store.code())
                    .field("website_id", store.websiteId()).field("locale", store.locale())
                    .field("base_currency_code", ReferenceData.BASE_CURRENCY)
                    .field("default_display_currency_code", ReferenceData.BASE_CURRENCY)
                    .field("timezone", ReferenceData.TIMEZONE).field("weight_unit", "kgs")
                    .field("base_url", baseUrl).field("base_link_url", baseUrl)
                    .field("base_static_url", baseUrl + "static/version1716300000/")
                    .field("base_media_url", baseUrl + "media/").field("secure_base_url", baseUrl)
                    .field("secure_base_link_url", baseUrl)
                    .field("secure_base_static_url", baseUrl + "static/version1716300000/")
                    .field("secure_base_media_url", baseUrl + "media/").end();
        }
        out.end();
    }

    static void currency(JsonOut out) {
        Currency base = ReferenceData.CURRENCIES.get(0);
        out.startObject().field("base_currency_code", base.code()).field("base_currency_symbol", base.symbol())
                .field("default_display_currency_code", base.code())
                .field("default_display_currency_symbol", base.symbol());
        out.startArray("available_currency_codes");
        ReferenceData.CURRENCIES.forEach(currency -> out.element(currency.code()));
        out.end();
        out.startArray("exchange_rates");
        for (Currency currency : ReferenceData.CURRENCIES) {
            out.startObject().field("currency_to", currency.code()).field("rate", currency.rate()).end();
        }
        out.end().end();
    }

    static void countries(JsonOut out, StoreView store) {
        out.startArray();
        ReferenceData.COUNTRIES.forEach(country -> country(out, country, store));
        out.end();
    }

    static void country(JsonOut out, Country country, StoreView store) {
        out.startObject().field("id", country.id()).field("two_letter_abbreviation", country.id())
                .field("three_letter_abbreviation", country.iso3())
                .field("full_name_locale", store.locale().startsWith("it") ? country.nameIt() : country.nameEn())
                .field("full_name_english", country.nameEn());
        if (!country.regions().isEmpty()) {
            out.startArray("available_regions");
            for (Region region : country.regions()) {
                out.startObject().field("id", Integer.toString(region.id())).field("code", region.code())
                        .field("name", region.name()).end();
            }
            out.end();
        }
        out.end();
    }
}
