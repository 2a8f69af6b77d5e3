package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.CrashSystemExtension;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.ManagementCli;
import org.vigil.it.support.RxScene;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * WildFly is killed with SIGKILL while signed prescriptions sit on the routing queue (its
 * consumer stopped through the management API); after the restart each one arrives in its
 * pharmacy exactly once. On the crash tests' system ({@link CrashSystemExtension}), so the
 * other tests never see the crash.
 */
// crash safety is a production property: it runs once, on PostgreSQL (docs/decisions.md, "Which pass runs the crash tests")
@Tag("postgresql-only")
@ExtendWith(CrashSystemExtension.class)
class PrescriptionCrashIT {

    private static final int PRESCRIPTIONS = 3;
    private static final String QUEUE = "/subsystem=messaging-activemq/server=default/jms-queue=vigil.prescriptions";
    private static final String CONSUMER = "/deployment=vigil.ear/subdeployment=vigil-war-api.war/subsystem=ejb3"
            + "/message-driven-bean=PrescriptionRoutingConsumer";

    @Test
    void prescriptionsOnTheQueueWhenTheServerIsKilledEachArriveOnceAfterTheRestart(VigilSystem system) {
        WildFlyServer server = system.server();
        RxScene scene = RxScene.create(server, system.mail());
        CareStaff doctor = CareStaff.login(server, system.mail(), "doctor");
        scene.setup().joinCareTeam(scene.patientId(), doctor.accountId(), "doctor");
        ManagementCli.run(server, CONSUMER + ":stop-delivery");

        List<String> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < PRESCRIPTIONS; i++) {
            JsonNode draft = scene.ok(scene.call("POST", "/api/v1/prescriptions", RxScene.draft(scene.patientId(), "Drug " + i),
                    doctor.accessToken()), 201);
            ids.add(draft.get("id").asText());
            numbers.add(draft.get("number").asText());
        }
        scene.ok(scene.call("POST", "/api/v1/prescriptions/signing-requests", Map.of("prescriptions", ids), doctor.accessToken()), 202);
        scene.approveSigning(doctor.device(), "Sign " + PRESCRIPTIONS + " documents");
        for (String id : ids) {
            assertThat(scene.prescription(id, doctor.accessToken()).get("status").asText()).isEqualTo("signed");
        }
        assertThat(ManagementCli.run(server, QUEUE + ":read-attribute(name=message-count)"))
                .as("the signed prescriptions sit on the queue").contains("\"result\" => " + PRESCRIPTIONS + "L");

        server.kill();
        server.restart();

        // access tokens live five minutes: the pharmacy looks with a token of after the restart
        CareStaff pharmacist = CareStaff.login(server, system.mail(), "pharmacist");
        scene.ok(scene.setup().adminPost("/api/v1/admin/pharmacies/" + scene.pharmacyId() + "/pharmacists",
                Map.of("accountId", pharmacist.accountId())), 200);
        for (String id : ids) {
            JsonNode arrived = scene.awaitStatus(id, "received", pharmacist.accessToken(), Duration.ofSeconds(180));
            assertThat(arrived.get("history").findValuesAsText("status")).as("received once")
                    .containsExactly("draft", "signing", "signed", "received");
        }
        JsonNode inbox = scene.ok(scene.call("GET", "/api/v1/pharmacies/" + scene.pharmacyId() + "/prescriptions", null,
                pharmacist.accessToken()), 200);
        assertThat(inbox.findValuesAsText("number")).containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(ManagementCli.run(server, QUEUE + ":read-attribute(name=message-count)")).contains("\"result\" => 0L");
    }
}
