package org.vigil.push.application;

/** A queue message that no retry can turn into a deliverable notification. */
class PoisonMessageException extends Exception {

    PoisonMessageException(String reason) {
        super(reason);
    }
}
