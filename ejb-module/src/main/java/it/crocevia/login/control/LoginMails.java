package it.crocevia.login.control;

import it.crocevia.login.entity.CustomerLogin;
import it.crocevia.login.entity.ResetToken;
import it.crocevia.message.boundary.Mailer;
import it.crocevia.message.boundary.TemplateKind;
import it.crocevia.platform.boundary.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The e-mails a login receives: the recovery link (valid one hour, once), and the notices that
 * its password changed. Links point at the portal's configured address
 * ({@code java:global/crocevia/portal-url}), never at the Host header of the request that asked.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LoginMails {

    /** How long a recovery link works (seed 004: "il link dura solo un'ora"). */
    public static final Duration LINK_VALIDITY = Duration.ofHours(1);

    private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    TimeSource time;

    @Resource(lookup = "java:global/crocevia/portal-url")
    String portalUrl;

    /** Creates a recovery link for {@code login} and e-mails it, in {@code language}, after the commit. */
    public void sendRecoveryLink(CustomerLogin login, String language) {
        var now = time.nowUtc();
        String token = ResetLinks.newToken();
        var reset = new ResetToken(login.getId(), ResetLinks.hash(token), now, now.plus(LINK_VALIDITY));
        em.persist(reset);
        String link = portalUrl.replaceAll("/+$", "") + "/portal/reset.xhtml?token="
                + URLEncoder.encode(token, StandardCharsets.US_ASCII);
        String expiry = reset.getExpiresAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(SHOP_ZONE).format(EXPIRY);
        mailer.sendAfterCommit(login.getEmail(), TemplateKind.PASSWORD_RECOVERY, language,
                Map.of("customer_name", name(login), "link", link, "expiry", expiry));
    }

    public void sendPasswordChanged(CustomerLogin login) {
        mailer.sendAfterCommit(login.getEmail(), TemplateKind.PASSWORD_CHANGED, login.getLanguage(),
                Map.of("customer_name", name(login)));
    }

    public void sendResetByOperator(CustomerLogin login) {
        mailer.sendAfterCommit(login.getEmail(), TemplateKind.PASSWORD_RESET_BY_OPERATOR, login.getLanguage(),
                Map.of("customer_name", name(login)));
    }

    private static String name(CustomerLogin login) {
        String name = ((login.getFirstName() == null ? "" : login.getFirstName()) + " "
                + (login.getLastName() == null ? "" : login.getLastName())).strip();
        return name.isEmpty() ? login.getEmail() : name;
    }
}
