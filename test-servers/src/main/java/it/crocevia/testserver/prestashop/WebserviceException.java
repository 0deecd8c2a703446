package it.crocevia.testserver.prestashop;

import java.util.List;

/** A request PrestaShop refuses: the HTTP status and the errors of its error body. */
final class WebserviceException extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;
    final transient List<WsError> errors;
    /** Whether the answer carries the {@code WWW-Authenticate} challenge (authentication failures). */
    final boolean challenge;

    WebserviceException(int status, List<WsError> errors) {
        this(status, errors, false);
    }

    private WebserviceException(int status, List<WsError> errors, boolean challenge) {
        super(status + " " + errors);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.challenge = challenge;
    }

    /** A 401 of the authentication step, which PrestaShop sends with its Basic challenge. */
    static WebserviceException unauthorized(WsError... errors) {
        return new WebserviceException(401, List.of(errors), true);
    }

    WebserviceException(int status, int code, String message) {
        this(status, List.of(new WsError(code, message)));
    }

    /**
     * PrestaShop's {@code setErrorDidYouMean}: the message, the closest valid value and, when
     * there are several, the full list.
     */
    static WebserviceException didYouMean(int status, int code, String message, String wrong, List<String> valid) {
        StringBuilder text = new StringBuilder(message).append(". Did you mean: \"")
                .append(Php.closest(wrong, valid)).append("\"?");
        if (valid.size() > 1) {
            text.append(" The full list is: \"").append(String.join("\", \"", valid)).append('"');
        }
        return new WebserviceException(status, code, text.toString());
    }
}
