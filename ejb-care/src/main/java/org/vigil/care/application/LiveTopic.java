package org.vigil.care.application;

/**
 * The JMS topic on which committed live events are announced (text: the highest new event id).
 * Defined by the server configuration; stations' WebSocket endpoints listen to it.
 */
public final class LiveTopic {

    public static final String JNDI = "java:/jms/topic/vigil/care/live";

    private LiveTopic() {
    }
}
