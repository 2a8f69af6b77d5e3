package org.vigil.care.application;

/**
 * A call that has just started ringing, with what the gateway's screen needs beyond the record: the
 * calling station's name (the patient reads it) and whether the patient's gateway answers by itself
 * (the patient's auto-answer setting, read as the call starts).
 */
public record RingingCall(CallView call, String stationName, boolean autoAnswer) {
}
