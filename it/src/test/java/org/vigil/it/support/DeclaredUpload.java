package org.vigil.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An upload that only declares its size: the request line and headers of a POST with
 * {@code Expect: 100-continue}, and no body unless the server says continue. It shows that the
 * server refuses an oversized body from its declared length alone. (The JDK's HttpClient waits
 * forever when a server answers such a request with a final status instead of 100: JDK-8286171,
 * fixed in 19.)
 */
public final class DeclaredUpload {

    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private DeclaredUpload() {
    }

    public static Answer post(URI uri, String bearer, String contentType, long declaredLength) {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            out.write(("POST " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Authorization: " + bearer + "\r\nContent-Type: " + contentType + "\r\n"
                    + "Content-Length: " + declaredLength + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            if (status == 100) {
                throw new AssertionError("the server asked for the body of a declared " + declaredLength + "-byte upload");
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "-1"));
            byte[] body = length >= 0 ? in.readNBytes(length) : in.readAllBytes();
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the connection mid-answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
