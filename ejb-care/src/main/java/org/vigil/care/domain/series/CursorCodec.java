package org.vigil.care.domain.series;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident page tokens. A token carries the position and an HMAC-SHA256 over it and
 * over the query it belongs to (patient and kind), so a client can neither shift the position nor
 * replay a cursor against another patient's series. The key is the server's; rotating it only
 * invalidates open paginations.
 */
public final class CursorCodec {

    private static final int POSITION = Long.BYTES * 3;
    private static final int TAG = 16;

    private final SecretKeySpec key;

    public CursorCodec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a cursor key needs at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public String encode(Cursor cursor, UUID patientId, String kind) {
        ByteBuffer position = ByteBuffer.allocate(POSITION)
                .putLong(cursor.measuredAt().getEpochSecond())
                .putLong(cursor.measuredAt().getNano())
                .putLong(cursor.id());
        byte[] tag = tag(position.array(), patientId, kind);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(ByteBuffer.allocate(POSITION + TAG).put(position.array()).put(tag, 0, TAG).array());
    }

    public Cursor decode(String token, UUID patientId, String kind) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("the page token is not base64url");
        }
        if (raw.length != POSITION + TAG) {
            throw new InvalidCursorException("the page token has the wrong length");
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        byte[] position = new byte[POSITION];
        b.get(position);
        byte[] given = new byte[TAG];
        b.get(given);
        byte[] expected = Arrays.copyOf(tag(position, patientId, kind), TAG);
        if (!MessageDigest.isEqual(given, expected)) {
            throw new InvalidCursorException("the page token was altered or belongs to another query");
        }
        ByteBuffer p = ByteBuffer.wrap(position);
        return new Cursor(Instant.ofEpochSecond(p.getLong(), p.getLong()), p.getLong());
    }

    private byte[] tag(byte[] position, UUID patientId, String kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(position);
            mac.update((patientId + "|" + kind).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
