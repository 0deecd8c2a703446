package it.crocevia.login.boundary;

/** What became of a new password sent with a reset link. */
public enum ResetOutcome {
    /** The password is set; the link is spent; other sessions ended. */
    DONE,
    /** The link is unknown, expired or already used: the customer asks for another. */
    INVALID_LINK
}
