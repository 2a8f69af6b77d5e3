package org.vigil.care.domain.call;

/** A step the call's state does not allow (accepting a call that was missed, hanging up twice). */
public class CallTransitionException extends RuntimeException {

    private final CallState state;

    public CallTransitionException(CallState state, String step) {
        super("a call that is " + state.wire() + " cannot be " + step);
        this.state = state;
    }

    public CallState state() {
        return state;
    }
}
