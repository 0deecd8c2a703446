package it.crocevia.platform.boundary;

/**
 * The operator roles that the identity provider puts in the token. Every boundary method
 * names the roles it allows; pages and REST resources check the same names.
 */
public final class Roles {

    /** Everything, including licensed modules and deletions. */
    public static final String ADMIN = "admin";
    /** Day-to-day work: syncs, resets, edits. */
    public static final String OPERATOR = "operator";
    /** Read only. */
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
