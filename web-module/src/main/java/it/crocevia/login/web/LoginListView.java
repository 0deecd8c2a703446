package it.crocevia.login.web;

import it.crocevia.login.boundary.CustomerLogins;
import it.crocevia.login.boundary.LoginPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Impostazioni → Gestione Utenti → E-Commerce: the customers with an active login, searched by a
 * few letters of the name or of the login e-mail. The search never counts every match (on a
 * million logins that would be the slow part): the page knows only whether a next one exists.
 */
@Named
@ViewScoped
public class LoginListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    CustomerLogins logins;

    private String text;
    private int first;
    private LoginPage page;

    @PostConstruct
    void init() {
        load();
    }

    public void search() {
        first = 0;
        load();
    }

    public void next() {
        if (page.more()) {
            first += PAGE_SIZE;
            load();
        }
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        load();
    }

    private void load() {
        page = logins.search(text, first, PAGE_SIZE);
    }

    public LoginPage getPage() {
        return page;
    }

    /** 1-based number of the page shown. */
    public int getPageNumber() {
        return first / PAGE_SIZE + 1;
    }

    public boolean isFirstPage() {
        return first == 0;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
