package it.crocevia.marketing.boundary;

import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.marketing.control.ActiveCampaignClient;
import it.crocevia.marketing.control.Platforms;
import it.crocevia.marketing.entity.MarketingAccount;
import it.crocevia.platform.boundary.ConcurrentChangeException;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.SecretBox;
import it.crocevia.platform.boundary.Secrets;
import it.crocevia.platform.boundary.TimeSource;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gestisci Integrazioni (seed 002): the marketing integration accounts. Aggiungi and Modifica save
 * the Dati Account (a platform only while its module is on; one ActiveCampaign account at most;
 * ActiveCampaign's Nome Account also from its pasted URL); Attiva/Disattiva stops an integration
 * without losing its settings; Elimina is for administrators; Test Connessione checks the saved
 * settings against the platform. Secrets are encrypted at rest and only ever shown masked.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class MarketingAccounts {

    private static final Pattern TELEGRAM_CHAT = Pattern.compile("^(-?[0-9]{1,20}|@[A-Za-z0-9_]{5,32})$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{5,30}$");
    private static final Pattern TEMPLATE = Pattern.compile("^[a-z0-9_]{1,512}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}(_[A-Z]{2})?$");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SecretBox secrets;

    @Inject
    Modules modules;

    @Inject
    Platforms platforms;

    @Inject
    TimeSource time;

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<MarketingAccountView> list() {
        Map<Long, long[]> counts = counts();
        return em.createNamedQuery(MarketingAccount.ALL, MarketingAccount.class).getResultStream()
                .map(a -> view(a, counts.getOrDefault(a.getId(), new long[2]))).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public MarketingAccountView get(long id) {
        return view(find(id), counts().getOrDefault(id, new long[2]));
    }

    public MarketingAccountView create(MarketingSettings settings) {
        var violations = new ArrayList<Violation>();
        if (settings.platform() == null) {
            throw new InvalidInputException(Violation.of("platform", "marketing.platform.required"));
        }
        if (!modules.enabled(settings.platform())) {
            throw new InvalidInputException(Violation.of("platform", "marketing.module.off",
                    settings.platform().label()));
        }
        if (settings.platform() == MarketingPlatform.ACTIVECAMPAIGN && !em.createNamedQuery(
                MarketingAccount.BY_PLATFORM, MarketingAccount.class).setParameter("platform",
                MarketingPlatform.ACTIVECAMPAIGN.name()).getResultList().isEmpty()) {
            throw new InvalidInputException(Violation.of("platform", "marketing.activecampaign.single"));
        }
        if (settings.secret() == null || settings.secret().isBlank()) {
            violations.add(Violation.of("secret", "marketing.secret.required." + settings.platform().name()));
        }
        var account = new MarketingAccount(settings.platform().name(), time.nowUtc());
        apply(account, settings, violations);
        em.persist(account);
        em.flush();
        audit.record("MARKETING_ACCOUNT_CREATED", "MarketingAccount", account.getId(), account.getDescription());
        return get(account.getId());
    }

    public MarketingAccountView update(long id, long version, MarketingSettings settings) {
        var account = find(id);
        if (account.getVersion() != version) {
            throw new ConcurrentChangeException("MarketingAccount", id);
        }
        if (settings.platform() != null && !settings.platform().name().equals(account.getPlatform())) {
            throw new InvalidInputException(Violation.of("platform", "marketing.platform.fixed"));
        }
        var withPlatform = new MarketingSettings(settings.description(), platform(account), settings.accountName(),
                settings.secret(), settings.options());
        apply(account, withPlatform, new ArrayList<>());
        audit.record("MARKETING_ACCOUNT_UPDATED", "MarketingAccount", id, account.getDescription());
        return get(id);
    }

    /** Attiva / Disattiva: an inactive integration keeps its settings and sends nothing. */
    public MarketingAccountView setActive(long id, boolean active) {
        var account = find(id);
        if (account.isActive() != active) {
            account.setActive(active, time.nowUtc());
            audit.record(active ? "MARKETING_ACCOUNT_ACTIVATED" : "MARKETING_ACCOUNT_DEACTIVATED",
                    "MarketingAccount", id, account.getDescription());
        }
        return get(id);
    }

    @RolesAllowed(Roles.ADMIN)
    public void delete(long id) {
        var account = find(id);
        em.remove(account);
        audit.record("MARKETING_ACCOUNT_DELETED", "MarketingAccount", id, account.getDescription());
    }

    /** Test Connessione, with the saved settings: no transaction is held while the platform answers. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ConnectionCheck test(long id) {
        var account = find(id);
        return platforms.test(platform(account), account.getAccountName(),
                secrets.decrypt(account.getSecretEncrypted(), Platforms.purpose(account.getPlatform())));
    }

    private void apply(MarketingAccount account, MarketingSettings s, List<Violation> violations) {
        String description = s.description() == null ? "" : s.description().strip();
        if (description.isEmpty() || description.length() > 100) {
            violations.add(Violation.of("description", "marketing.description.required"));
        }
        MarketingPlatform platform = s.platform();
        String name = s.accountName() == null ? "" : s.accountName().strip();
        switch (platform) {
            case ACTIVECAMPAIGN -> {
                var parsed = ActiveCampaignClient.accountName(name);
                if (parsed.isEmpty()) {
                    violations.add(Violation.of("accountName", "marketing.activecampaign.name"));
                } else {
                    name = parsed.get();
                }
            }
            case CLERK -> {
                if (name.isEmpty() || name.length() > 255) {
                    violations.add(Violation.of("accountName", "marketing.clerk.publicKey"));
                }
            }
            case TELEGRAM -> {
                if (!TELEGRAM_CHAT.matcher(name).matches()) {
                    violations.add(Violation.of("accountName", "marketing.telegram.chat"));
                }
            }
            case WHATSAPP -> {
                if (!DIGITS.matcher(name).matches()) {
                    violations.add(Violation.of("accountName", "marketing.whatsapp.phoneId"));
                }
            }
            default -> throw new IllegalStateException(platform.name());
        }
        MarketingOptions options = s.options() == null ? MarketingOptions.fromJson(account.getOptions()) : s.options();
        if (platform == MarketingPlatform.WHATSAPP) {
            if (options.template() == null || !TEMPLATE.matcher(options.template()).matches()) {
                violations.add(Violation.of("template", "marketing.whatsapp.template"));
            }
            if (options.templateLanguage() == null || !LANGUAGE.matcher(options.templateLanguage()).matches()) {
                violations.add(Violation.of("templateLanguage", "marketing.whatsapp.language"));
            }
        }
        if (!MarketingOptions.EVENTS.containsAll(options.events())) {
            violations.add(Violation.of("events", "marketing.telegram.events"));
        }
        if (s.secret() != null && !s.secret().isBlank() && s.secret().strip().length() > 1000) {
            violations.add(Violation.of("secret", "marketing.secret.tooLong"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        account.edit(description, name, options.toJson(), time.nowUtc());
        if (s.secret() != null && !s.secret().isBlank()) {
            account.replaceSecret(secrets.encrypt(s.secret().strip(), Platforms.purpose(account.getPlatform())));
        }
    }

    private Map<Long, long[]> counts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_id, SUM(status = 'PENDING'), SUM(status = 'FAILED') "
                + "FROM marketing_delivery WHERE status <> 'DONE' GROUP BY account_id").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
    }

    private MarketingAccountView view(MarketingAccount a, long[] counts) {
        var platform = platform(a);
        String secret = a.getSecretEncrypted() == null ? null : secrets.decrypt(a.getSecretEncrypted(), Platforms.purpose(a.getPlatform()));
        return new MarketingAccountView(a.getId(), a.getVersion(), a.getDescription(), platform, platform.label(),
                a.isActive(), modules.enabled(platform), a.getAccountName(), secret == null ? null : Secrets.mask(secret),
                MarketingOptions.fromJson(a.getOptions()), counts[0], counts[1], a.getUpdatedAt());
    }

    private MarketingAccount find(long id) {
        var account = em.find(MarketingAccount.class, id);
        if (account == null) {
            throw new NotFoundException("MarketingAccount", id);
        }
        return account;
    }

    private static MarketingPlatform platform(MarketingAccount account) {
        return MarketingPlatform.valueOf(account.getPlatform());
    }
}
