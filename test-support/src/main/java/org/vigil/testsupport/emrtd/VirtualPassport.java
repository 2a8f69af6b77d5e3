package org.vigil.testsupport.emrtd;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.macs.ISO9797Alg3Mac;
import org.bouncycastle.crypto.paddings.ISO7816d4Padding;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jmrtd.PassportService;
import org.jmrtd.Util;

/**
 * The chip of a {@link TestPassport}, as a card answers APDUs: the eMRTD application (ICAO 9303 part 10) with DG1, DG2
 * and EF.SOD behind Basic Access Control and secure messaging with 3DES (part 11, sections 4.3 and 9.8). BAC's keys come
 * from the MRZ through JMRTD's own derivation ({@link Util#computeKeySeed}, {@link Util#deriveKey}); ciphers and MACs
 * are the JCE's and BouncyCastle's (DES-EDE in CBC mode, ISO 9797-1 MAC algorithm 3). Without BAC it reads nothing.
 * Not thread-safe: one reader talks to it at a time, as to a real card.
 */
public final class VirtualPassport {

    private static final byte[] AID = {(byte) 0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01};
    /** T=1, no historical bytes: TS, T0, TD1, TD2, TCK. */
    private static final byte[] ATR = {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01};
    private static final int OK = 0x9000;

    private final Map<Short, byte[]> files = new HashMap<>();
    private final SecretKey bacEnc;
    private final SecretKey bacMac;
    private final SecureRandom random = new SecureRandom();

    private boolean appletSelected;
    private byte[] rndIc;
    private SecretKey sessionEnc;
    private SecretKey sessionMac;
    private long ssc;
    private byte[] selected;

