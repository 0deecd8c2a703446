package it.crocevia.marketing.web;

import it.crocevia.account.boundary.AccountSummary;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.console.FacesMessages;
import it.crocevia.console.LocaleSelector;
import it.crocevia.console.Texts;
import it.crocevia.marketing.boundary.MarketingAccountView;
import it.crocevia.marketing.boundary.MarketingAccounts;
import it.crocevia.marketing.boundary.MarketingOptions;
import it.crocevia.marketing.boundary.MarketingPlatform;
import it.crocevia.marketing.boundary.MarketingSettings;
import it.crocevia.marketing.boundary.ModuleView;
import it.crocevia.marketing.boundary.Modules;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dati Account of a marketing integration: Descrizione, Piattaforma (only those whose module is
 * on, for a new account), the platform's own fields, Salva and Test Connessione (on the saved
 * settings; the answer in a small message at the bottom of the page). After the first save the
 * Ecommerce section says what goes to the platform and from which shop accounts.
 */
@Named
@ViewScoped
public class MarketingEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MarketingAccounts accounts;

    @Inject
    Modules modules;

    @Inject
    ShopAccounts shopAccounts;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private Long id;
    private MarketingAccountView saved;
    private String description;
    private MarketingPlatform platform;
    private String accountName;
    private String secret;
    private List<Long> shopAccountIds = new ArrayList<>();
    private boolean customers = true;
    private boolean orders = true;
    private boolean carts;
    private boolean products;
    private List<String> events = new ArrayList<>(List.of("NEW_ORDER", "SYNC_FAILED"));
    private String template;
    private String templateLanguage = "it";
    private List<ModuleView> moduleViews = List.of();
    private List<AccountSummary> shops = List.of();

    public String load() {
        moduleViews = modules.list();
        shops = shopAccounts.list().stream().filter(a -> a.platform().isShop()).toList();
        if (id == null) {
            return null;
        }
        try {
            show(accounts.get(id));
            return null;
        } catch (NotFoundException e) {
            messages.error("error.notFound");
            messages.keepForRedirect();
            return "list?faces-redirect=true";
        }
    }

    private void show(MarketingAccountView view) {
        saved = view;
        id = view.id();
        description = view.description();
        platform = view.platform();
        accountName = view.accountName();
        secret = null;
        MarketingOptions o = view.options();
        shopAccountIds = new ArrayList<>(o.shopAccountIds());
        customers = o.customers();
        orders = o.orders();
        carts = o.carts();
        products = o.products();
        events = new ArrayList<>(o.events());
        template = o.template();
        templateLanguage = o.templateLanguage();
    }

    public String save() {
        var options = new MarketingOptions(shopAccountIds, customers, orders, carts, products, Set.copyOf(events),
                blankToNull(template), blankToNull(templateLanguage));
        var settings = new MarketingSettings(description, platform, accountName, secret, options);
        try {
            boolean creating = saved == null;
            show(creating ? accounts.create(settings) : accounts.update(id, saved.version(), settings));
            messages.info("marketing.saved", description);
            if (creating) {
                messages.keepForRedirect();
                return "edit?faces-redirect=true&id=" + id;
            }
        } catch (InvalidInputException e) {
            messages.violations(e, "account");
        } catch (RuntimeException e) {
            messages.attempt(() -> {
                throw e;
            });
        }
        return null;
    }

    /** Test Connessione: with the saved settings, the answer at the bottom of the page. */
    public void test() {
        var check = accounts.test(id);
        String text = Texts.get(locale.getLocale(), "marketing.test." + check.outcome().name(), check.detail());
        FacesContext.getCurrentInstance().addMessage("testResult", new FacesMessage(
                check.ok() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The platforms a new account may choose: those whose module is on. */
    public boolean moduleOn(MarketingPlatform p) {
        return moduleViews.stream().anyMatch(m -> m.platform() == p && m.enabled());
    }

    public List<MarketingPlatform> getPlatforms() {
        return List.of(MarketingPlatform.values());
    }

    public List<String> getEventChoices() {
        return MarketingOptions.EVENTS;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isSaved() {
        return saved != null;
    }

    public MarketingAccountView getSavedAccount() {
        return saved;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public MarketingPlatform getPlatform() {
        return platform;
    }

    public void setPlatform(MarketingPlatform platform) {
        this.platform = platform;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public List<Long> getShopAccountIds() {
        return shopAccountIds;
    }

    public void setShopAccountIds(List<Long> shopAccountIds) {
        this.shopAccountIds = shopAccountIds == null ? new ArrayList<>() : new ArrayList<>(new HashSet<>(shopAccountIds));
    }

    public boolean isCustomers() {
        return customers;
    }

    public void setCustomers(boolean customers) {
        this.customers = customers;
    }

    public boolean isOrders() {
        return orders;
    }

    public void setOrders(boolean orders) {
        this.orders = orders;
    }

    public boolean isCarts() {
        return carts;
    }

    public void setCarts(boolean carts) {
        this.carts = carts;
    }

    public boolean isProducts() {
        return products;
    }

    public void setProducts(boolean products) {
        this.products = products;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getTemplateLanguage() {
        return templateLanguage;
    }

    public void setTemplateLanguage(String templateLanguage) {
        this.templateLanguage = templateLanguage;
    }

    public List<AccountSummary> getShops() {
        return shops;
    }
}
