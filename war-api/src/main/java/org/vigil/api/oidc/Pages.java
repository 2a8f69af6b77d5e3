package org.vigil.api.oidc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The provider's hosted pages: HTML templates with {@code ${name}} placeholders, every value
 * HTML-escaped unless the caller built it from escaped parts. Framing is refused and scripts come
 * only from this server.
 */
final class Pages {

    /**
     * Everything from this server only; no plugins and no {@code <base>} (which would re-point every
     * relative link and form of a login page); never framed; the consent and login forms post here
     * and may end in a redirect to a client's registered redirect URI, over HTTPS or (development) HTTP.
     */
    static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self' https: http:";

    private Pages() {
    }

    static Response page(String template, Map<String, String> values) {
        return page(200, template, values);
    }

    static Response page(int status, String template, Map<String, String> values) {
        return page(status, template, values, POLICY);
    }

    /** A page with its own policy: the logout page that frames clients' logout pages ({@link LogoutPage}). */
    static Response page(int status, String template, Map<String, String> values, String policy) {
        String html = load(template);
        for (Map.Entry<String, String> value : values.entrySet()) {
            html = html.replace("${" + value.getKey() + "}", value.getValue());
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Content-Security-Policy", policy)
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    static Response message(int status, String title, String message) {
        return page(status, "message.html", Map.of("title", escape(title), "message", escape(message)));
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String load(String template) {
        try (InputStream in = Pages.class.getResourceAsStream("pages/" + template)) {
            if (in == null) {
                throw new IllegalStateException("no page template " + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
