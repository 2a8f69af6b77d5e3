package org.vigil.api.push;

/** A message stored for delivery; its id is what receipts and the device's acknowledgement name. */
public record AcceptedMessage(String messageId) {
}
