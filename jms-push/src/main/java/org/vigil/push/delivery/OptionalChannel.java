package org.vigil.push.delivery;

/** A channel that takes part only where its credentials are configured (FCM, APNs). */
public interface OptionalChannel extends PushChannel {

    boolean enabled();
}
