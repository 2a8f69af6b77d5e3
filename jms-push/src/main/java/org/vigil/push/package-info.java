/**
 * Push: carries notifications from the other contexts to people's devices. Senders put a
 * message on the persistent push queue; consumers deliver it over the device's channels
 * (WebSocket, Web Push, FCM/APNs) at least once, with retries and a dead-letter queue.
 */
package org.vigil.push;
