package it.crocevia.connector.prestashop;

import it.crocevia.connector.control.RemoteHttp;
import java.util.Map;

/**
 * The webservice requests of one publisher's helpers (brands, tax groups, images): where, with which
 * key, through which retrying client.
 */
record PrestaShopCalls(PrestaShopWebservice webservice, RemoteHttp http, Map<String, String> headers) {

    RemoteHttp.Reply get(String resource, Map<String, String> params) {
        return http.get(webservice.uri(resource, params), headers);
    }

    /** A {@code POST} of an XML record. */
    RemoteHttp.Reply post(String resource, String xml) {
        return http.send("POST", webservice.uri(resource, Map.of()), headers, xml, "application/xml");
    }

    /** A {@code POST} of a binary body, such as a {@code multipart/form-data} upload. */
    RemoteHttp.Reply post(String resource, byte[] body, String contentType) {
        return http.send("POST", webservice.uri(resource, Map.of()), headers, body, contentType);
    }
}
