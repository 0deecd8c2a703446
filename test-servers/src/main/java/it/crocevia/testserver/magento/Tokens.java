package it.crocevia.testserver.magento;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The integration access tokens the shop accepts, with their ACL resources.
 *
 * <p>How a request's token is read ({@code Integration\Model\Authorization\TokenUserContext}): the
 * {@code Authorization} header split on a space must give exactly two pieces, the first
 * {@code Bearer} in any case. Since 2.4.4 an integration's access token is accepted as a bearer
 * token only when "Allow OAuth Access Tokens to be used as standalone Bearer tokens"
 * ({@code oauth/consumer/enable_integration_as_bearer}) is on; off, every such request is
 * unauthorized. OAuth 1.0a signed requests are not supported.
 *
 * <p>Simplification: ACL resources are matched by name, without Magento's resource tree
 * ({@code Magento_Backend::all} grants everything).
 */
final class Tokens {

    static final String ALL = "Magento_Backend::all";

    private final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();
    private volatile boolean asBearer = true;

    void add(String token, Set<String> resources) {
        tokens.put(token, Set.copyOf(resources));
    }

    void remove(String token) {
        tokens.remove(token);
    }

    void asBearer(boolean enabled) {
        this.asBearer = enabled;
    }

    /**
     * @param authorization the Authorization header, or null
     * @param resource the route's ACL resource
     * @return whether the request may use the route
     */
    boolean allows(String authorization, String resource) {
        if (authorization == null || !asBearer) {
            return false;
        }
        String[] pieces = authorization.split(" ", -1);
        if (pieces.length != 2 || !pieces[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            return false;
        }
        Set<String> granted = tokens.get(pieces[1]);
        return granted != null && (granted.contains(ALL) || granted.contains(resource));
    }
}
