package it.crocevia.account.boundary;

import it.crocevia.account.control.AccountMapper;
import it.crocevia.account.control.AccountRules;
import it.crocevia.account.entity.ShopAccount;
import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.platform.boundary.ConcurrentChangeException;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.JsonStrings;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.SecretBox;
import it.crocevia.platform.boundary.Secrets;
import it.crocevia.platform.boundary.Violation;
import it.crocevia.connector.boundary.ShopConnection;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Gestione Account": the shop and marketplace accounts Crocevia integrates with. Each
 * method is one transaction that also writes its audit line. The platform credential is
 * encrypted here and leaves only masked.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
public class ShopAccounts {

    static final String TARGET = "ShopAccount";
    static final String SECRET_PURPOSE = "shop-account.secret";
    private static final String COPY_PREFIX = "Copia di ";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    AuditLog audit;

    @Inject
    Event<AccountChanged> changed;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<AccountSummary> list() {
        return em.createNamedQuery(ShopAccount.FIND_ALL, ShopAccount.class).getResultStream()
                .map(AccountMapper::toSummary).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public AccountDetails find(long id) {
        return details(load(id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public AccountDetails create(AccountDetails input) {
        AccountRules.normalize(input);
        validate(input, null, false);
        var now = LocalDateTime.now(clock);
        var account = new ShopAccount();
        AccountMapper.apply(input, account);
        account.setSecretCiphertext(secrets.encrypt(input.getSecret(), SECRET_PURPOSE));
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        em.persist(account);
        flushUnique(account.getDescription());
        audit.record("ACCOUNT_CREATED", TARGET, account.getId(),
                account.getPlatform().label() + " \"" + account.getDescription() + "\"");
        changed.fire(new AccountChanged(account.getId()));
        return details(account);
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public AccountDetails update(long id, AccountDetails input) {
        var account = load(id);
        if (input.getVersion() != account.getVersion()) {
            throw new ConcurrentChangeException(TARGET, id);
        }
        AccountRules.normalize(input);
        if (input.getPlatform() != null && input.getPlatform() != account.getPlatform()) {
            throw new InvalidInputException(Violation.of("platform", "account.platform.immutable"));
        }
        validate(input, id, account.getSecretCiphertext() != null);
        var changes = AccountMapper.apply(input, account);
        if (input.getSecret() != null) {
            account.setSecretCiphertext(secrets.encrypt(input.getSecret(), SECRET_PURPOSE));
            changes.add("secret");
        }
        if (!changes.isEmpty()) {
            account.setUpdatedAt(LocalDateTime.now(clock));
            flushUnique(account.getDescription());
            audit.record("ACCOUNT_UPDATED", TARGET, id, "\"" + account.getDescription() + "\" changed: "
                    + String.join(", ", changes));
            changed.fire(new AccountChanged(id));
        }
        return details(account);
    }

    /** A copy with every setting, the credential included, named "Copia di …". */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public AccountDetails copy(long id) {
        var original = load(id);
        var copy = original.copyAs(freeCopyName(original.getDescription()), LocalDateTime.now(clock));
        em.persist(copy);
        flushUnique(copy.getDescription());
        audit.record("ACCOUNT_COPIED", TARGET, copy.getId(),
                "\"" + copy.getDescription() + "\" copied from #" + id + " \"" + original.getDescription() + "\"");
        changed.fire(new AccountChanged(copy.getId()));
        return details(copy);
    }

    /** Deletes the account; what it imported (orders, customers) stays. */
    @RolesAllowed(Roles.ADMIN)
    public void delete(long id) {
        var account = load(id);
        em.remove(account);
        audit.record("ACCOUNT_DELETED", TARGET, id,
                account.getPlatform().label() + " \"" + account.getDescription() + "\"");
        changed.fire(new AccountChanged(id));
    }

    /**
     * The settings and the decrypted connection an order sync runs with. For the sync services
     * inside the server only: no page or REST resource hands this out.
     */
    @PermitAll
    public OrderSyncSettings orderSyncSettings(long id) {
        var a = load(id);
        Set<String> states = a.getOrderStates() == null ? Set.of()
                : Arrays.stream(a.getOrderStates().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        var connection = new ShopConnection(a.getId(), a.getPlatform(), a.getShopUrl(),
                secrets.decrypt(a.getSecretCiphertext(), SECRET_PURPOSE), a.getStoreCode());
        return new OrderSyncSettings(a.getId(), a.getDescription(), a.getPlatform(), a.isSyncOrders(), states,
                a.getOrdersFrom(), a.isUpdateCustomers(), connection);
    }

    /**
     * The settings a Google Shopping feed is written with. For the feed service inside the server,
     * which checks who asks (a role, or the account's secret feed link): no credential is in it.
     */
    @PermitAll
    public FeedSettings feedSettings(long id) {
        var a = load(id);
        return new FeedSettings(a.getId(), a.getDescription(), a.getPlatform(), a.getShopUrl(), a.getProductUrl(),
                a.getPriceList(), a.getWarehouseCode(), a.getArticleSelection(),
                JsonStrings.parse(a.getArticleFilter()), a.getTargetMarkets().stream()
                        .map(t -> new MarketplaceTarget(t.getCountry(), t.getLanguage())).toList());
    }

    /** The order schedule of an account, or none when it does not sync orders by itself. */
    @PermitAll
    public Optional<OrderSchedule> orderSchedule(long id) {
        var a = em.find(ShopAccount.class, id);
        return a == null || !a.isSyncOrders() || a.getOrderSyncMinutes() <= 0 || !a.getPlatform().isShop()
                ? Optional.empty()
                : Optional.of(new OrderSchedule(a.getId(), a.getOrderSyncMinutes()));
    }

    /** Every account's order schedule. */
    @PermitAll
    public List<OrderSchedule> orderSchedules() {
        return orderSyncAccountIds().stream().map(this::orderSchedule).flatMap(Optional::stream).toList();
    }

    /**
     * The daily "Sincro Clienti" time of an account (section "Schedulazione"), or none when it has
     * no time set, does not sync orders or does not update customers (*Aggiorna clienti* = no).
     */
    @PermitAll
    public Optional<CustomerSchedule> customerSchedule(long id) {
        var a = em.find(ShopAccount.class, id);
        return a == null || !a.isSyncOrders() || !a.isUpdateCustomers() || a.getCustomerSyncTime() == null
                || !a.getPlatform().isShop()
                        ? Optional.empty()
                        : Optional.of(new CustomerSchedule(a.getId(), a.getCustomerSyncTime()));
    }

    /** Every account's daily customer sync. */
    @PermitAll
    public List<CustomerSchedule> customerSchedules() {
        return orderSyncAccountIds().stream().map(this::customerSchedule).flatMap(Optional::stream).toList();
    }

    /** The accounts whose orders are synced (after each ERP sync, all of them). */
    @PermitAll
    public List<Long> orderSyncAccountIds() {
        return em.createNamedQuery(ShopAccount.FIND_ORDER_SYNC_IDS, Long.class).getResultList();
    }

    private ShopAccount load(long id) {
        var account = em.find(ShopAccount.class, id);
        if (account == null) {
            throw new NotFoundException(TARGET, id);
        }
        return account;
    }

    private AccountDetails details(ShopAccount account) {
        String secret = secrets.decrypt(account.getSecretCiphertext(), SECRET_PURPOSE);
        return AccountMapper.toDetails(account, Secrets.mask(secret));
    }

    private void validate(AccountDetails input, Long id, boolean hasStoredSecret) {
        var violations = AccountRules.check(input, hasStoredSecret);
        if (input.getDescription() != null && isTaken(input.getDescription(), id)) {
            violations.add(Violation.of("description", "account.description.taken", input.getDescription()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private boolean isTaken(String description, Long exceptId) {
        return em.createNamedQuery(ShopAccount.COUNT_BY_DESCRIPTION, Long.class)
                .setParameter("description", description).setParameter("id", exceptId)
                .getSingleResult() > 0;
    }

    /** The unique index is the last word when two operators save the same description at once. */
    private void flushUnique(String description) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new InvalidInputException(Violation.of("description", "account.description.taken", description));
        }
    }

    private String freeCopyName(String description) {
        String base = COPY_PREFIX + description;
        if (base.length() > AccountRules.DESCRIPTION_MAX - 5) {
            base = base.substring(0, AccountRules.DESCRIPTION_MAX - 5);
        }
        var taken = new HashSet<String>();
        em.createNamedQuery(ShopAccount.FIND_DESCRIPTIONS_LIKE, String.class)
                .setParameter("pattern", base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .getResultStream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).forEach(taken::add);
        String candidate = base;
        for (int n = 2; taken.contains(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate = base + " (" + n + ")";
        }
        return candidate;
    }
}
