package org.vigil.identity.kyc;

/** A KYC level-3 decision that may not be recorded; its kind names the rule, the message says what was found. */
public class ReviewRefused extends RuntimeException {

    /** The rules of {@link InPersonReview}, each with the problem type and HTTP status the API reports. */
    public enum Kind {
        OFFICER_NOT_LEVEL_3("officer-not-level-3", 403),
        OWN_ACCOUNT("own-account", 403),
        NOT_AT_LEVEL_2("not-at-level-2", 409),
        SAME_OFFICER("same-officer", 409),
        REASON_REQUIRED("reason-required", 422),
        INVALID_DECISION("invalid-decision", 422);

        private final String key;
        private final int status;

        Kind(String key, int status) {
            this.key = key;
            this.status = status;
        }

        public String key() {
            return key;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public ReviewRefused(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
