package org.vigil.documents.signing;

import java.awt.Color;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextPosition;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;

/**
 * Builds DSS's PAdES parameters from a signing session, and only from it: steps 1 and 3 both
 * call this, so their parameters are identical by construction.
 */
final class PadesParameters {

    /** Room for the CMS signature (DSS's default of 9,472 bytes is too small, see docs/decisions.md). */
    static final int CONTENT_SIZE = 16_384;

    /** Room for each document timestamp of an LTA signature: its token and the TSA's chain. */
    static final int TIMESTAMP_CONTENT_SIZE = 16_384;

    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private PadesParameters() {
    }

    static PAdESSignatureParameters from(SigningSession session) {
        List<X509Certificate> certificates = session.certificates();
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(session.level().pades());
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(certificates.get(0)));
        parameters.setCertificateChain(certificates.stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(session.signingTime()));
        // The time zone shapes the PDF's /M date string: fixed, so no server setting changes it.
        parameters.setSigningTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        parameters.setSignerName(commonName(certificates.get(0).getSubjectX500Principal()));
        parameters.setReason(session.reason());
        parameters.setLocation(session.location());
        parameters.setAppName("Vigil");
        parameters.setContentSize(session.contentSize());
        parameters.getSignatureTimestampParameters().setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.getArchiveTimestampParameters().setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.getArchiveTimestampParameters().setContentSize(TIMESTAMP_CONTENT_SIZE);
        session.visibleSignature().ifPresent(box -> parameters.setImageParameters(appearance(session, box,
                parameters.getSignerName())));
        return parameters;
    }

    private static SignatureImageParameters appearance(SigningSession session, VisibleSignature box, String signer) {
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(box.page());
        field.setOriginX(box.x());
        field.setOriginY(box.y());
        field.setWidth(box.width());
        field.setHeight(box.height());

        // The font is embedded as a subset (only the glyphs used), so any reader shows the same
        // text and the file stays small; PT Serif ships inside DSS.
        DSSFileFont font = DSSFileFont.initializeDefault();
        font.setEmbedFontSubset(true);
        font.setSize(8);
        SignatureImageTextParameters text = new SignatureImageTextParameters();
        text.setFont(font);
        text.setText("Digitally signed by " + signer + "\n" + SHOWN_TIME.format(session.signingTime())
                + (session.reason() == null ? "" : "\nReason: " + session.reason()));
        text.setSignerTextPosition(SignerTextPosition.LEFT);
        text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
        text.setPadding(4);
        text.setTextColor(Color.BLACK);

        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        image.setTextParameters(text);
        image.setBackgroundColor(Color.WHITE);
        return image;
    }

    static String commonName(X500Principal subject) {
        X500Name name = X500Name.getInstance(subject.getEncoded());
        var rdns = name.getRDNs(BCStyle.CN);
        return rdns.length == 0 ? subject.getName() : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
