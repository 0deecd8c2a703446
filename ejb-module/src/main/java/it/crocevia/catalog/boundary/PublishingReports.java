package it.crocevia.catalog.boundary;

import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.message.boundary.Mailer;
import it.crocevia.message.boundary.TemplateKind;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The end of a publishing run (Download CSV today, publishing by API later): when the account has
 * Invia Email on, its notification addresses get the report (published, failed with reasons) from
 * the PUBLISHING_REPORT template, through the server's mail session; and the integrations that
 * asked for publishing reports (Telegram) hear of it.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class PublishingReports {

    private static final int MAX_REASONS = 50;

    /** One item that was not published, and why. */
    public record Failure(String item, String reason) {
    }

    @Inject
    ShopAccounts accounts;

    @Inject
    Mailer mailer;

    @Inject
    Event<PublishingReported> reported;

    public void report(long accountId, String job, long runId, String status, long published, List<Failure> failures,
            long failedCount) {
        var account = accounts.find(accountId);
        if (account.isSendEmail() && account.getNotificationEmails() != null) {
            String reasons = failures.stream().limit(MAX_REASONS).map(f -> "- " + f.item() + ": " + f.reason())
                    .collect(Collectors.joining("\n"));
            if (failedCount > MAX_REASONS) {
                reasons += "\n…";
            }
            var values = Map.of("account_name", account.getDescription(), "job", job, "status", status,
                    "published", Long.toString(published), "failed", Long.toString(failedCount), "failures", reasons);
            Arrays.stream(account.getNotificationEmails().split("[,;\\s]+")).filter(a -> !a.isBlank()).distinct()
                    .forEach(address -> mailer.sendAfterCommit(address, TemplateKind.PUBLISHING_REPORT, "it", values));
        }
        reported.fire(new PublishingReported(accountId, account.getDescription(), job, runId, status, published, failedCount));
    }
}
