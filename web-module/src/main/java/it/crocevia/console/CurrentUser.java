package it.crocevia.console;

import it.crocevia.platform.boundary.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is signed in and what the page may offer them. Pages hide what a role cannot do;
 * the boundaries refuse it regardless.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public String getName() {
        var principal = request.getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean isAdmin() {
        return request.isUserInRole(Roles.ADMIN);
    }

    /** Day-to-day changes: create, edit, copy, start syncs. */
    public boolean isCanEdit() {
        return isAdmin() || request.isUserInRole(Roles.OPERATOR);
    }

    /** Deletions are for administrators. */
    public boolean isCanDelete() {
        return isAdmin();
    }

    /** The strongest role the operator has, as a message key. */
    public String getRoleKey() {
        if (isAdmin()) {
            return "role." + Roles.ADMIN;
        }
        return request.isUserInRole(Roles.OPERATOR) ? "role." + Roles.OPERATOR : "role." + Roles.VIEWER;
    }
}
