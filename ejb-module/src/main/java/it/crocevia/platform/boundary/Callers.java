package it.crocevia.platform.boundary;

import jakarta.ejb.EJBContext;

/** Who called a boundary, as runs and jobs record it ("system" when no one signed in). */
public final class Callers {

    private Callers() {
    }

    public static String name(EJBContext context) {
        var principal = context.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
