package it.crocevia.message.boundary;

import java.util.List;

/**
 * The messages Crocevia sends and the placeholders each may use. A template that names any other
 * placeholder is refused when saved, so a typo never reaches a customer as "{{nmoe}}".
 */
public enum TemplateKind {

    /** The customer asked to recover the password: carries the one-hour, single-use link. */
    PASSWORD_RECOVERY(List.of("customer_name", "link", "expiry", "shop_name")),
    /** The password was changed (by the customer, through a link or at the forced change). */
    PASSWORD_CHANGED(List.of("customer_name", "shop_name")),
    /** An operator set a new password, to be changed at the next sign-in. */
    PASSWORD_RESET_BY_OPERATOR(List.of("customer_name", "shop_name")),
    /** Invia Email: the report of a publishing run, to the account's notification addresses. */
    PUBLISHING_REPORT(List.of("account_name", "job", "status", "published", "failed", "failures", "shop_name"));

    private final List<String> placeholders;

    TemplateKind(List<String> placeholders) {
        this.placeholders = placeholders;
    }

    public List<String> placeholders() {
        return placeholders;
    }
}