    public VirtualPassport(TestPassport passport) {
        files.put(PassportService.EF_DG1, passport.dg1());
        files.put(PassportService.EF_DG2, passport.dg2());
        files.put(PassportService.EF_SOD, passport.sod());
        try {
            byte[] seed = Util.computeKeySeed(passport.mrzInfo().getDocumentNumber(), passport.mrzInfo().getDateOfBirth(),
                    passport.mrzInfo().getDateOfExpiry(), "SHA-1", true);
            bacEnc = Util.deriveKey(seed, Util.ENC_MODE);
            bacMac = Util.deriveKey(seed, Util.MAC_MODE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] atr() {
        return ATR.clone();
    }

    /** Power off, on or reset: the chip forgets its session. */
    public void reset() {
        appletSelected = false;
        rndIc = null;
        sessionEnc = null;
        sessionMac = null;
        selected = null;
    }

    /** @return the response APDU (data and status word) to a command APDU */
    public byte[] process(byte[] apdu) {
        try {
            if (apdu.length < 4) {
                return sw(0x6700);
            }
            if ((apdu[0] & 0x0C) == 0x0C) {
                return secureMessaging(apdu);
            }
            Command c = Command.parse(apdu);
            if (sessionEnc != null) {
                // a plain command after BAC ends the session (part 11, 9.8.4)
                reset();
            }
            switch (c.ins) {
                case (byte) 0xA4:
                    if (c.p1 == 0x04 && Arrays.equals(c.data, AID)) {
                        reset();
                        appletSelected = true;
                        return sw(OK);
                    }
                    return sw(0x6982);
                case (byte) 0x84:
                    if (!appletSelected) {
                        return sw(0x6985);
                    }
                    rndIc = new byte[8];
                    random.nextBytes(rndIc);
                    return concat(rndIc, sw(OK));
                case (byte) 0x82:
                    return mutualAuthenticate(c.data);
                default:
                    return sw(0x6982);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            reset();
            return sw(0x6F00);
        }
    }

    private byte[] mutualAuthenticate(byte[] data) throws GeneralSecurityException {
        if (rndIc == null || data == null || data.length != 40) {
            return sw(0x6985);
        }
        byte[] eIfd = Arrays.copyOfRange(data, 0, 32);
        if (!MessageDigest.isEqual(mac(bacMac, eIfd), Arrays.copyOfRange(data, 32, 40))) {
            rndIc = null;
            return sw(0x6300);
        }
        byte[] s = des(Cipher.DECRYPT_MODE, bacEnc, eIfd);
        byte[] rndIfd = Arrays.copyOfRange(s, 0, 8);
        if (!MessageDigest.isEqual(rndIc, Arrays.copyOfRange(s, 8, 16))) {
            rndIc = null;
            return sw(0x6300);
        }
        byte[] kIfd = Arrays.copyOfRange(s, 16, 32);
        byte[] kIc = new byte[16];
        random.nextBytes(kIc);
        byte[] eIc = des(Cipher.ENCRYPT_MODE, bacEnc, concat(rndIc, rndIfd, kIc));
        byte[] seed = new byte[16];
        for (int i = 0; i < 16; i++) {
            seed[i] = (byte) (kIfd[i] ^ kIc[i]);
        }
        sessionEnc = Util.deriveKey(seed, Util.ENC_MODE);
        sessionMac = Util.deriveKey(seed, Util.MAC_MODE);
        ssc = 0;
        for (int i = 4; i < 8; i++) {
            ssc = (ssc << 8) | (rndIc[i] & 0xFF);
        }
        for (int i = 4; i < 8; i++) {
            ssc = (ssc << 8) | (rndIfd[i] & 0xFF);
        }
        rndIc = null;
        return concat(eIc, mac(bacMac, eIc), sw(OK));
    }

    private byte[] secureMessaging(byte[] apdu) throws GeneralSecurityException {
        if (sessionEnc == null) {
            return sw(0x6988);
        }
        Command c = Command.parse(apdu);
        ssc++;
        byte[] do87 = null;
        byte[] do97 = null;
        byte[] do8e = null;
        int i = 0;
        byte[] body = c.data == null ? new byte[0] : c.data;
        while (i < body.length) {
            int tag = body[i] & 0xFF;
            int[] len = berLength(body, i + 1);
            int start = len[1];
            int end = start + len[0];
            byte[] whole = Arrays.copyOfRange(body, i, end);
            if (tag == 0x87) {
                do87 = whole;
            } else if (tag == 0x97) {
                do97 = whole;
            } else if (tag == 0x8E) {
                do8e = Arrays.copyOfRange(body, start, end);
            }
            i = end;
        }
        byte[] header = pad(new byte[] {apdu[0], apdu[1], apdu[2], apdu[3]});
        byte[] macInput = concat(counter(), header, do87 == null ? new byte[0] : do87, do97 == null ? new byte[0] : do97);
        if (do8e == null || !MessageDigest.isEqual(mac(sessionMac, macInput), do8e)) {
            reset();
            return sw(0x6988);
        }
        byte[] plain = new byte[0];
        if (do87 != null) {
            int[] len = berLength(do87, 1);
            byte[] cryptogram = Arrays.copyOfRange(do87, len[1] + 1, len[1] + len[0]);
            plain = unpad(des(Cipher.DECRYPT_MODE, sessionEnc, cryptogram));
        }
        int le = 0;
        if (do97 != null) {
            int[] len = berLength(do97, 1);
            for (int k = len[1]; k < len[1] + len[0]; k++) {
                le = (le << 8) | (do97[k] & 0xFF);
            }
            if (le == 0) {
                le = len[0] == 1 ? 256 : 65536;
            }
        }
        byte[][] result = execute(c.ins, c.p1, c.p2, plain, le);
        byte[] data = result[0];
        byte[] status = result[1];
        ssc++;
        byte[] r87 = data.length == 0 ? new byte[0] : tlv(0x87, concat(new byte[] {0x01}, des(Cipher.ENCRYPT_MODE, sessionEnc, pad(data))));
        byte[] r99 = tlv(0x99, status);
        byte[] r8e = tlv(0x8E, mac(sessionMac, concat(counter(), r87, r99)));
        return concat(r87, r99, r8e, status);
    }

    /** A command inside the secure channel: SELECT of an elementary file, READ BINARY from an offset. */
    private byte[][] execute(byte ins, byte p1, byte p2, byte[] data, int le) {
        if (ins == (byte) 0xA4) {
            if (p1 == 0x04) {
                return new byte[][] {new byte[0], Arrays.equals(data, AID) ? status(OK) : status(0x6A82)};
            }
            if (data.length != 2) {
                return new byte[][] {new byte[0], status(0x6A86)};
            }
            short fid = (short) (((data[0] & 0xFF) << 8) | (data[1] & 0xFF));
            selected = files.get(fid);
            return new byte[][] {new byte[0], status(selected == null ? 0x6A82 : OK)};
        }
        if (ins == (byte) 0xB0) {
            byte[] file = selected;
            int offset;
            if ((p1 & 0x80) != 0) {
                file = files.get((short) (0x0100 | (p1 & 0x1F)));
                selected = file;
                offset = p2 & 0xFF;
            } else {
                offset = ((p1 & 0x7F) << 8) | (p2 & 0xFF);
            }
            if (file == null) {
                return new byte[][] {new byte[0], status(0x6986)};
            }
            if (offset >= file.length) {
                return new byte[][] {new byte[0], status(0x6B00)};
            }
            return new byte[][] {Arrays.copyOfRange(file, offset, Math.min(file.length, offset + le)), status(OK)};
        }
        return new byte[][] {new byte[0], status(0x6D00)};
    }

    private byte[] counter() {
        byte[] out = new byte[8];
        for (int k = 0; k < 8; k++) {
            out[k] = (byte) (ssc >>> (8 * (7 - k)));
        }
        return out;
    }

    private static byte[] des(int mode, SecretKey key, byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DESede/CBC/NoPadding");
        cipher.init(mode, new SecretKeySpec(tripleKey(key), "DESede"), new IvParameterSpec(new byte[8]));
        return cipher.doFinal(data);
    }

    /** ISO/IEC 9797-1 MAC algorithm 3 with padding method 2, over DES with the key's two halves. */
    private static byte[] mac(SecretKey key, byte[] data) {
        ISO9797Alg3Mac mac = new ISO9797Alg3Mac(new DESEngine(), new ISO7816d4Padding());
        mac.init(new KeyParameter(Arrays.copyOf(tripleKey(key), 16)));
        mac.update(data, 0, data.length);
        byte[] out = new byte[8];
        mac.doFinal(out, 0);
        return out;
    }

    private static byte[] tripleKey(SecretKey key) {
        byte[] k = key.getEncoded();
        return k.length == 24 ? k : concat(k, Arrays.copyOf(k, 8));
    }

    private static byte[] pad(byte[] data) {
        return Util.pad(data, 8);
    }

    private static byte[] unpad(byte[] data) throws GeneralSecurityException {
        return Util.unpad(data);
    }

    /** @return {length, index of the value} of a BER length at {@code at} */
    private static int[] berLength(byte[] b, int at) {
        int first = b[at] & 0xFF;
        if (first < 0x80) {
            return new int[] {first, at + 1};
        }
        int n = first & 0x7F;
        int len = 0;
        for (int k = 1; k <= n; k++) {
            len = (len << 8) | (b[at + k] & 0xFF);
        }
        return new int[] {len, at + 1 + n};
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (value.length < 0x80) {
            out.write(value.length);
        } else if (value.length < 0x100) {
            out.write(0x81);
            out.write(value.length);
        } else {
            out.write(0x82);
            out.write(value.length >> 8);
            out.write(value.length);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] status(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }

    private static byte[] sw(int sw) {
        return status(sw);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A command APDU's header and data, short or extended length. */
    private record Command(byte ins, byte p1, byte p2, byte[] data) {

        static Command parse(byte[] a) {
            byte[] data = null;
            if (a.length > 5) {
                int lc;
                int at;
                if (a[4] == 0 && a.length > 7) {
                    lc = ((a[5] & 0xFF) << 8) | (a[6] & 0xFF);
                    at = 7;
                } else {
                    lc = a[4] & 0xFF;
                    at = 5;
                }
                if (at + lc <= a.length) {
                    data = Arrays.copyOfRange(a, at, at + lc);
                }
            }
            return new Command(a[1], a[2], a[3], data);
        }
    }
}
