package it.crocevia.account.web;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.AccountStructures;
import it.crocevia.account.boundary.ArticleSelection;
import it.crocevia.connector.boundary.StructureItem;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.MarketplaceTarget;
import it.crocevia.account.boundary.PublishMethod;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.catalog.boundary.Catalog;
import it.crocevia.catalog.boundary.FeedLinkView;
import it.crocevia.catalog.boundary.FeedTarget;
import it.crocevia.catalog.boundary.GoogleMerchant;
import it.crocevia.jobs.boundary.CatalogExports;
import it.crocevia.catalog.boundary.GoogleFeeds;
import it.crocevia.connector.boundary.ConnectionTests;
import it.crocevia.console.CurrentUser;
import it.crocevia.schedule.boundary.ScheduledSync;
import it.crocevia.schedule.boundary.SyncSchedules;
import it.crocevia.console.FacesMessages;
import it.crocevia.platform.boundary.ConcurrentChangeException;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * "Dati Account": the form of one account, new or existing. The sections shown follow the
 * chosen platform; a viewer sees the same form read only.
 */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    ShopAccounts accounts;

    @Inject
    FacesMessages messages;

    @Inject
    CurrentUser user;

    @Inject
    ConnectionTests connectionTests;

    @Inject
    SyncSchedules schedules;

    @Inject
    AccountStructures structures;

    @Inject
    GoogleFeeds feeds;

    @Inject
    Catalog catalog;

    @Inject
    GoogleMerchant merchant;

    @Inject
    CatalogExports catalogExports;

    private Long id;
    private AccountDetails account;
    private List<StructureItem> orderStateChoices = List.of();
    private List<StructureItem> platformCategories = List.of();
    private List<String> erpCategories;
    private List<String> erpFlags;
    private String newCountry;
    private String newLanguage;
    private FeedLinkView feedLink;
    private List<FeedTarget> feedTargets = List.of();
    private boolean feedReady;

    /** Reads the account named by the {@code id} parameter, or starts a new one. */
    public String load() {
        if (account != null) {
            return null;
        }
        if (id == null) {
            account = new AccountDetails();
            return null;
        }
        try {
            account = accounts.find(id);
            var structure = structures.stored(id);
            orderStateChoices = structure.stream().filter(i -> i.kind() == StructureItem.Kind.ORDER_STATE).toList();
            platformCategories = structure.stream().filter(i -> i.kind() == StructureItem.Kind.CATEGORY)
                    .sorted(Comparator.comparing(StructureItem::name)).toList();
            if (account.getPlatform() == Marketplace.GOOGLE_SHOPPING) {
                feedLink = feeds.link(id);
                feedTargets = FeedTarget.of(account.getMarketplaces());
                feedReady = account.getProductUrl() != null && account.getPriceList() != null;
            }
            return null;
        } catch (NotFoundException e) {
            messages.error("error.notFound");
            messages.keepForRedirect();
            return "list?faces-redirect=true";
        }
    }

    public String save() {
        try {
            var saved = id == null ? accounts.create(account) : accounts.update(id, account);
            messages.info("accounts.saved", saved.getDescription());
            messages.keepForRedirect();
            return "list?faces-redirect=true";
        } catch (InvalidInputException e) {
            messages.violations(e, "account");
        } catch (ConcurrentChangeException e) {
            messages.error("error.concurrent");
        } catch (NotFoundException e) {
            messages.error("error.notFound");
        } catch (EJBAccessException e) {
            messages.error("error.forbidden");
        }
        return null;
    }

    /** "Test Connessione" on the saved settings; the result shows at the bottom of the page. */
    public void testConnection() {
        if (id == null) {
            messages.error("account.testConnection.saveFirst");
            return;
        }
        if (account.getPlatform() == Marketplace.GOOGLE_SHOPPING) {
            checkMerchant();
            return;
        }
        messages.attempt(() -> {
            var check = connectionTests.test(id);
            String key = "connection." + check.outcome().name();
            if (check.ok()) {
                messages.info(key, check.detail());
            } else {
                messages.error(key, check.detail());
            }
        });
    }

    /**
     * Google Shopping's "Test Connessione" and the Marketplace section's "Aggiorna struttura dati":
     * signs in to the Merchant API with the saved key and reads the account's data source.
     */
    public void checkMerchant() {
        messages.attempt(() -> {
            var check = merchant.check(id);
            String key = "merchantCheck." + check.outcome().name();
            if (check.ok()) {
                messages.info(key, check.detail());
            } else {
                messages.error(key, check.detail());
            }
        });
    }

    /** "Download CSV": starts the export; its file is downloaded from the job console. */
    public String downloadCsv() {
        long[] execution = new long[1];
        if (!messages.attempt(() -> {
            execution[0] = catalogExports.start(id);
            messages.info("catalog.csv.started", account.getDescription());
        })) {
            return null;
        }
        messages.keepForRedirect();
        return "/jobs/list?faces-redirect=true&execution=" + execution[0];
    }

    /**
     * "Genera link" / "Rigenera link": a new secret link of the feed in place of the old one. Its
     * URLs are shown whole until the page is left: the token is not kept anywhere to show again.
     */
    public void generateFeedLink() {
        boolean renewed = feedLink != null && feedLink.generated();
        messages.attempt(() -> {
            feedLink = feeds.generateLink(id);
            messages.info(renewed ? "catalog.feed.renewed" : "catalog.feed.generated");
        });
    }

    /** "Scarica feed": the feed of one target ({@code IT-it}) as a file, written while it downloads. */
    public StreamedContent feedFile(String target) {
        StreamedContent[] content = new StreamedContent[1];
        messages.attempt(() -> {
            var source = feeds.download(id, target);
            content[0] = DefaultStreamedContent.builder().name(source.fileName())
                    .contentType("application/xml; charset=UTF-8").writer(out -> {
                        try {
                            feeds.write(source, out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).build();
        });
        return content[0];
    }

    /** The saved secret link of the feed (Google Shopping accounts); {@code null} for other accounts. */
    public FeedLinkView getFeedLink() {
        return feedLink;
    }

    /** The saved countries and languages of the feed, the first being the link's default. */
    public List<FeedTarget> getFeedTargets() {
        return feedTargets;
    }

    /** A time of the feed link as the page shows it: {@code 31/01/2026 14:05}, in UTC. */
    public String utc(LocalDateTime time) {
        return time == null ? "" : time.format(UTC_TIME);
    }

    /** Whether the saved account has what its feed needs: the product page address and a price list. */
    public boolean isFeedReady() {
        return feedReady;
    }

    /** The next scheduled order sync of this account, if it has one. */
    public ScheduledSync getNextOrderSync() {
        return id == null ? null
                : schedules.scheduled().stream().filter(s -> s.accountId() == id).findFirst().orElse(null);
    }

    /** The platform's order states read by "Aggiorna Account"; empty until it ran. */
    public List<StructureItem> getOrderStateChoices() {
        return orderStateChoices;
    }

    public List<ArticleSelection> getArticleSelections() {
        return List.of(ArticleSelection.values());
    }

    /** The ERP's categories, to choose and to map (read once per view). */
    public List<String> getErpCategories() {
        if (erpCategories == null) {
            var known = new TreeSet<>(catalog.categories());
            known.addAll(account.getSelectedCategories()); // a chosen category no article has any more
            known.addAll(account.getCategoryMap().keySet());
            erpCategories = List.copyOf(known);
        }
        return erpCategories;
    }

    /** The platform's categories read by "Aggiorna Account"; empty until it ran. */
    public List<StructureItem> getPlatformCategories() {
        return platformCategories;
    }

    /** The ERP flags that start with what was typed (the flags read once per view, not per key). */
    public List<String> completeFlag(String typed) {
        if (erpFlags == null) {
            erpFlags = catalog.flags();
        }
        String start = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return erpFlags.stream().filter(f -> f.toLowerCase(Locale.ROOT).startsWith(start)).limit(20).toList();
    }

    /** The chosen order states as a list, for the check boxes (stored as "2,3,4"). */
    public List<String> getSelectedOrderStates() {
        String states = account.getOrderStates();
        return states == null ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(states.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList());
    }

    public void setSelectedOrderStates(List<String> states) {
        account.setOrderStates(states == null || states.isEmpty() ? null : String.join(",", states));
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isReadOnly() {
        return !user.isCanEdit();
    }

    public List<Marketplace> getPlatforms() {
        return List.of(Marketplace.values());
    }

    public List<PublishMethod> getPublishMethods() {
        return List.of(PublishMethod.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AccountDetails getAccount() {
        return account;
    }

    public String getNewCountry() {
        return newCountry;
    }

    public void setNewCountry(String newCountry) {
        this.newCountry = newCountry;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }
}
