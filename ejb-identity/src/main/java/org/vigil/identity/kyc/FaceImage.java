package org.vigil.identity.kyc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;

/**
 * The first face image of a DG2 as the chip held it, for an officer to compare with the person before her: the image
 * bytes and their media type ({@code image/jpeg}, or {@code image/jp2} which JavaFX and most browsers cannot show).
 */
public record FaceImage(String mediaType, byte[] bytes) {

    public FaceImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @throws IllegalArgumentException when the DG2 does not parse or holds no face image */
    public static FaceImage ofDg2(byte[] dg2) {
        try {
            for (FaceInfo face : new DG2File(new ByteArrayInputStream(dg2)).getFaceInfos()) {
                for (FaceImageInfo image : face.getFaceImageInfos()) {
                    try (InputStream in = image.getImageInputStream()) {
                        return new FaceImage(image.getMimeType(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("DG2 does not parse: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("DG2 holds no face image");
    }
}
