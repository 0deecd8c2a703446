package it.crocevia.login.web;

import java.io.Serializable;

/** What a portal session remembers of its sign-in: the login and the epoch it signed in at. */
record PortalLogin(long loginId, int epoch) implements Serializable {
}
