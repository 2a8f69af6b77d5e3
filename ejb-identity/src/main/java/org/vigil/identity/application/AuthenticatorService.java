package org.vigil.identity.application;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

/** Enrolling the devices that hold people's keys, and recognising them when they call. */
@Local
public interface AuthenticatorService {

    /** Binds the key proven by {@code proof} to the account the enrollment code was issued for. */
    AuthenticatorView enroll(String enrollmentCode, String name, String proof, String clientAddress);

    /** Checks a device assertion for one request (method and full URL on the issuer). */
    DevicePrincipal authenticate(String assertion, String method, String url);

    List<AuthenticatorView> list(DevicePrincipal caller);

    AuthenticatorView rename(DevicePrincipal caller, UUID authenticatorId, String name);

    /** Revokes one of the caller's own authenticators and, in the same transaction, the signing certificates of its key. */
    void revoke(DevicePrincipal caller, UUID authenticatorId, String clientAddress);

    /** The ids of the account's authenticators that can still sign: where the push server delivers. */
    List<UUID> activeAuthenticatorIds(UUID accountId);

    /** A fresh enrollment code for an account (another device of the person, an admin, the demo). */
    String issueEnrollmentCode(DevicePrincipal caller);
}
