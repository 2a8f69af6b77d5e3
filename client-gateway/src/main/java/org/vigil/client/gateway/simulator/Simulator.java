package org.vigil.client.gateway.simulator;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.vigil.client.gateway.gatt.CurrentTimeParser;
import org.vigil.client.gateway.gatt.GattParseException;
import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.measurement.Measurement;
import org.vigil.client.gateway.outbox.OutboxFullException;

/**
 * Simulated patients feeding their devices' GATT values into the gateway's intake, exactly as
 * the BLE layer does with real devices.
 */
public final class Simulator {

    private static final System.Logger LOG = System.getLogger(Simulator.class.getName());

    private final List<SimulatedPatient> patients;
    private final GattIntake intake;
    private final Clock clock;
    private final ZoneId zone;
    private final AtomicLong values = new AtomicLong();
    private final AtomicLong measurements = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final Consumer<List<Measurement>> stored;

    public Simulator(int patients, long seed, GattIntake intake, Clock clock, ZoneId zone) {
        this(patients, seed, intake, clock, zone, m -> { });
    }

    /** @param stored told of the measurements stored in the outbox, for a test that accounts for each one */
    public Simulator(int patients, long seed, GattIntake intake, Clock clock, ZoneId zone, Consumer<List<Measurement>> stored) {
        this.patients = IntStream.rangeClosed(1, patients).mapToObj(n -> new SimulatedPatient(n, seed)).toList();
        this.intake = intake;
        this.clock = clock;
        this.zone = zone;
        this.stored = stored;
    }

    /** Every patient's devices connect: the gateway learns their clocks. */
    public void connect() {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
        patients.forEach(p -> p.connect(now).forEach(this::deliver));
    }

    /** One simulated second for every patient. */
    public void tick() {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
        patients.forEach(p -> p.tick(now).forEach(this::deliver));
    }

    public List<SimulatedPatient> patients() {
        return patients;
    }

    /** Characteristic values delivered, measurements stored, values the outbox refused. */
    public long values() {
        return values.get();
    }

    public long measurements() {
        return measurements.get();
    }

    public long refused() {
        return refused.get();
    }

    private void deliver(Emission e) {
        values.incrementAndGet();
        try {
            if (e.characteristic().equals(CurrentTimeParser.CHARACTERISTIC)) {
                intake.currentTime(e.device(), e.value());
            } else {
                List<Measurement> received = intake.receive(e.device(), e.characteristic(), e.value());
                measurements.addAndGet(received.size());
                stored.accept(received);
            }
        } catch (OutboxFullException full) {
            refused.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "{0}: {1}", e.device(), full.getMessage());
        } catch (GattParseException bug) {
            // the simulator writes what the parsers read: this is a bug in one of them
            throw new IllegalStateException("simulated value did not parse", bug);
        }
    }
}
