package it.crocevia.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The operator's language for this session: Italian unless they switch to English. */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.DEFAULT;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language and shows the same page again. */
    public void use(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
