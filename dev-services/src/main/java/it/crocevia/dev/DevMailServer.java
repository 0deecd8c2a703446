package it.crocevia.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 that keeps every message it receives: the run
 * command's mail server when no SMTP_HOST is given, and the in-server tests' mailbox. It accepts
 * any sender and recipient and relays nothing.
 */
public final class DevMailServer implements AutoCloseable {

    private final int port;
    private GreenMail mail;
    private Thread saver;

    /** @param port the SMTP port, 0 for a free one */
    public DevMailServer(int port) {
        this.port = port;
    }

    public void start() {
        var setup = new ServerSetup(port == 0 ? EmbeddedMariaDb.freePort() : port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        mail = new GreenMail(setup);
        mail.start();
    }

    /** Stops taking mail, as an SMTP server that is down; {@link #start} takes it up again. */
    public void stop() {
        mail.stop();
    }

    public int port() {
        return mail.getSmtp().getPort();
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> messages() {
        return Arrays.asList(mail.getReceivedMessages());
    }

    /** The messages received for {@code address}, oldest first. */
    public List<MimeMessage> messagesTo(String address) {
        return Arrays.asList(mail.getReceivedMessagesForDomain(address));
    }

    /** Waits until {@code count} messages in all have arrived, at most {@code timeout}. */
    public boolean await(int count, Duration timeout) {
        return mail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Forgets every message received. */
    public void clear() {
        try {
            mail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("could not empty the mailboxes", e);
        }
    }

    /**
     * Writes every message that arrives to {@code folder} as an .eml file and says so on
     * {@code out} (recipient and subject only: a body may hold a password-reset link).
     */
    public void saveArrivals(Path folder, PrintStream out) {
        saver = new Thread(() -> {
            int saved = 0;
            while (!Thread.currentThread().isInterrupted()) {
                MimeMessage[] received = mail.getReceivedMessages();
                for (; saved < received.length; saved++) {
                    save(received[saved], folder.resolve("mail-" + (saved + 1) + ".eml"), out);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "dev-mail-saver");
        saver.setDaemon(true);
        saver.start();
    }

    private static void save(MimeMessage message, Path file, PrintStream out) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream os = Files.newOutputStream(file)) {
                message.writeTo(os);
            }
            out.println("E-mail to " + String.join(", ", Arrays.stream(message.getAllRecipients())
                    .map(Object::toString).toList()) + ": \"" + message.getSubject() + "\", saved in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            out.println("An e-mail arrived that could not be saved: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (saver != null) {
            saver.interrupt();
        }
        if (mail != null) {
            mail.stop();
        }
    }
}
