package org.vigil.identity.passkey;

/** A WebAuthn ceremony that did not verify; the message says why, in words fit for the audit trail. */
public class PasskeyException extends Exception {

    public PasskeyException(String message) {
        super(message);
    }

    public PasskeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
