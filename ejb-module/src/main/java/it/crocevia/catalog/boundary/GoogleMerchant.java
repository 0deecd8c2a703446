package it.crocevia.catalog.boundary;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.catalog.control.MerchantApi;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Google Shopping through the Merchant API (SPEC §1, Marketplace): a Google Shopping account with a
 * service-account key, a Merchant Center id and a data source that takes API input pushes its
 * articles there with {@code productInputs.insert}, besides serving its feed. Google's address is
 * {@code java:global/crocevia/merchant-api-url} (the tests point it at the project's test server).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GoogleMerchant {

    @Resource(lookup = "java:global/crocevia/merchant-api-url")
    String apiUrl;

    @Inject
    ShopAccounts accounts;

    /**
     * "Test connessione" and the Marketplace section's "Aggiorna": signs in with the saved key and
     * reads the account's data source.
     *
     * @throws InvalidInputException the account is not Google Shopping or lacks what the API needs
     */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public MerchantCheck check(long accountId) {
        return api(accountId, pushing(accountId)).check();
    }

    /**
     * The writer of a publishing run, for the job inside the server (which checked who started it;
     * the job reads the account with the operator role).
     *
     * @throws InvalidInputException the account is not Google Shopping or lacks what the API needs
     */
    @PermitAll
    public MerchantPublisher publisher(long accountId) {
        var account = pushing(accountId);
        return new MerchantPublisher(api(accountId, account), FeedTarget.of(account.getMarketplaces()),
                account.getProductUrl());
    }

    /** The account, if it is a Google Shopping account set up for the Merchant API. */
    private AccountDetails pushing(long accountId) {
        var account = accounts.find(accountId);
        if (account.getPlatform() != Marketplace.GOOGLE_SHOPPING) {
            throw new InvalidInputException(Violation.of("platform", "catalog.merchant.notGoogle"));
        }
        if (account.getMerchantDataSource() == null || account.getSecretMasked() == null) {
            throw new InvalidInputException(Violation.of("merchantDataSource", "catalog.merchant.notSetUp"));
        }
        return account;
    }

    private MerchantApi api(long accountId, AccountDetails account) {
        String key = accounts.orderSyncSettings(accountId).connection().secret();
        return new MerchantApi(apiUrl, key, account.getMerchantId(), account.getMerchantDataSource());
    }
}
