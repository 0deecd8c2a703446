package it.crocevia.message.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the templated e-mails through the server's mail session ({@code java:jboss/mail/Crocevia},
 * configured from SMTP_HOST/SMTP_PORT). A message asked for inside a transaction leaves only
 * once that transaction has committed, so a change that rolls back never sends a mail about it;
 * it leaves on a managed thread, so the caller does not wait for the SMTP server. Plain text
 * only: nothing a customer typed can become markup. The body (which may carry a reset link) is
 * never logged.
 *
 * <p>A message the SMTP server could not take (unreachable, or a temporary refusal) is tried
 * again after 1, 5 and 30 units of {@code java:global/crocevia/mail-retry-seconds} (a minute
 * unless CROCEVIA_MAIL_RETRY_SECONDS says otherwise), then given up with a warning. A recipient
 * the server refuses is not tried again. The retries live in memory: a restart forgets them.
 */
@Stateless
@PermitAll
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    /** The waits before the second, third and fourth attempt, in units of {@link #retryUnitSeconds}. */
    private static final int[] RETRY_WAITS = {1, 5, 30};

    @Resource(lookup = "java:jboss/mail/Crocevia")
    Session session;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:global/crocevia/mail-retry-seconds")
    Integer retryUnitSeconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    MessageTemplates templates;

    /** Renders {@code kind} in {@code language} now and sends it to {@code to} after the commit. */
    public void sendAfterCommit(String to, TemplateKind kind, String language, Map<String, String> values) {
        Rendered message = templates.render(kind, language, values);
        Runnable send = () -> send(to, kind, message, 0);
        if (transactions.getTransactionKey() == null) {
            executor.execute(send);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(send);
                }
            }
        });
    }

    private void send(String to, TemplateKind kind, Rendered rendered, int retries) {
        try {
            var message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(rendered.subject(), "UTF-8");
            message.setText(rendered.body(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
            LOG.fine(() -> kind + " e-mail sent");
        } catch (AddressException | SendFailedException e) {
            LOG.log(Level.WARNING, kind + " e-mail not sent, the recipient was refused: " + e.getMessage());
        } catch (MessagingException | RuntimeException e) {
            if (retries < RETRY_WAITS.length) {
                long wait = (long) RETRY_WAITS[retries] * retryUnitSeconds;
                LOG.log(Level.WARNING, "{0} e-mail could not be sent ({1}); trying again in {2} s",
                        new Object[] {kind, e.getMessage(), wait});
                scheduler.schedule(() -> send(to, kind, rendered, retries + 1), wait, TimeUnit.SECONDS);
            } else {
                LOG.log(Level.WARNING, kind + " e-mail could not be sent in " + (retries + 1)
                        + " attempts, given up: " + e.getMessage());
            }
        }
    }
}
