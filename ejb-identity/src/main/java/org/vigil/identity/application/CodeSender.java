package org.vigil.identity.application;

/** Hands a one-time code to whatever carries it to a person: a mail server, an SMS gateway. */
public interface CodeSender {

    /** @throws DeliveryFailedException when the carrier refused or could not be reached */
    void send(String recipient, String code);
}
