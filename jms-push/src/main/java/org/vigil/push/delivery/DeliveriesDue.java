package org.vigil.push.delivery;

import java.util.List;
import java.util.UUID;

/** Deliveries a committed transaction made ready: the dispatcher tries them at once. */
public record DeliveriesDue(List<UUID> deliveryIds) {
}
