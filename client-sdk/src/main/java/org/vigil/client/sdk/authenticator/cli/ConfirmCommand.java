package org.vigil.client.sdk.authenticator.cli;

import java.util.Set;

import org.vigil.client.sdk.authenticator.AuthenticatorClient;
import org.vigil.client.sdk.authenticator.CourierConfirmation;
import org.vigil.client.sdk.prescriptions.DeliveryTask;
import org.vigil.client.sdk.prescriptions.Prescription;

/**
 * The nurse confirms a pickup at the pharmacy or a delivery at the patient's home: the
 * prescription is shown, then her device signs the confirmation of that step and sends it.
 */
final class ConfirmCommand implements Command {

    private final String step;

    ConfirmCommand(String step) {
        this.step = step;
    }

    private String name() {
        return CourierConfirmation.PICKED_UP.equals(step) ? "confirm-pickup" : "confirm-delivery";
    }

    @Override
    public String synopsis() {
        return name() + " PRESCRIPTION_ID";
    }

    @Override
    public String summary() {
        return CourierConfirmation.PICKED_UP.equals(step) ? "sign that you picked up the prescription at its pharmacy"
                : "sign that you delivered the prescription to the patient";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public ExitCode run(CliContext context) {
        String id = context.arguments().operands(name(), "PRESCRIPTION_ID").get(0);
        AuthenticatorClient client = context.enrolledClient();
        String expected = CourierConfirmation.PICKED_UP.equals(step) ? "ready" : "picked-up";
        DeliveryTask task = client.deliveries().stream().filter(t -> id.equals(t.prescriptionId()) && expected.equals(t.status()))
                .findFirst().orElseThrow(() -> new CliFailure(ExitCode.REFUSED, "no prescription " + TerminalText.safe(id) + " to "
                        + (CourierConfirmation.PICKED_UP.equals(step) ? "pick up" : "deliver") + " for you"));
        context.out().println("Prescription " + TerminalText.safe(task.number()) + " for " + TerminalText.safe(task.patientName())
                + " from " + TerminalText.safe(task.pharmacyName()) + ": " + TerminalText.safe(String.join("; ", task.items()))
                + "  sha256 " + TerminalText.safe(task.signedSha256()));
        Prescription done = client.confirm(task, step);
        context.out().println("Confirmed: " + TerminalText.safe(done.number()) + " is " + TerminalText.safe(done.status()));
        return ExitCode.OK;
    }
}
