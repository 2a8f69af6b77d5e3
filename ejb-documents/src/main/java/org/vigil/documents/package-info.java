/**
 * Documents: PDFs and XML documents, their PAdES/XAdES signatures made remotely with the
 * signer's device key, validation reports, and the trust services that make those signatures
 * checkable by anyone: the CA, the RFC 3161 timestamp authority, OCSP and CRLs.
 */
package org.vigil.documents;
