package org.vigil.documents.application;

/** A document's current content, to download. */
public record DocumentFile(String title, String mediaType, String sha256, byte[] content) {
}
