package org.vigil.care.application.internal;

/** Fired inside a transaction that appended to the live log; observed once it committed. */
record LiveEventsCommitted(long lastId) {
}
