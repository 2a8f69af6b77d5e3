package org.vigil.identity.kyc;

/**
 * The checks a chip read passes before it lifts an account to KYC level 2, each named as the API reports its failure
 * (the problem type {@code urn:vigil:problem:kyc-<name>} and the {@code check} member).
 */
public enum ChipCheck {
    /** The MRZ as read is not a TD1 (3 x 30) or TD3 (2 x 44) MRZ of the ICAO 9303 alphabet. */
    MRZ_FORMAT("mrz-format"),
    /** A check digit of the MRZ (ICAO 9303 part 3, 4.9) is wrong. */
    MRZ_CHECK_DIGIT("mrz-check-digit"),
    /** The MRZ as read (the BAC key) and the chip's DG1 name different documents. */
    MRZ_MISMATCH("mrz-mismatch"),
    /** DG1, DG2 or the SOD is missing, or a data group does not parse. */
    DATA_GROUP_FORMAT("data-group-format"),
    /** A submitted data group's hash differs from the one the SOD holds (or the SOD holds none for it). */
    DATA_GROUP_HASH("data-group-hash"),
    /** The SOD's CMS signature does not verify with its Document Signer certificate. */
    SOD_SIGNATURE("sod-signature"),
    /** No CSCA of the configured trust list issued the Document Signer certificate. */
    UNKNOWN_CSCA("unknown-csca"),
    /** The Document Signer certificate does not validate under its CSCA (expired, wrong use, bad chain). */
    DS_CERTIFICATE("ds-certificate"),
    /** A CRL of the trust list revokes the Document Signer certificate. */
    CERTIFICATE_REVOKED("certificate-revoked"),
    /** The document's type or issuing state is not one this installation accepts ({@link DocumentPolicy}). */
    DOCUMENT_NOT_ACCEPTED("document-not-accepted"),
    /** The document's date of expiry has passed. */
    DOCUMENT_EXPIRED("document-expired"),
    /** The holder's names or birth date differ from the account's. */
    HOLDER_MISMATCH("holder-mismatch");

    private final String key;

    ChipCheck(String key) {
        this.key = key;
    }

    /** The check's name in problem types, audit records and logs. */
    public String key() {
        return key;
    }
}
