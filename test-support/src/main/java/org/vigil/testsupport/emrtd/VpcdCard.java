package org.vigil.testsupport.emrtd;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/**
 * A {@link VirtualPassport} on vsmartcard's virtual reader: it connects to vpcd (the PC/SC driver inside pcscd) on a TCP
 * port and answers as vpcd's protocol says (vsmartcard's "Creating a virtual smart card"): every message is a 2-byte
 * big-endian length and a payload; a payload of one byte is a control code (0 power off, 1 power on, 2 reset, 4 send the
 * ATR), any other is a command APDU whose response goes back framed the same way. Putting it on the reader is connecting;
 * taking it off is {@link #close}.
 */
public final class VpcdCard implements AutoCloseable {

    private final Socket socket;
    private final Thread loop;

    private VpcdCard(Socket socket, VirtualPassport card) {
        this.socket = socket;
        this.loop = new Thread(() -> serve(card), "vpcd-card");
        loop.setDaemon(true);
        loop.start();
    }

    /** Connects to vpcd on {@code localhost:port}, retrying until {@code patience} has passed (pcscd may be starting). */
    public static VpcdCard insert(VirtualPassport card, int port, Duration patience) throws IOException {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress("localhost", port), 1000);
                return new VpcdCard(socket, card);
            } catch (IOException e) {
                socket.close();
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("vpcd does not answer on port " + port + ": " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for vpcd", ie);
                }
            }
        }
    }

    private void serve(VirtualPassport card) {
        try (DataInputStream in = new DataInputStream(socket.getInputStream());
                DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
            while (true) {
                int length = in.readUnsignedShort();
                byte[] payload = in.readNBytes(length);
                if (payload.length != length) {
                    return;
                }
                if (length == 1) {
                    switch (payload[0]) {
                        case 0, 1, 2 -> card.reset();
                        case 4 -> send(out, card.atr());
                        default -> { /* unknown control codes are ignored, as vpicc does */ }
                    }
                } else {
                    send(out, card.process(payload));
                }
            }
        } catch (IOException e) {
            // vpcd went away or the card was taken off the reader
        }
    }

    private static void send(DataOutputStream out, byte[] message) throws IOException {
        out.writeShort(message.length);
        out.write(message);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            loop.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
