package org.vigil.client.sdk.authenticator.cli;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.vigil.client.sdk.authenticator.AuthenticatorClient;
import org.vigil.client.sdk.prescriptions.DeliveryTask;
import org.vigil.client.sdk.push.PushConnection;

/**
 * The nurse's list of prescriptions to pick up (ready at their pharmacy) and to deliver (picked
 * up by her). With {@code --wait}, waits until there is one: a pharmacy marking a prescription
 * ready pushes {@code prescription-ready} to the patient's nurses; polling covers a push missed.
 */
final class DeliveriesCommand implements Command {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofSeconds(5);

    @Override
    public String synopsis() {
        return "deliveries [--wait] [--timeout 60s]";
    }

    @Override
    public String summary() {
        return "list the prescriptions to pick up and to deliver; --wait until one is ready";
    }

    @Override
    public Set<String> options() {
        return Set.of("wait", "timeout");
    }

    @Override
    public ExitCode run(CliContext context) {
        Arguments arguments = context.arguments();
        arguments.operands("deliveries");
        AuthenticatorClient client = context.enrolledClient();
        List<DeliveryTask> tasks = client.deliveries();
        if (tasks.isEmpty() && arguments.flag("wait")) {
            tasks = await(client, arguments.duration("timeout", DEFAULT_TIMEOUT), context);
        }
        if (tasks.isEmpty()) {
            context.out().println("Nothing to pick up or deliver.");
            return arguments.flag("wait") ? ExitCode.TIMEOUT : ExitCode.OK;
        }
        for (DeliveryTask task : tasks) {
            String what = "ready".equals(task.status()) ? "Pick up" : "Deliver";
            context.out().println(what + " " + TerminalText.safe(task.number()) + " for " + TerminalText.safe(task.patientName())
                    + " at " + TerminalText.safe(task.pharmacyName()) + ", " + TerminalText.safe(task.pharmacyAddress()) + ": "
                    + TerminalText.safe(String.join("; ", task.items())) + "  id " + TerminalText.safe(task.prescriptionId()));
        }
        return ExitCode.OK;
    }

    private static List<DeliveryTask> await(AuthenticatorClient client, Duration timeout, CliContext context) {
        long deadline = System.nanoTime() + timeout.toNanos();
        CountDownLatch ready = new CountDownLatch(1);
        try (PushConnection push = PushConnection.open(client, message -> {
            if ("prescription-ready".equals(message.kind())) {
                context.out().println("Pushed: prescription " + TerminalText.safe(message.payload().path("number").asText())
                        + " is ready at " + TerminalText.safe(message.payload().path("pharmacy").asText()));
                ready.countDown();
            }
        })) {
            while (System.nanoTime() < deadline) {
                List<DeliveryTask> tasks = client.deliveries();
                if (!tasks.isEmpty()) {
                    return tasks;
                }
                long wait = Math.min(POLL.toNanos(), deadline - System.nanoTime());
                if (wait > 0 && ready.await(wait, TimeUnit.NANOSECONDS)) {
                    return client.deliveries();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
