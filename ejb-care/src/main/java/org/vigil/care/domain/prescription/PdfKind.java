package org.vigil.care.domain.prescription;

/** Which PDF of a prescription: the one Vigil rendered for signing, or the signed one the pharmacy receives. */
public enum PdfKind {
    RENDERED, SIGNED
}
