package org.vigil.care.domain.news2;

/**
 * ACVPU, as NEWS2 assesses consciousness: Alert scores 0; new Confusion, or a response only to
 * Voice or Pain, or Unresponsive, all score 3.
 */
public enum Consciousness {
    ALERT, NEW_CONFUSION, VOICE, PAIN, UNRESPONSIVE;

    public int score() {
        return this == ALERT ? 0 : 3;
    }
}
