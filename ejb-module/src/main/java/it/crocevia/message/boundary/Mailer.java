package it.crocevia.message.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Date;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the templated e-mails through the server's mail session ({@code java:jboss/mail/Crocevia},
 * configured from SMTP_HOST/SMTP_PORT). A message asked for inside a transaction leaves only
 * once that transaction has committed, so a change that rolls back never sends a mail about it;
 * it leaves on a managed thread, so the caller does not wait for the SMTP server. Plain text
 * only: nothing a customer typed can become markup. The body (which may carry a reset link) is
 * never logged.
 */
@Stateless
@PermitAll
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Crocevia")
    Session session;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    MessageTemplates templates;

    /** Renders {@code kind} in {@code language} now and sends it to {@code to} after the commit. */
    public void sendAfterCommit(String to, TemplateKind kind, String language, Map<String, String> values) {
        Rendered message = templates.render(kind, language, values);
        Runnable send = () -> send(to, kind, message);
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

    private void send(String to, TemplateKind kind, Rendered rendered) {
        try {
            var message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(rendered.subject(), "UTF-8");
            message.setText(rendered.body(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
            LOG.fine(() -> kind + " e-mail sent");
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, kind + " e-mail could not be sent: " + e.getMessage());
        }
    }
}
