package org.vigil.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the server wrote to its log, e.g. the text messages of the default SMS sender. */
public final class ServerLog {

    private ServerLog() {
    }

    /** The newest SMS code logged for this phone number (E.164), waiting for it if need be. */
    public static String awaitSmsCode(WildFlyServer server, String phone, Duration timeout) {
        Pattern sms = Pattern.compile("SMS to " + Pattern.quote(phone) + ": Vigil code: (\\d{6})");
        Instant deadline = Instant.now().plus(timeout);
        do {
            String code = null;
            for (String line : lines(server)) {
                Matcher m = sms.matcher(line);
                if (m.find()) {
                    code = m.group(1);
                }
            }
            if (code != null) {
                return code;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no SMS to " + phone + " in " + server.serverLog());
    }

    /** The first log line that contains every one of {@code parts}, waiting for it if need be. */
    public static String awaitLine(WildFlyServer server, Duration timeout, String... parts) {
        Instant deadline = Instant.now().plus(timeout);
        do {
            for (String line : lines(server)) {
                if (java.util.Arrays.stream(parts).allMatch(line::contains)) {
                    return line;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no log line with " + java.util.Arrays.toString(parts) + " in " + server.serverLog());
    }

    private static List<String> lines(WildFlyServer server) {
        try {
            return Files.readAllLines(server.serverLog());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
