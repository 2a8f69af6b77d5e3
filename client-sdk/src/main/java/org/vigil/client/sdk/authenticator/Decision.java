package org.vigil.client.sdk.authenticator;

/** What the person decided about an approval request, with its name on the wire. */
public enum Decision {
    APPROVE("approve"),
    DENY("deny");

    private final String wireName;

    Decision(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
