package it.crocevia.testserver.magento;

import java.util.List;
import java.util.Map;

/**
 * An error answered the way Magento's {@code Webapi\Rest\Response::_renderMessages} renders a
 * (masked) exception: {@code {"message": ..., "parameters": ...}} where the message keeps its
 * {@code %placeholders} and the parameters are an object for named placeholders or a list for
 * positional ones ({@code %1}). No {@code trace}: the shop runs in production mode.
 */
final class MagentoException extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;
    final String rawMessage;
    /** A {@code Map<String, Object>}, a {@code List<Object>}, or null for none. */
    final transient Object parameters;

    MagentoException(int status, String rawMessage, Object parameters) {
        super(rawMessage, null, false, false);
        this.status = status;
        this.rawMessage = rawMessage;
        this.parameters = parameters;
    }

    static MagentoException of(int status, String message) {
        return new MagentoException(status, message, null);
    }

    static MagentoException named(int status, String message, Map<String, Object> parameters) {
        return new MagentoException(status, message, parameters);
    }

    static MagentoException positional(int status, String message, List<Object> parameters) {
        return new MagentoException(status, message, parameters);
    }
}
