package org.vigil.identity.kyc;

/** A chip read failed one check; the message says what was found, never a secret. */
public class ChipCheckFailed extends RuntimeException {

    private final ChipCheck check;

    public ChipCheckFailed(ChipCheck check, String detail) {
        super(detail);
        this.check = check;
    }

    public ChipCheckFailed(ChipCheck check, String detail, Throwable cause) {
        super(detail, cause);
        this.check = check;
    }

    public ChipCheck check() {
        return check;
    }
}
