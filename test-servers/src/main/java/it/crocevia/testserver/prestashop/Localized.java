package it.crocevia.testserver.prestashop;

import java.util.Map;
import java.util.TreeMap;

/** The value of a multilingual field: one text per language id. */
final class Localized {

    private final Map<Integer, String> texts;

    Localized(Map<Integer, String> texts) {
        this.texts = new TreeMap<>(texts);
    }

    static Localized of(String italian, String english) {
        return new Localized(Map.of(PrestaShopDefaults.LANG_IT, italian, PrestaShopDefaults.LANG_EN, english));
    }

    static Localized same(String text) {
        return of(text, text);
    }

    String get(int language) {
        return texts.get(language);
    }

    /** @return the texts by language id, ascending (a copy) */
    Map<Integer, String> texts() {
        return new TreeMap<>(texts);
    }
}
