package it.crocevia.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher against a fake project root whose "WildFly" is {@link FakeWildFly}; with an external
 * database and OIDC provider configured, so nothing but the fake server starts.
 */
class LauncherTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    private Path root;
    private Map<String, String> env;

    @BeforeEach
    void fakeProject() throws IOException {
        root = TestDirs.fresh("launcher-test");
        Path server = root.resolve("ear/target/server");
        Files.createDirectories(server.resolve("standalone/configuration/standalone_xml_history"));
        Files.writeString(server.resolve("standalone/configuration/standalone.xml"), "<server/>");
        Files.writeString(server.resolve("standalone/configuration/standalone_xml_history/old.xml"), "<old/>");
        Files.createDirectories(server.resolve("bin"));
        Path script = server.resolve("bin/standalone.sh");
        Files.writeString(script, "#!/bin/sh\nexec \"$JAVA_HOME/bin/java\" -cp \"$FAKE_CLASSPATH\" "
                + FakeWildFly.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(root.resolve("ear/target/crocevia.ear"), "the application");

        env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("FAKE_CLASSPATH", testClasses().toString());
        env.put("DB_URL", "jdbc:mariadb://db.example:3306/crocevia");
        env.put("DB_USER", "someone");
        env.put("DB_PASSWORD", "secret");
        env.put("BATCH_DB_URL", "jdbc:mariadb://db.example:3306/crocevia_batch");
        env.put("OIDC_PROVIDER_URL", "http://idp.example/realms/crocevia");
        env.put("HTTP_PORT", String.valueOf(freePort()));
        env.put("MANAGEMENT_PORT", String.valueOf(freePort()));
    }

    @Test
    void startsTheServerInItsOwnBaseDirectoryAndStopsIt() throws Exception {
        Path base = root.resolve(".crocevia/wildfly");
        Files.createDirectories(base.resolve("data"));
        Files.writeString(base.resolve("data/key"), "kept");
        Files.createDirectories(base.resolve("deployments"));
        Files.writeString(base.resolve("deployments/stale.war"), "old");

        Launcher launcher = new Launcher(root, env, out);
        try {
            launcher.start();

            assertThat(base.resolve("configuration/standalone.xml")).hasContent("<server/>");
            assertThat(base.resolve("configuration/standalone_xml_history")).doesNotExist();
            assertThat(base.resolve("data/key")).hasContent("kept");
            assertThat(base.resolve("deployments/crocevia.ear")).hasContent("the application");
            assertThat(base.resolve("deployments/stale.war")).doesNotExist();
            assertThat(base.resolve("log/console.log")).content().contains("fake WildFly starting");

            List<String> recorded = Files.readAllLines(base.resolve("fake-wildfly.txt"));
            assertThat(recorded).contains(
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.http.port=" + env.get("HTTP_PORT"),
                    "-Djboss.management.http.port=" + env.get("MANAGEMENT_PORT"),
                    "DB_URL=jdbc:mariadb://db.example:3306/crocevia",
                    "OIDC_PROVIDER_URL=http://idp.example/realms/crocevia",
                    "JBOSS_HOME=" + root.resolve("ear/target/server"),
                    "LAUNCH_JBOSS_IN_BACKGROUND=true");
            assertThat(Launcher.isFree(Integer.parseInt(env.get("HTTP_PORT")))).isFalse();
        } finally {
            launcher.stop();
        }
        assertThat(Launcher.isFree(Integer.parseInt(env.get("HTTP_PORT")))).isTrue();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("Database: jdbc:mariadb://db.example:3306/crocevia")
                .contains(".crocevia/wildfly/log/console.log");
    }

    @Test
    void refusesToStartWhenTheHttpPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            env.put("HTTP_PORT", String.valueOf(taken.getLocalPort()));
            Launcher launcher = new Launcher(root, env, out);

            assertThatThrownBy(launcher::start)
                    .isInstanceOf(Launcher.LaunchException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("already in use");
            assertThat(root.resolve(".crocevia")).doesNotExist();
        }
    }

    @Test
    void wantsTheBatchDatabaseWithAnExternalDatabase() {
        env.remove("BATCH_DB_URL");
        Launcher launcher = new Launcher(root, env, out);

        assertThatThrownBy(launcher::start)
                .isInstanceOf(Launcher.LaunchException.class)
                .hasMessageContaining("BATCH_DB_URL is not");
        assertThat(root.resolve(".crocevia")).doesNotExist();
    }

    @Test
    void asksForABuildWhenThereIsNoApplication() throws IOException {
        Files.delete(root.resolve("ear/target/crocevia.ear"));

        assertThatThrownBy(new Launcher(root, env, out)::start)
                .isInstanceOf(Launcher.LaunchException.class)
                .hasMessageContaining("mvn install -DskipTests");
    }

    /** FakeWildFly needs only the JDK and its own class. */
    private static Path testClasses() {
        try {
            return Path.of(FakeWildFly.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
