package org.vigil.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.junit.jupiter.api.Test;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;

/** The platform's audit port, as the modules that may not know identity (care) write to the trail through it. */
class DefaultAuditRecorderTest {

    @Test
    void aRecordReachesTheTrailAsItWasGivenAsASuccess() {
        List<String> trail = new ArrayList<>();
        DefaultAuditRecorder recorder = new DefaultAuditRecorder();
        recorder.trail = new AuditTrail() {
            @Override
            public void record(String actor, String action, String target, AuditEvent.Outcome outcome, String clientAddress, String details) {
                trail.add(String.join("|", actor, action, String.valueOf(target), outcome.name(), String.valueOf(clientAddress),
                        String.valueOf(details)));
            }

            @Override
            public void recordRefusal(String actor, String action, String target, String clientAddress, String reason) {
                trail.add("refused");
            }
        };

        recorder.record("account:4f1c", "assignment.assign", "patient:9a7e", "192.0.2.10", "assignment 7 station 3b2d");
        recorder.record("account:4f1c", "supervision.board", null, "192.0.2.10", "2 patients, 1 stations");

        assertThat(trail).containsExactly("account:4f1c|assignment.assign|patient:9a7e|SUCCESS|192.0.2.10|assignment 7 station 3b2d",
                "account:4f1c|supervision.board|null|SUCCESS|192.0.2.10|2 patients, 1 stations");
    }

    @Test
    void aRecordCommitsWithTheChangeItRecordsOrNotAtAll() throws NoSuchMethodException {
        TransactionAttribute attribute = DefaultAuditRecorder.class
                .getMethod("record", String.class, String.class, String.class, String.class, String.class)
                .getAnnotation(TransactionAttribute.class);

        assertThat(attribute.value()).as("the caller's transaction, which must exist").isEqualTo(TransactionAttributeType.MANDATORY);
    }
}
