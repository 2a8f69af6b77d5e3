package org.vigil.testsupport.emrtd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import net.sf.scuba.data.Gender;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;

/**
 * A made-up eMRTD's logical data structure: DG1 (the MRZ), DG2 (a small JPEG face) and the SOD over both, signed by a
 * {@link TestCsca}'s Document Signer; what a {@link VirtualPassport} serves and what a terminal sends the server.
 * {@link #builder()} starts from ICAO 9303's specimen holder (ERIKSSON, ANNA MARIA of Utopia) with dates that are valid today.
 */
public record TestPassport(MRZInfo mrzInfo, byte[] dg1, byte[] dg2, byte[] sod) {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public static Builder builder() {
        return new Builder();
    }

    /** The MRZ printed on the document, its lines separated by line breaks. */
    public String mrz() {
        return mrzInfo.toString().strip();
    }

    /** The same document with DG1 replaced (a forgery: the SOD still holds the old hash). */
    public TestPassport withDg1(byte[] forged) {
        return new TestPassport(mrzInfo, forged, dg2, sod);
    }

    public static final class Builder {
        private boolean td1;
        private String country = "UTO";
        private String number = "L898902C3";
        private String surname = "ERIKSSON";
        private String givenNames = "ANNA<MARIA";
        private LocalDate birth = LocalDate.of(1974, 8, 12);
        private LocalDate expiry = LocalDate.now().plusYears(5);
        private TestCsca.DocumentSigner signer;

        public Builder td1() {
            td1 = true;
            return this;
        }

        public Builder country(String code) {
            this.country = code;
            return this;
        }

        public Builder number(String documentNumber) {
            this.number = documentNumber;
            return this;
        }

        /** @param given the given names as the MRZ writes them, {@code <} between them */
        public Builder holder(String primary, String given) {
            this.surname = primary;
            this.givenNames = given;
            return this;
        }

        public Builder birth(LocalDate date) {
            this.birth = date;
            return this;
        }

        public Builder expiry(LocalDate date) {
            this.expiry = date;
            return this;
        }

        public Builder signedBy(TestCsca.DocumentSigner documentSigner) {
            this.signer = documentSigner;
            return this;
        }

        public TestPassport build() {
            if (signer == null) {
                throw new IllegalStateException("a test passport needs a Document Signer (signedBy)");
            }
            MRZInfo mrz = td1
                    ? new MRZInfo("I<", country, number, "", birth.format(YYMMDD), Gender.FEMALE, expiry.format(YYMMDD), country, "",
                            surname, givenNames)
                    : new MRZInfo("P<", country, surname, givenNames, number, country, birth.format(YYMMDD), Gender.FEMALE,
                            expiry.format(YYMMDD), "");
            try {
                byte[] dg1 = new DG1File(mrz).getEncoded();
                byte[] dg2 = new DG2File(List.of(new FaceInfo(List.of(face())))).getEncoded();
                Map<Integer, byte[]> hashes = new TreeMap<>();
                hashes.put(1, MessageDigest.getInstance("SHA-256").digest(dg1));
                hashes.put(2, MessageDigest.getInstance("SHA-256").digest(dg2));
                byte[] sod = new SODFile("SHA-256", "SHA256withECDSA", hashes, signer.key(), signer.certificate()).getEncoded();
                return new TestPassport(mrz, dg1, dg2, sod);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static FaceImageInfo face() throws IOException {
            // pixels set one by one: Graphics2D would reach for a display (the ITs set DISPLAY for the stations' windows)
            BufferedImage image = new BufferedImage(48, 64, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 48; x++) {
                for (int y = 0; y < 64; y++) {
                    boolean eye = (y >= 22 && y < 28) && ((x >= 14 && x < 20) || (x >= 28 && x < 34));
                    boolean mouth = y == 42 && x >= 18 && x < 30;
                    image.setRGB(x, y, eye || mouth ? 0x404040 : 0xE0C8A8);
                }
            }
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", jpeg);
            byte[] bytes = jpeg.toByteArray();
            return new FaceImageInfo(Gender.FEMALE, FaceImageInfo.EyeColor.UNSPECIFIED, 0, FaceImageInfo.HAIR_COLOR_UNSPECIFIED,
                    FaceImageInfo.EXPRESSION_UNSPECIFIED, new int[3], new int[3], FaceImageInfo.FACE_IMAGE_TYPE_BASIC,
                    FaceImageInfo.IMAGE_COLOR_SPACE_RGB24, FaceImageInfo.SOURCE_TYPE_UNSPECIFIED, 0, 0, new FaceImageInfo.FeaturePoint[0],
                    48, 64, new java.io.ByteArrayInputStream(bytes), bytes.length, FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
        }
    }
}
