package org.vigil.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A POST whose body has no declared length (chunked transfer coding), written on a plain socket,
 * so a test sees what the server answers when it stops reading part-way: the JDK client reports a
 * broken pipe instead of the answer that was already on its way.
 *
 * @param status    the answer's status
 * @param response  the whole answer as it arrived, head and body
 * @param bodyBytes the answer's size after the head
 */
public record ChunkedUpload(int status, String response, int bodyBytes) {

    public static ChunkedUpload post(URI url, String contentType, byte[] body) {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                for (int at = 0; at < body.length; at += 65536) {
                    int length = Math.min(65536, body.length - at);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException stoppedReading) {
                // the server closed the connection after answering: read what it said
            }
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChunkedUpload parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException reset) {
            // a reset after the answer: keep what arrived
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
            throw new IllegalStateException("no HTTP answer: " + text.substring(0, Math.min(200, text.length())));
        }
        return new ChunkedUpload(Integer.parseInt(text.substring(9, 12)), text, all.size() - headEnd - 4);
    }
}
