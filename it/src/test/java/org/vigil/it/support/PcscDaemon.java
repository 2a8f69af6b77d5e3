package org.vigil.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code pcscd} in the foreground with vsmartcard's virtual reader driver (package {@code vsmartcard-vpcd}) on a
 * port of the test's own, configured from a reader.conf.d directory of its own ({@code -c}), so the machine's default
 * vpcd ports (35963, 35964) and reader configuration stay untouched. vpcd listens on all interfaces: it runs only while
 * a test needs it. The PC/SC socket is pcscd's default ({@code /run/pcscd/pcscd.comm}), since {@code javax.smartcardio}
 * reaches no other; another pcscd already running is refused with a clear message, and the files a killed one left are
 * cleared.
 */
public final class PcscDaemon implements AutoCloseable {

    /** The readers' name as PC/SC lists them: {@code Vigil test PCD 00 00} and {@code ... 00 01}. */
    public static final String READER = "Vigil test PCD";
    private static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");

    private final Process process;
    private final Path log;

    private PcscDaemon(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** @param vpcdPort the port the first virtual reader waits for a card on; the second reader takes the next one */
    public static PcscDaemon start(Path dir, int vpcdPort) {
        if (!Files.isExecutable(Path.of("/usr/sbin/pcscd")) || !Files.exists(Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so"))) {
            throw new IllegalStateException("The chip-read tests need Debian's pcscd and vsmartcard-vpcd (./vigil test installs them).");
        }
        if (answers(SOCKET)) {
            throw new IllegalStateException("Another pcscd is running (" + SOCKET + "): stop it first, the virtual reader needs its own.");
        }
        clearLeftovers();
        try {
            Path conf = dir.resolve("reader.conf.d");
            Files.createDirectories(conf);
            String port = "0x" + Integer.toHexString(vpcdPort).toUpperCase();
            Files.writeString(conf.resolve("vpcd"), "FRIENDLYNAME \"" + READER + "\"\nDEVICENAME /dev/null:" + port
                    + "\nLIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\nCHANNELID " + port + "\n");
            Path log = dir.resolve("pcscd.log");
            Process process = new ProcessBuilder("/usr/sbin/pcscd", "--foreground", "--config", conf.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new PcscDaemon(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a daemon accepts connections on the socket (a file left by a killed one does not). */
    private static boolean answers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A pcscd killed with SIGKILL (a run stopped midway) leaves its socket and pid file; the next pcscd refuses to start
     * over a socket it cannot tell from a live one unless the pid file names a dead process, so a dead daemon's files go.
     */
    private static void clearLeftovers() {
        try {
            Files.deleteIfExists(SOCKET);
            Files.deleteIfExists(SOCKET.resolveSibling("pcscd.pid"));
        } catch (IOException e) {
            throw new IllegalStateException("A stopped pcscd left " + SOCKET + ", which this user cannot remove: remove it and run again.", e);
        }
    }

    /** What pcscd wrote, for a failure's description. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no pcscd log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
