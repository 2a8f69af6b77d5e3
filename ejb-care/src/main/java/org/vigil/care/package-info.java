/**
 * Care: patients and their care teams, the gateways in their homes and the stations that watch
 * them, supervisors' assignments, observations (vitals) and the alerts raised on them,
 * prescriptions on their way to the pharmacy, and nurses' pickups.
 */
package org.vigil.care;
