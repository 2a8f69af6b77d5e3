package org.vigil.identity.domain;

/** Where a one-time code goes: the two things a person proves control of at level 1. */
public enum Channel {
    EMAIL,
    PHONE
}
