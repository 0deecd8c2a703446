package it.crocevia.testserver.magento;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One REST route of a {@code webapi.xml}: an HTTP method and a path with {@code :variables}, the
 * ACL resource an integration needs ({@code anonymous} for none) and what serves it.
 *
 * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param path the route, e.g. {@code /V1/orders/:id}
 * @param resource the ACL resource, e.g. {@code Magento_Sales::actions_view}
 * @param service what answers it
 */
record Route(String method, String path, String resource, Service service) {

    /** A GET route. */
    Route(String path, String resource, Service service) {
        this("GET", path, resource, service);
    }

    /** Answers a matched request. */
    @FunctionalInterface
    interface Service {
        void serve(RestRequest request) throws MagentoException, IOException;
    }

    boolean anonymous() {
        return resource.equals("anonymous");
    }

    /** @return how many segments are literal, to prefer {@code /V1/customers/search} over {@code /V1/customers/:id} */
    int literals() {
        int count = 0;
        for (String part : parts(path)) {
            if (!part.startsWith(":")) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code Webapi\Controller\Rest\Router\Route::match}: same number of segments, literal
     * segments equal (case-sensitive), variables take any value.
     *
     * @return the variables, or null when the path does not match
     */
    Map<String, String> match(String requestPath) {
        List<String> route = parts(path);
        List<String> request = parts(requestPath);
        if (route.size() != request.size()) {
            return null;
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < route.size(); i++) {
            String part = route.get(i);
            if (part.startsWith(":")) {
                variables.put(part.substring(1), request.get(i));
            } else if (!part.equals(request.get(i))) {
                return null;
            }
        }
        return variables;
    }

    /** {@code explode('/', trim($path, '/'))}. */
    static List<String> parts(String path) {
        String trimmed = path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return List.of(trimmed.split("/", -1));
    }
}
