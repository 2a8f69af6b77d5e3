package org.vigil.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.vigil.documents.application.Problems;

/**
 * Reads an uploaded document, never more than the limit: a declared length over it is refused
 * before a byte is read (a client sending {@code Expect: 100-continue} never sends the body),
 * and an undeclared one is cut off one byte past the limit.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream body, String contentLength, long limit) {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.strip()) > limit) {
                    throw new Problems.DocumentTooLarge(limit);
                }
            } catch (NumberFormatException e) {
                throw new Problems.InvalidField("Content-Length", "not a number");
            }
        }
        try {
            byte[] bytes = body.readNBytes(Math.toIntExact(Math.min(limit + 1, Integer.MAX_VALUE - 8)));
            if (bytes.length > limit) {
                throw new Problems.DocumentTooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("the upload broke off", e);
        }
    }
}
