package it.crocevia.testserver.whatsapp;

/**
 * The Cloud API errors an integration that sends templates meets, with Meta's codes, titles and
 * HTTP statuses (developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes):
 * authorization (190, 401), invalid parameters (100, 400), unknown object (100/33),
 * template missing in the language (132001, 404) or with the wrong number of parameters
 * (132000), outside the customer service window (131047), throughput (130429) and pair rate
 * (131056) limits.
 */
final class GraphErrors {

    private static final String OAUTH = "OAuthException";

    private GraphErrors() {}

    static GraphException invalidToken() {
        return GraphException.of(401, OAUTH, 190, 0, "Invalid OAuth access token - Cannot parse access token", null);
    }

    static GraphException expiredToken() {
        return GraphException.of(401, OAUTH, 190, 463,
                "Error validating access token: Session has expired on Monday, 01-Jan-24 00:00:00 PST. "
                        + "The current time is later.", null);
    }

    static GraphException unknownPath(String path) {
        return GraphException.of(400, OAUTH, 2500, 0, "Unknown path components: " + path, null);
    }

    static GraphException unsupported(String method, String id) {
        return GraphException.of(400, "GraphMethodException", 100, 33, "Unsupported " + method
                + " request. Object with ID '" + id + "' does not exist, cannot be loaded due to missing permissions, "
                + "or does not support this operation. Please read the Graph API documentation at "
                + "https://developers.facebook.com/docs/graph-api", null);
    }

    static GraphException required(String parameter) {
        return GraphException.of(400, OAUTH, 100, 0, "(#100) The parameter " + parameter + " is required.", null);
    }

    static GraphException invalidParameter(String details) {
        return GraphException.of(400, OAUTH, 100, 0, "(#100) Invalid parameter", details);
    }

    static GraphException templateMissing(String name, String language) {
        return GraphException.of(404, OAUTH, 132001, 0, "(#132001) Template name does not exist in the translation",
                "template name (" + name + ") does not exist in " + language);
    }

    static GraphException parameterCount(int given, int expected) {
        return GraphException.of(400, OAUTH, 132000, 0,
                "(#132000) Number of parameters does not match the expected number of params",
                "body: number of localizable_params (" + given + ") does not match the expected number of params ("
                        + expected + ")");
    }

    static GraphException reEngagement() {
        return GraphException.of(400, OAUTH, 131047, 0, "(#131047) Re-engagement message",
                "Message failed to send because more than 24 hours have passed since the customer last replied "
                        + "to this number.");
    }

    static GraphException throughput() {
        return GraphException.of(400, OAUTH, 130429, 0, "(#130429) Rate limit hit",
                "Message failed to send because there were too many messages sent from this phone number in a "
                        + "short period of time");
    }

    static GraphException pairRateLimit() {
        return GraphException.of(400, OAUTH, 131056, 0,
                "(#131056) (Business Account, Consumer Account) pair rate limit hit",
                "Message failed to send because there were too many messages sent from this phone number to the "
                        + "same phone number in a short period of time.");
    }
}
