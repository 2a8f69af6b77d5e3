/**
 * The desktop stations: a doctor's monitoring station, a supervisor's assignment station and a
 * KYC officer's in-person verification station, as modes of one program.
 */
package org.vigil.client.station;
