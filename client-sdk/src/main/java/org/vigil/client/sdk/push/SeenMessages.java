package org.vigil.client.sdk.push;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ids handed to the application lately: a redelivered message is acknowledged, not shown twice. */
final class SeenMessages {

    private final Map<String, Boolean> ids;

    SeenMessages(int capacity) {
        this.ids = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return true the first time an id is seen */
    synchronized boolean firstTime(String id) {
        return ids.put(id, Boolean.TRUE) == null;
    }

    /** The application failed on it: let a redelivery try again. */
    synchronized void forget(String id) {
        ids.remove(id);
    }
}
