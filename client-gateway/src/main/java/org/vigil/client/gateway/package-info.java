/**
 * The patient gateway: reads BLE health devices, keeps every measurement in a durable outbox
 * and uploads it to the patient data server; also the patient's end of a video call.
 */
package org.vigil.client.gateway;
