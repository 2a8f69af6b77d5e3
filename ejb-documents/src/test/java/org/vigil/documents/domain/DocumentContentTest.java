package org.vigil.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class DocumentContentTest {

    private static final byte[] ORIGINAL = "%PDF-1.7 original".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void anUnsignedDocumentMayBeReplaced() {
        DocumentContent replaced = DocumentContent.unsigned(ORIGINAL).replacedBy("%PDF-1.7 v2".getBytes());
        assertThat(replaced.signed()).isFalse();
        assertThat(new String(replaced.bytes(), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.7 v2");
    }

    @Test
    void aSignedDocumentCannotBeReplaced() {
        DocumentContent signed = DocumentContent.unsigned(ORIGINAL).withSignature(append(ORIGINAL, " sig1"));

        assertThatThrownBy(() -> signed.replacedBy("%PDF-1.7 forged".getBytes()))
                .isInstanceOf(DocumentLockedException.class);
    }

    @Test
    void signaturesMustKeepEverythingBefore() {
        DocumentContent once = DocumentContent.unsigned(ORIGINAL).withSignature(append(ORIGINAL, " sig1"));
        DocumentContent twice = once.withSignature(append(once.bytes(), " sig2"));
        assertThat(twice.signatures()).isEqualTo(2);

        byte[] tampered = append(once.bytes(), " sig2");
        tampered[3] = 'X';
        assertThatThrownBy(() -> once.withSignature(tampered)).isInstanceOf(DocumentLockedException.class);
        assertThatThrownBy(() -> once.withSignature(Arrays.copyOf(once.bytes(), 5)))
                .isInstanceOf(DocumentLockedException.class);
    }

    @Test
    void storedContentMustMatchItsHash() {
        DocumentContent content = DocumentContent.unsigned(ORIGINAL);
        assertThat(DocumentContent.stored(ORIGINAL, content.sha256(), 0).sha256()).isEqualTo(content.sha256());
        assertThatThrownBy(() -> DocumentContent.stored(append(ORIGINAL, "x"), content.sha256(), 0))
                .isInstanceOf(DocumentLockedException.class);
    }

    private static byte[] append(byte[] start, String tail) {
        byte[] extra = tail.getBytes(StandardCharsets.ISO_8859_1);
        byte[] result = Arrays.copyOf(start, start.length + extra.length);
        System.arraycopy(extra, 0, result, start.length, extra.length);
        return result;
    }
}
