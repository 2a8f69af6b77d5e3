package org.vigil.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/** GreenMail's SMTP server on loopback: where the server under test sends its mail. */
public final class MailCatcher implements AutoCloseable {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private final GreenMail greenMail;
    private final int port;

    private MailCatcher(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public static MailCatcher start(int port) {
        MailCatcher catcher = new MailCatcher(port);
        catcher.greenMail.start();
        return catcher;
    }

    public int port() {
        return port;
    }

    /** Waits for a mail to this address whose body holds a six-digit code, and returns the newest such code. */
    public String awaitCode(String recipient, Duration timeout) {
        return awaitCode(recipient, 1, timeout);
    }

    /** Waits until this address has received at least {@code messages} mails, and returns the newest code. */
    public String awaitCode(String recipient, int messages, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        do {
            List<Message> received = Arrays.asList(greenMail.getReceivedMessagesForDomain(recipient));
            for (int i = received.size() - 1; i >= 0 && received.size() >= messages; i--) {
                Matcher m = CODE.matcher(GreenMailUtil.getBody(received.get(i)));
                if (m.find()) {
                    return m.group(1);
                }
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(messages + " mails with a code did not reach " + recipient + " within " + timeout);
    }

    public int countTo(String recipient) {
        return greenMail.getReceivedMessagesForDomain(recipient).length;
    }

    public String subjectOfLast(String recipient) {
        Message[] messages = greenMail.getReceivedMessagesForDomain(recipient);
        try {
            return messages[messages.length - 1].getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops accepting mail, to test what the server does when its SMTP server is down. */
    public void pause() {
        greenMail.stop();
    }

    public void resume() {
        greenMail.start();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
