package it.crocevia.jobs.boundary;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.catalog.boundary.ProductBackups;
import it.crocevia.jobs.control.AccountJobRuns;
import it.crocevia.jobs.control.RunParameters;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Publishing by API and product backups (SPEC §1): starts the catalog-publish job (backup, then
 * publish) or the product-backup job of a PrestaShop or Magento account, or the merchant-push job of
 * a Google Shopping account set up for the Merchant API. Refused, with the reason, for other
 * platforms and without a price list; one run per account and job.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogPublishing {

    public static final String PUBLISH = AccountJobRuns.CATALOG_PUBLISH;
    public static final String BACKUP = AccountJobRuns.PRODUCT_BACKUP;
    public static final String MERCHANT_PUSH = AccountJobRuns.MERCHANT_PUSH;
    public static final String RESTORE = AccountJobRuns.BACKUP_RESTORE;

    @Inject
    ShopAccounts accounts;

    @Inject
    AccountJobRuns accountRuns;

    @Inject
    ProductBackups backups;

    @Resource
    SessionContext context;

    /**
     * Pubblica: a shop's catalog-publish job (backup, then publish), or a Google Shopping account's
     * merchant-push job (its articles to its Merchant Center data source).
     */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long publish(long accountId) {
        var account = accounts.find(accountId);
        String job = PUBLISH;
        if (account.getPlatform() == Marketplace.GOOGLE_SHOPPING) {
            if (account.getMerchantDataSource() == null || account.getSecretMasked() == null) {
                throw new InvalidInputException(Violation.of("merchantDataSource", "catalog.merchant.notSetUp"));
            }
            requirePriceList(account);
            job = MERCHANT_PUSH;
        } else {
            check(accountId);
        }
        return accountRuns.start(job, new RunParameters(accountId, false, Callers.name(context), "MANUAL", null));
    }

    /**
     * Puts every product of a backup back on the platform: the backup-restore job of the backup's
     * account, shown in the job console (one at a time per account).
     */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long restore(long backupRun) {
        long accountId = backups.accountOf(backupRun);
        long execution = accountRuns.startRestore(new RunParameters(accountId, false, Callers.name(context), "MANUAL",
                null), backupRun);
        backups.restoreStarted(accountId, backupRun, execution);
        return execution;
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long backup(long accountId) {
        check(accountId);
        return accountRuns.start(BACKUP, new RunParameters(accountId, false, Callers.name(context), "MANUAL", null));
    }

    private void check(long accountId) {
        var account = accounts.find(accountId);
        if (account.getPlatform() != Marketplace.PRESTASHOP && account.getPlatform() != Marketplace.MAGENTO) {
            throw new InvalidInputException(Violation.of("platform", "catalog.publish.notAShop"));
        }
        requirePriceList(account);
    }

    private static void requirePriceList(AccountDetails account) {
        if (account.getPriceList() == null) {
            throw new InvalidInputException(Violation.of("priceList", "catalog.publish.noPriceList"));
        }
    }
}
