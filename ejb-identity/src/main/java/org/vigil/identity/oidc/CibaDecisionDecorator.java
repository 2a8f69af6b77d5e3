package org.vigil.identity.oidc;

import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.vigil.identity.application.ApprovalService;
import org.vigil.identity.application.DevicePrincipal;

/**
 * Announces every decision, whichever way it reached {@link ApprovalService} (the REST API, the
 * push channel), inside the deciding transaction, so that {@link CibaNotifier} can tell a ping
 * or push client once it commits. The approval service itself stays ignorant of CIBA.
 */
@Decorator
@Dependent
@Priority(2000) // Interceptor.Priority.APPLICATION
public abstract class CibaDecisionDecorator implements ApprovalService {

    @Inject
    @Delegate
    @Any
    ApprovalService delegate;

    @Inject
    Event<ApprovalDecided> decided;

    @Override
    public void decide(DevicePrincipal caller, UUID requestId, String decision, String signature, String clientAddress) {
        delegate.decide(caller, requestId, decision, signature, clientAddress);
        decided.fire(new ApprovalDecided(requestId));
    }
}
