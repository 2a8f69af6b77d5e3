package org.vigil.api.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.vigil.identity.oidc.ClientRegistry;

/**
 * Whether an OAuth client is one of Vigil's own applications (registered first-party), asked
 * once a minute per client and node: tokens name only registered clients, so the map stays as
 * small as the registry, and a client an admin disables or demotes is treated so within a minute.
 */
@ApplicationScoped
public class FirstPartyClients {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    @EJB
    ClientRegistry clients;

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    public boolean isFirstParty(String clientId) {
        Instant now = Instant.now();
        Answer answer = answers.get(clientId);
        if (answer == null || now.isAfter(answer.until())) {
            answer = new Answer(clients.isFirstParty(clientId), now.plus(REMEMBERED));
            answers.put(clientId, answer);
        }
        return answer.firstParty();
    }

    private record Answer(boolean firstParty, Instant until) {
    }
}
