package org.vigil.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.vigil.platform.limits.ControlCharacters;

/**
 * Refuses a request whose path or query string, once percent-decoded, holds a control character
 * ({@code %00}, {@code %0A}, {@code %C2%85}...). Paths and query parameters carry identifiers,
 * tokens, dates and codes, none of which has a control character; refusing them here keeps NUL
 * out of the database (PostgreSQL cannot store it) and line breaks out of logs and audit records,
 * for every interface at once.
 */
public class ControlCharacterFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (hasControlCharacter(request.getRequestURI()) || hasControlCharacter(request.getQueryString())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            ErrorAnswers.send(response, InterfaceFamily.of(path), 400, "control-characters", "Control characters in the request",
                    "The path and query parameters must not contain control characters.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean hasControlCharacter(String raw) {
        return raw != null && ControlCharacters.inIdentifier(percentDecoded(raw));
    }

    private static String percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
