package org.vigil.care.domain.observation;

/** What the server did with one uploaded measurement; {@link #wire()} is the API's word for it. */
public enum IngestStatus {
    /** Stored by this upload. */
    STORED("stored"),
    /** Already held from an earlier upload (or earlier in the same batch): nothing stored again. */
    DUPLICATE("duplicate"),
    /** Never to be stored; sending it again changes nothing. */
    REJECTED("rejected");

    private final String wire;

    IngestStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
