package it.crocevia.console;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.account.boundary.ArticleSelection;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.catalog.boundary.MerchantCheck;
import it.crocevia.account.boundary.PublishMethod;
import it.crocevia.connector.boundary.ConnectionCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label exists in Italian and in English, and every key the code and the pages use exists. */
class BundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:account|accounts|audit|error|validation|common|sync|connection|jobs|erp|catalog|login|logins|portal|templates|customers|marketing|modules|backups)"
            + "\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/it/crocevia/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void italianAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : new String[] {"messages", "faces"}) {
            var it = new TreeSet<>(load(bundle + "_it.properties").stringPropertyNames());
            var en = new TreeSet<>(load(bundle + "_en.properties").stringPropertyNames());
            assertThat(it).as(bundle + ": keys only in Italian").isSubsetOf(en);
            assertThat(en).as(bundle + ": keys only in English").isSubsetOf(it);
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> keys = load("messages_it.properties").stringPropertyNames();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var matcher = PAGE_KEY.matcher(Files.readString(page));
                while (matcher.find()) {
                    assertThat(keys).as(page + " uses " + matcher.group(1)).contains(matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("messages_it.properties").stringPropertyNames();
        for (String root : new String[] {"src/main/java", "../ejb-module/src/main/java", "../batch-jobs/src/main/java"}) {
            try (Stream<Path> sources = Files.walk(Path.of(root))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    var matcher = CODE_KEY.matcher(Files.readString(source));
                    while (matcher.find()) {
                        String key = matcher.group(1);
                        if (key.endsWith(".") || isPrefix(key, keys)) {
                            continue;
                        }
                        assertThat(keys).as(source + " uses " + key).contains(key);
                    }
                }
            }
        }
    }

    @Test
    void keysBuiltFromPlatformsAndMethodsExist() throws IOException {
        Set<String> keys = load("messages_it.properties").stringPropertyNames();
        for (var platform : Marketplace.values()) {
            assertThat(keys).contains("account.field.secret." + platform.name(),
                    "account.secret.invalid." + platform.name().toLowerCase(Locale.ROOT));
            if (platform != Marketplace.GOOGLE_SHOPPING) {
                assertThat(keys).contains("account.secret.required." + platform.name().toLowerCase(Locale.ROOT));
            }
        }
        for (var outcome : ConnectionCheck.Outcome.values()) {
            assertThat(keys).contains("connection." + outcome.name());
        }
        for (var outcome : MerchantCheck.Outcome.values()) {
            assertThat(keys).contains("merchantCheck." + outcome.name());
        }
        for (var selection : ArticleSelection.values()) {
            assertThat(keys).contains("articleSelection." + selection.name());
        }
        for (var method : PublishMethod.values()) {
            assertThat(keys).contains("publishMethod." + method.name());
        }
        for (String trigger : new String[] {"MANUAL", "SCHEDULE", "ERP"}) {
            assertThat(keys).contains("runs.trigger." + trigger);
        }
        for (String status : new String[] {"RUNNING", "COMPLETED", "FAILED"}) {
            assertThat(keys).contains("runs.status." + status);
        }
        for (String field : new String[] {"email", "firstName", "lastName", "company", "vatNumber", "fiscalCode",
            "phone"}) {
            assertThat(keys).contains("customer.field." + field);
        }
        for (String trigger : new String[] {"MANUAL", "SCHEDULE", "RESTART"}) {
            assertThat(keys).contains("jobs.trigger." + trigger);
        }
        for (var status : jakarta.batch.runtime.BatchStatus.values()) {
            assertThat(keys).contains("jobs.status." + status.name());
        }
        assertThat(keys).contains("jobs.status.ABANDONED", "jobs.name.customer-resync", "jobs.name.catalog-csv-export",
                "jobs.name.marketing-resend", "jobs.name.catalog-publish", "jobs.name.product-backup",
                "jobs.name.merchant-push", "jobs.name.backup-restore",
                "audit.action.PRODUCT_RESTORED", "audit.action.BACKUP_RESTORED", "audit.action.BACKUP_DELETED");
        for (String action : new String[] {"ACCOUNT_CREATED", "ACCOUNT_UPDATED", "ACCOUNT_COPIED", "ACCOUNT_DELETED",
            "ACCOUNT_REFRESHED", "ERP_CREDENTIAL_CREATED", "ERP_CREDENTIAL_REVOKED", "LOGIN_LINKED", "LOGIN_UNLINKED",
            "LOGIN_PASSWORD_RESET", "LOGIN_RESET_LINK_SENT", "LOGIN_DEACTIVATED", "LOGIN_ACTIVATED",
            "MESSAGE_TEMPLATE_SAVED", "MODULE_ENABLED", "MODULE_DISABLED", "MARKETING_ACCOUNT_CREATED",
            "MARKETING_ACCOUNT_UPDATED", "MARKETING_ACCOUNT_ACTIVATED", "MARKETING_ACCOUNT_DEACTIVATED",
            "MARKETING_ACCOUNT_DELETED", "MARKETING_DELIVERY_RETRIED"}) {
            assertThat(keys).contains("audit.action." + action);
        }
        for (String event : new String[] {"CREATED", "LINKED", "UNLINKED", "RESET_BY_OPERATOR", "RESET_LINK_SENT",
            "RESET_LINK_REQUESTED", "PASSWORD_SET_BY_LINK", "PASSWORD_CHANGED", "DEACTIVATED", "ACTIVATED"}) {
            assertThat(keys).contains("logins.event." + event);
        }
        for (var platform : it.crocevia.marketing.boundary.MarketingPlatform.values()) {
            assertThat(keys).contains("marketing.name." + platform.name(), "marketing.hint." + platform.name(),
                    "marketing.secret." + platform.name(), "marketing.secret.required." + platform.name());
        }
        for (var outcome : ConnectionCheck.Outcome.values()) {
            assertThat(keys).contains("marketing.test." + outcome.name());
        }
        for (String event : it.crocevia.marketing.boundary.MarketingOptions.EVENTS) {
            assertThat(keys).contains("marketing.event." + event);
        }
        for (var kind : it.crocevia.message.boundary.TemplateKind.values()) {
            assertThat(keys).contains("templates.kind." + kind.name());
        }
    }

    @Test
    void italianIsTheDefaultWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Texts.get(Texts.DEFAULT, "accounts.title")).isEqualTo("Lista degli Account");
            assertThat(Texts.get(Locale.forLanguageTag("fr"), "accounts.title")).isEqualTo("Account list");
            assertThat(Texts.get(Texts.supported(Locale.forLanguageTag("fr")), "accounts.title"))
                    .isEqualTo("Lista degli Account");
            assertThat(Texts.get(Locale.ENGLISH, "accounts.deleted", "Negozio")).isEqualTo("Account \"Negozio\" deleted.");
            assertThat(Texts.get(Locale.ITALIAN, "accounts.confirmDelete.message", "X"))
                    .startsWith("Eliminare l'account \"X\"?");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** A key such as "account.secret.required." + platform is checked by keysBuiltFromPlatformsAndMethodsExist. */
    private static boolean isPrefix(String key, Set<String> keys) {
        return keys.stream().anyMatch(k -> k.startsWith(key + "."));
    }
}
