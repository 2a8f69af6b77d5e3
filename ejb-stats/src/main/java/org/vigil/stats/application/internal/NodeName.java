package org.vigil.stats.application.internal;

/** The name WildFly gives this node: unique in a cluster, the host name by default. */
final class NodeName {

    private NodeName() {
    }

    static String current() {
        return System.getProperty("jboss.node.name", "standalone");
    }
}
