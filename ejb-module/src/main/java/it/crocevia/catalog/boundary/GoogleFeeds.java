package it.crocevia.catalog.boundary;

import it.crocevia.account.boundary.FeedSettings;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.catalog.control.FeedTokens;
import it.crocevia.catalog.control.GoogleFeedWriter;
import it.crocevia.catalog.entity.FeedLink;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Feed Google Shopping": the product feed of a Google Shopping account (Merchant Center's RSS
 * feed) for each of its target countries and languages, read by Google at the account's secret link
 * or downloaded by an operator.
 *
 * <p>The secret link carries a random 256-bit token; only its SHA-256 is kept (as for the ERP's
 * keys), so the whole link is shown once, when it is generated; regenerating it replaces it and the
 * old one stops working. Its address starts with Crocevia's public address (the customers' portal
 * one, {@code java:global/crocevia/portal-url}), never with the Host of a request.
 */
@Stateless
public class GoogleFeeds {

    /** The feed's path under Crocevia's address: {@code api/feeds/google/<token>.xml}. */
    public static final String PATH = "api/feeds/google/";

    static final String TARGET = "ShopAccount";
    private static final int PAGE = 500;
    private static final String MASK = "••••••••";
    private static final Logger LOG = Logger.getLogger(GoogleFeeds.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ShopAccounts accounts;

    @Inject
    Catalog catalog;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    @Resource(lookup = "java:global/crocevia/portal-url")
    String publicUrl;

    /** The feed of an account for a target ({@code IT-it}; {@code null}: its first) for an operator to download. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public FeedSource download(long accountId, String target) {
        var settings = googleAccount(accountId);
        var feedTarget = FeedTarget.find(settings.targets(), target)
                .orElseThrow(() -> new NotFoundException("FeedTarget", target));
        return new FeedSource(settings, feedTarget, false);
    }

    /**
     * The feed behind a secret link, for anyone who has it; none for a token that is no link's (or
     * a target the account does not have), and nothing says which.
     */
    @PermitAll
    public Optional<FeedSource> open(String token, String target) {
        if (!FeedTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(FeedLink.FIND_BY_HASH, FeedLink.class).setParameter("hash", FeedTokens.hash(token))
                .getResultStream().findFirst().map(link -> accounts.feedSettings(link.getAccountId()))
                .filter(settings -> settings.platform() == Marketplace.GOOGLE_SHOPPING)
                .flatMap(settings -> FeedTarget.find(settings.targets(), target)
                        .map(t -> new FeedSource(settings, t, true)));
    }

    /**
     * Writes the feed to {@code out}, reading the catalog a page at a time. Not one transaction:
     * each page is read in a short one of its own, so no transaction stays open while a slow client
     * reads the feed.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FeedReport write(FeedSource source, OutputStream out) throws IOException {
        var settings = source.settings();
        var target = source.target();
        var feed = new GoogleFeedWriter(out, target, settings.productUrl());
        feed.begin(settings.description(), settings.siteUrl(),
                "Google Shopping " + target.key() + " · " + settings.description());
        if (settings.priceList() == null) {
            LOG.log(Level.WARNING, "Google feed of account {0}: no price list, so no articles", settings.accountId());
        } else {
            String after = null;
            List<CatalogArticle> page;
            do {
                page = catalog.articlesAfter(after, PAGE, CatalogScope.of(settings));
                for (var article : page) {
                    feed.write(article).ifPresent(skip -> LOG.log(Level.FINE,
                            "Google feed of account {0}: article {1} left out ({2})",
                            new Object[] {settings.accountId(), article.code(), skip}));
                }
                feed.flush();
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).code();
                }
            } while (page.size() == PAGE);
        }
        feed.end();
        var skipped = new TreeMap<String, Long>();
        feed.skipped().forEach((reason, count) -> skipped.put(reason.name(), count));
        var report = new FeedReport(feed.items(), skipped);
        LOG.log(Level.INFO, "Google feed of account {0} for {1}{2}: {3} items, {4} articles left out {5}",
                new Object[] {settings.accountId(), target.key(), source.throughLink() ? " (secret link)" : "",
                    report.items(), report.skippedTotal(), skipped});
        if (source.throughLink()) {
            context.getBusinessObject(GoogleFeeds.class).noteRead(settings.accountId(), report);
        }
        return report;
    }

    /** Notes on the account's link when it was read and what it held. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteRead(long accountId, FeedReport report) {
        var link = em.find(FeedLink.class, accountId);
        if (link != null) {
            link.read(now(), report.items(), report.skippedTotal());
        }
    }

    /** The account's feed link, its token masked. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public FeedLinkView link(long accountId) {
        var settings = googleAccount(accountId);
        var link = em.find(FeedLink.class, accountId);
        if (link == null) {
            return new FeedLinkView(accountId, false, null, List.of(), null, null, null, null, null);
        }
        return view(settings, link, null);
    }

    /**
     * Generates the account's secret link, or a new one in place of the old one (which stops
     * working at once). The answer holds the whole token: it is shown this once.
     */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public FeedLinkView generateLink(long accountId) {
        var settings = googleAccount(accountId);
        String token = FeedTokens.generate();
        var link = em.find(FeedLink.class, accountId);
        boolean renewed = link != null;
        if (link == null) {
            link = new FeedLink(accountId);
            link.replace(FeedTokens.hash(token), FeedTokens.prefix(token), Callers.name(context), now());
            em.persist(link);
        } else {
            link.replace(FeedTokens.hash(token), FeedTokens.prefix(token), Callers.name(context), now());
        }
        audit.record(renewed ? "GOOGLE_FEED_LINK_RENEWED" : "GOOGLE_FEED_LINK_CREATED", TARGET, accountId,
                "\"" + settings.description() + "\" feed link " + FeedTokens.prefix(token) + "…");
        return view(settings, link, token);
    }

    private FeedLinkView view(FeedSettings settings, FeedLink link, String token) {
        String shown = token != null ? token : link.getTokenPrefix() + MASK;
        String base = publicUrl.replaceAll("/+$", "") + "/" + PATH + shown + ".xml";
        var urls = FeedTarget.of(settings.targets()).stream()
                .map(t -> new FeedLinkView.FeedUrl(t.key(), base + "?target=" + t.key())).toList();
        return new FeedLinkView(settings.accountId(), true, token, urls, link.getCreatedAt(), link.getCreatedBy(),
                link.getLastReadAt(), link.getLastItems(), link.getLastSkipped());
    }

    private FeedSettings googleAccount(long accountId) {
        var settings = accounts.feedSettings(accountId);
        if (settings.platform() != Marketplace.GOOGLE_SHOPPING) {
            throw new InvalidInputException(Violation.of("platform", "catalog.feed.notGoogle"));
        }
        return settings;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
