package it.crocevia.console;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's messages in a given language. A text with arguments is a MessageFormat
 * pattern; one without is returned as written.
 */
public final class Texts {

    public static final String BUNDLE = "it.crocevia.i18n.messages";
    public static final Locale DEFAULT = Locale.ITALIAN;
    public static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The supported language closest to the one asked for; Italian when none matches. */
    public static Locale supported(Locale wanted) {
        if (wanted == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(DEFAULT);
    }
}
