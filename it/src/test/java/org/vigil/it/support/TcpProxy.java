package org.vigil.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder the test can pull the plug on: {@link #cut()} closes the listening
 * socket and every connection through it (in flight or pooled), so clients see refused and reset
 * connections as on a dead network; {@link #restore()} listens again on the same port.
 * A client reaches the target through it either by connecting to {@link #port()} or by using it as
 * its HTTP proxy (the server then gets absolute-form request targets, which HTTP/1.1 servers accept).
 */
public final class TcpProxy implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile int port;

    private TcpProxy(int targetPort) {
        this.targetPort = targetPort;
    }

    /** Listens on a free loopback port and forwards to {@code targetPort} on loopback. */
    public static TcpProxy start(int targetPort) {
        TcpProxy proxy = new TcpProxy(targetPort);
        proxy.listen(0);
        return proxy;
    }

    public int port() {
        return port;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(LOOPBACK, port);
    }

    /** The network goes down: nothing connects, and every open connection is reset. */
    public synchronized void cut() {
        if (listener != null) {
            closeQuietly(listener);
            listener = null;
        }
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** The network comes back on the same port. */
    public synchronized void restore() {
        if (listener == null) {
            listen(port);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private void listen(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, onPort));
            port = socket.getLocalPort();
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + onPort, e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException closed) {
                return;
            }
            open.add(client);
            Socket target = new Socket();
            try {
                target.connect(new InetSocketAddress(LOOPBACK, targetPort), 5_000);
            } catch (IOException targetDown) {
                // the server is down while the network is up: the client's connection ends at once
                closeQuietly(client);
                closeQuietly(target);
                open.remove(client);
                continue;
            }
            open.add(target);
            pump(client, target);
            pump(target, client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (SocketException reset) {
                // cut, or the peer went away: the other direction ends with it
            } catch (IOException e) {
                // same: a broken connection is what this class is for
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing is all that is wanted
        }
    }
}
