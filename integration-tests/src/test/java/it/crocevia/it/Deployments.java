package it.crocevia.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR the build produced, as Arquillian deploys it. For in-server tests the WAR is taken
 * out, given the test classes and put back (Arquillian reaches the tests through a servlet in
 * it, which the WAR's security constraint must let through unauthenticated).
 */
public final class Deployments {

    static final String WAR = "crocevia-web.war";
    private static final String RUNNER = "/ArquillianServletRunnerEE9";
    /** Where test-only servlets put into the WAR answer (TestClockServlet). */
    private static final String TEST_SERVLETS = "/test/*";

    private Deployments() {
    }

    /** The EAR exactly as built. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "crocevia.ear")
                .importFrom(new File(System.getProperty("crocevia.ear", "../ear/target/crocevia.ear")))
                .as(EnterpriseArchive.class);
    }

    /** The EAR with the given test classes in its WAR. */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war;
        try (InputStream in = ear.get(WAR).getAsset().openStream()) {
            war = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(in).as(WebArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.addClasses(testClasses);
        war.setWebXML(new StringAsset(openRunner(read(war, "WEB-INF/web.xml"))));
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    private static String openRunner(String webXml) {
        String publicPatterns = "<url-pattern>/api/health</url-pattern>";
        if (!webXml.contains(publicPatterns)) {
            throw new IllegalStateException("web.xml has no public constraint to extend");
        }
        return webXml.replace(publicPatterns, publicPatterns + "<url-pattern>" + RUNNER + "</url-pattern>"
                + "<url-pattern>" + TEST_SERVLETS + "</url-pattern>");
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream(); var out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
