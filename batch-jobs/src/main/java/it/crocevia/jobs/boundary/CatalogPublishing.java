package it.crocevia.jobs.boundary;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.ShopAccounts;
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
 * publish) or the product-backup job of a PrestaShop or Magento account. Refused, with the reason,
 * for other platforms and without a price list; one run per account and job.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogPublishing {

    public static final String PUBLISH = AccountJobRuns.CATALOG_PUBLISH;
    public static final String BACKUP = AccountJobRuns.PRODUCT_BACKUP;

    @Inject
    ShopAccounts accounts;

    @Inject
    AccountJobRuns accountRuns;

    @Resource
    SessionContext context;

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long publish(long accountId) {
        check(accountId);
        return accountRuns.start(PUBLISH, new RunParameters(accountId, false, Callers.name(context), "MANUAL", null));
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
        if (account.getPriceList() == null) {
            throw new InvalidInputException(Violation.of("priceList", "catalog.csv.noPriceList"));
        }
    }
}
