/**
 * The stations: one JavaFX desktop program whose mode comes from how the station was enrolled
 * (monitoring for doctors and nurses, supervisor for supervisors; room is left for the KYC
 * officer's mode). Views are thin; the state they show lives in plain classes ({@code monitor.Ward},
 * {@code live.ConnectionState}, {@code signin.Refusals}) that unit tests drive; every server call goes
 * through {@code client-sdk}.
 */
package org.vigil.client.station;
