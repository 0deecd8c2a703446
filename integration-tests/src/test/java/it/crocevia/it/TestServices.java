package it.crocevia.it;

import it.crocevia.dev.DevMailServer;
import it.crocevia.dev.DevOidcProvider;
import it.crocevia.dev.EmbeddedMariaDb;
import it.crocevia.testserver.activecampaign.ActiveCampaignTestServer;
import it.crocevia.testserver.clerk.ClerkTestServer;
import it.crocevia.testserver.telegram.TelegramTestServer;
import it.crocevia.testserver.google.MerchantApiTestServer;
import it.crocevia.testserver.whatsapp.WhatsAppTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the server under test talks to, once per test run and before Arquillian boots
 * WildFly: an embedded MariaDB (fresh data each run), a real OpenID Connect provider and a real
 * SMTP server (GreenMail) that keeps what the server sends, and the marketing platforms' test
 * servers (ActiveCampaign, Clerk.io, Telegram, WhatsApp, Google's Merchant API) on the ports the server is configured with.
 * Their ports are the ones the failsafe configuration hands to WildFly.
 */
public class TestServices implements LauncherSessionListener {

    private static EmbeddedMariaDb database;
    private static DevOidcProvider oidc;
    private static DevMailServer mail;
    private static ActiveCampaignTestServer activeCampaign;
    private static ClerkTestServer clerk;
    private static TelegramTestServer telegram;
    private static WhatsAppTestServer whatsApp;
    private static MerchantApiTestServer merchant;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    static synchronized void start() {
        if (database != null) {
            return;
        }
        Path dir = Path.of(System.getProperty("crocevia.test.dir", "target/services"));
        deleteTree(dir.resolve("mariadb"));
        database = new EmbeddedMariaDb(dir.resolve("mariadb/data"), dir.resolve("mariadb/base"),
                Integer.getInteger("crocevia.test.dbPort", 3317));
        database.start();
        oidc = new DevOidcProvider(Integer.getInteger("crocevia.test.oidcPort", 8181));
        oidc.start();
        mail = new DevMailServer(Integer.getInteger("crocevia.test.smtpPort", 3025));
        mail.start();
        activeCampaign = new ActiveCampaignTestServer(Integer.getInteger("crocevia.test.activeCampaignPort", 3401)).start();
        clerk = new ClerkTestServer(Integer.getInteger("crocevia.test.clerkPort", 3402)).start();
        telegram = new TelegramTestServer(Integer.getInteger("crocevia.test.telegramPort", 3403)).start();
        whatsApp = new WhatsAppTestServer(Integer.getInteger("crocevia.test.whatsAppPort", 3404)).start();
        merchant = new MerchantApiTestServer(Integer.getInteger("crocevia.test.merchantPort", 3405)).start();
    }

    static synchronized void stop() {
        for (AutoCloseable server : new AutoCloseable[] {activeCampaign, clerk, telegram, whatsApp, merchant}) {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (Exception e) {
                System.err.println("Stopping a test server failed: " + e);
            }
        }
        activeCampaign = null;
        clerk = null;
        telegram = null;
        whatsApp = null;
        merchant = null;
        if (mail != null) {
            mail.close();
            mail = null;
        }
        if (oidc != null) {
            oidc.stop();
            oidc = null;
        }
        if (database != null) {
            database.stop();
            database = null;
        }
    }

    /** The OIDC provider WildFly trusts; tests take bearer tokens from it. */
    public static DevOidcProvider oidc() {
        start();
        return oidc;
    }

    /** The SMTP server WildFly's mail session sends to: what customers would have received. */
    public static DevMailServer mail() {
        start();
        return mail;
    }

    /** The marketing platforms' test servers WildFly is pointed at (CROCEVIA_*_URL). */
    public static ActiveCampaignTestServer activeCampaign() {
        start();
        return activeCampaign;
    }

    public static ClerkTestServer clerk() {
        start();
        return clerk;
    }

    public static TelegramTestServer telegram() {
        start();
        return telegram;
    }

    public static MerchantApiTestServer merchant() {
        start();
        return merchant;
    }

    public static WhatsAppTestServer whatsApp() {
        start();
        return whatsApp;
    }

    /** A JDBC connection to the application schema, for asserting what was persisted. */
    public static Connection database() throws SQLException {
        start();
        return DriverManager.getConnection(database.jdbcUrl(EmbeddedMariaDb.DATABASE), EmbeddedMariaDb.USER,
                EmbeddedMariaDb.PASSWORD);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
