package it.crocevia.erp.api;

import jakarta.enterprise.context.RequestScoped;

/** The ERP credential that signed in the current request ({@link ErpKeyFilter}). */
@RequestScoped
public class ErpCaller {

    private String name;

    public String name() {
        return name;
    }

    void signedIn(String credentialName) {
        this.name = credentialName;
    }
}
