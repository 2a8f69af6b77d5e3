package org.vigil.care.infrastructure.jdbc;

/** The database refused or lost an ingest write; the batch is not acknowledged and may be retried. */
public class ObservationStoreException extends RuntimeException {

    public ObservationStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
