package org.vigil.identity.application;

import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.identity.domain.Channel;

/** KYC level 1: sign up with name, email and phone, and confirm both with one-time codes. */
@Local
public interface SignUpService {

    /** Creates a pending account and sends a code to its email and one to its phone. */
    SignUpStatus start(SignUpRequest request, String clientAddress);

    /** Checks a code; the confirmation that completes both channels reaches level 1. */
    SignUpStatus confirm(UUID signUpId, Channel channel, String code);

    /** Sends a new code to one channel, replacing the previous one. */
    SignUpStatus resend(UUID signUpId, Channel channel, String clientAddress);

    SignUpStatus status(UUID signUpId);
}
