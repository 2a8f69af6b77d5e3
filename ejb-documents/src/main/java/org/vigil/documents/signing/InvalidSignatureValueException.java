package org.vigil.documents.signing;

/**
 * The device's signature value does not verify over the data to be signed with the signer's
 * key, in the encoding it was labelled with: nothing was embedded.
 */
public class InvalidSignatureValueException extends SigningException {

    private static final long serialVersionUID = 1L;

    public InvalidSignatureValueException(String message) {
        super(message);
    }
}
