package org.vigil.platform.signers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Local;

/**
 * What the document server needs to know and ask of the identity system, and nothing more: who
 * a signer is (verified name, KYC level), the keys of their authenticators, and an approval on
 * their device. Documents and identity must not depend on each other (architecture rule), so,
 * like {@link org.vigil.platform.certificates.AuthenticatorCertificates} the other way round, the
 * whole contract lives here: identity implements it, documents injects it with {@code @EJB}.
 * The implementation joins the caller's transaction, so an approval is recorded together with
 * the signatures it approves.
 */
@Local
public interface SignerDirectory {

    Optional<SignerFacts> signer(UUID accountId);

    /** The authenticator with this id, revoked or not. */
    Optional<SignerKey> authenticator(UUID authenticatorId);

    /** The person's authenticators that can still sign, newest first. */
    List<SignerKey> activeAuthenticators(UUID accountId);

    /** The account that holds this e-mail address, to share a document with a named person. */
    Optional<UUID> accountByEmail(String email);

    /**
     * Asks the person to approve a signature on their device (the fetchable approval request of
     * docs/authenticator-protocol.md); the answer is the request's id.
     */
    UUID requestApproval(UUID accountId, String bindingMessage, Duration lifetime);

    /**
     * Records the device's signed approval of that request, in the caller's transaction; refuses
     * (with the identity system's problem) a signature that does not match the request.
     */
    void recordApproval(SignerDevice device, UUID approvalId, String signedDecision, String clientAddress);

    /** Whether the person denied that approval request on their device (the requester is told so). */
    boolean denied(UUID approvalId);
}
