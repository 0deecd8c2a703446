package it.crocevia.jobs.control;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.AccountStructures;
import it.crocevia.account.boundary.OrderSyncSettings;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.catalog.boundary.BackupItem;
import it.crocevia.catalog.boundary.GoogleMerchant;
import it.crocevia.catalog.boundary.MerchantPublisher;
import it.crocevia.catalog.boundary.ProductBackups;
import it.crocevia.catalog.boundary.PublishingReports;
import it.crocevia.connector.boundary.ProductPublisher;
import it.crocevia.connector.boundary.RemoteProduct;
import it.crocevia.connector.boundary.ShopAdapter;
import it.crocevia.connector.boundary.ShopConnectors;
import it.crocevia.connector.boundary.StructureItem;
import it.crocevia.marketing.boundary.MarketingResend;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** The account a job works for, read with the operator role: jobs run as no user. */
@Stateless
@PermitAll
@RunAs(Roles.OPERATOR)
@RunAsPrincipal("batch")
public class JobAccounts {

    @Inject
    ShopAccounts accounts;

    @Inject
    ShopConnectors connectors;

    @Inject
    AccountStructures structures;

    @Inject
    GoogleMerchant merchant;

    @Inject
    MarketingResend resend;

    @Inject
    PublishingReports reports;

    @Inject
    ProductBackups backups;

    public OrderSyncSettings settings(long accountId) {
        return accounts.orderSyncSettings(accountId);
    }

    /** Every setting of the account ("Articoli": warehouse, price list, language), the credential masked. */
    public AccountDetails details(long accountId) {
        return accounts.find(accountId);
    }

    /** The platform's categories as "Aggiorna Account" last read them: id → path. */
    public Map<String, String> categoryPaths(long accountId) {
        return structures.stored(accountId).stream().filter(i -> i.kind() == StructureItem.Kind.CATEGORY)
                .collect(Collectors.toMap(StructureItem::remoteId, StructureItem::name, (a, b) -> a));
    }

    /** The next orders a marketing integration's full resend queues again. */
    public List<Long> resendAfter(long marketingAccountId, long afterId, int max) {
        return resend.after(marketingAccountId, afterId, max);
    }

    public int resendQueue(long marketingAccountId, long resendId, List<Long> orderIds) {
        return resend.queue(marketingAccountId, resendId, orderIds);
    }

    public long resendCount(long marketingAccountId) {
        return resend.count(marketingAccountId);
    }

    /** Invia Email and the integrations' publishing reports, at the end of a publishing run. */
    public void reportPublishing(long accountId, String job, long runId, String status, long published,
            List<PublishingReports.Failure> failures, long failed) {
        reports.report(accountId, job, runId, status, published, failures, failed);
    }

    /** A Google Shopping account's writer to its Merchant Center data source. */
    public MerchantPublisher merchantPublisher(long accountId) {
        return merchant.publisher(accountId);
    }

    /** The account's product writer (publishing by API, backups). */
    public ProductPublisher publisher(long accountId) {
        return connectors.publisher(settings(accountId).connection());
    }

    /** Restoring a whole backup: its products a page at a time, each put back on the platform. */
    public List<BackupItem> backupItemsAfter(long backupRun, long afterId, int max) {
        return backups.itemsAfter(backupRun, afterId, max);
    }

    public long backupSize(long backupRun) {
        return backups.count(backupRun);
    }

    public void storeBackups(long accountId, long backupRun, List<RemoteProduct> records) {
        backups.store(accountId, backupRun, records);
    }

    public int pruneBackups(long accountId) {
        return backups.prune(accountId);
    }

    public ShopAdapter adapter(long accountId) {
        return connectors.open(settings(accountId).connection());
    }
}
