package it.crocevia.connector.boundary;

import it.crocevia.account.boundary.Marketplace;

/**
 * Where and how to reach one platform account. {@code secret} is the decrypted credential: it
 * lives only in memory for the length of a call and is never logged ({@link #toString()} hides it).
 */
public record ShopConnection(long accountId, Marketplace platform, String baseUrl, String secret, String storeCode) {

    @Override
    public String toString() {
        return "ShopConnection[account=" + accountId + ", platform=" + platform + ", url=" + baseUrl + "]";
    }
}
