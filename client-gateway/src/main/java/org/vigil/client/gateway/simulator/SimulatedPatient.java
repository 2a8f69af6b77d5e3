package org.vigil.client.gateway.simulator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.vigil.client.gateway.gatt.CurrentTimeParser;
import org.vigil.client.gateway.gatt.MeasurementCharacteristic;

/**
 * One patient at home with a watch (heart rate every second, steps, battery), a cuff (blood
 * pressure every quarter hour) and an ear thermometer (every half hour). Each vital sign is a
 * mean-reverting random walk around the patient's own baseline, shifted by the time of day
 * (lowest in the small hours, highest in the afternoon, a morning blood-pressure surge), with
 * rare abnormal episodes: tachycardia, a hypertensive reading, a fever. The cuff and
 * thermometer clocks run a few minutes off, as real ones do.
 */
public final class SimulatedPatient {

    static final Duration BLOOD_PRESSURE_EVERY = Duration.ofMinutes(15);
    static final Duration TEMPERATURE_EVERY = Duration.ofMinutes(30);
    static final Duration STEPS_EVERY = Duration.ofMinutes(1);
    static final Duration BATTERY_EVERY = Duration.ofMinutes(10);

    private static final double EPISODE_CHANCE_PER_SECOND = 1.0 / (6 * 3600); // one every six hours or so

    private final SplittableRandom random;
    private final String watch;
    private final String cuff;
    private final String thermometer;
    private final Duration deviceClockSkew;
    private final double restingHeartRate;
    private final double baselineSystolic;
    private final double baselineDiastolic;
    private final double baselineTemperature;

    private long second;
    private double heartRate;
    private double systolic;
    private double diastolic;
    private double temperature;
    private long steps;
    private double battery = 100;
    private Episode episode;
    private int lastStepDay = -1;

    public SimulatedPatient(int number, long seed) {
        this.random = new SplittableRandom(seed ^ number * 0x9E3779B97F4A7C15L);
        String prefix = String.format("02:56:49:%02X:%02X:", number >> 8 & 0xFF, number & 0xFF);
        this.watch = prefix + "01";
        this.cuff = prefix + "02";
        this.thermometer = prefix + "03";
        this.deviceClockSkew = Duration.ofSeconds(random.nextLong(-600, 601));
        this.restingHeartRate = random.nextDouble(58, 82);
        this.baselineSystolic = random.nextDouble(108, 142);
        this.baselineDiastolic = random.nextDouble(66, 88);
        this.baselineTemperature = random.nextDouble(36.3, 36.9);
        this.heartRate = restingHeartRate;
        this.systolic = baselineSystolic;
        this.diastolic = baselineDiastolic;
        this.temperature = baselineTemperature;
    }

    public List<String> devices() {
        return List.of(watch, cuff, thermometer);
    }

    /** The cuff's and thermometer's Current Time, as the gateway reads it at connect. */
    public List<Emission> connect(ZonedDateTime now) {
        byte[] time = GattEncoder.currentTime(deviceClock(now));
        return List.of(new Emission(cuff, CurrentTimeParser.CHARACTERISTIC, time),
                new Emission(thermometer, CurrentTimeParser.CHARACTERISTIC, time));
    }

    /** One simulated second at wall-clock time {@code now} in the gateway's zone: what the devices send during it. */
    public List<Emission> tick(ZonedDateTime now) {
        second++;
        double hour = now.getHour() + now.getMinute() / 60.0;
        maybeStartEpisode();
        List<Emission> out = new ArrayList<>();

        heartRate = walk(heartRate, restingHeartRate + circadian(hour, 15, 7) + episodeOffset(Episode.Kind.TACHYCARDIA, 50), 0.05, 1.2);
        int bpm = (int) Math.round(Math.max(35, heartRate));
        out.add(new Emission(watch, MeasurementCharacteristic.HEART_RATE_MEASUREMENT.uuid(),
                GattEncoder.heartRate(bpm, List.of(rrInterval1024ths(bpm)))));

        if (every(STEPS_EVERY)) {
            if (now.getDayOfYear() != lastStepDay) {
                steps = 0; // the watch starts counting again at midnight
                lastStepDay = now.getDayOfYear();
            }
            boolean awake = hour >= 7 && hour < 22;
            steps += awake ? random.nextLong(0, 120) : random.nextLong(0, 3);
            out.add(new Emission(watch, MeasurementCharacteristic.INFINITIME_STEP_COUNT.uuid(), GattEncoder.uint32(steps)));
        }
        if (every(BATTERY_EVERY)) {
            battery = battery <= 15 ? 100 : battery - random.nextDouble(0, 1.5);
            out.add(new Emission(watch, MeasurementCharacteristic.BATTERY_LEVEL.uuid(), GattEncoder.uint8((int) battery)));
        }
        if (every(BLOOD_PRESSURE_EVERY)) {
            double surge = hour >= 6 && hour < 10 ? 8 : 0;
            systolic = walk(systolic, baselineSystolic + circadian(hour, 14, 6) + surge, 0.3, 5);
            diastolic = walk(diastolic, baselineDiastolic + circadian(hour, 14, 4) + surge / 2, 0.3, 3);
            int sys = (int) Math.round(systolic + episodeOffset(Episode.Kind.HYPERTENSIVE, 55));
            int dia = (int) Math.round(Math.min(sys - 20, diastolic + episodeOffset(Episode.Kind.HYPERTENSIVE, 30)));
            int mean = (int) Math.round(dia + (sys - dia) / 3.0);
            out.add(new Emission(cuff, MeasurementCharacteristic.BLOOD_PRESSURE_MEASUREMENT.uuid(),
                    GattEncoder.bloodPressure(sys, dia, mean, deviceClock(now), bpm, random.nextDouble() < 0.02)));
        }
        if (every(TEMPERATURE_EVERY)) {
            temperature = walk(temperature, baselineTemperature + circadian(hour, 18, 0.35)
                    + episodeOffset(Episode.Kind.FEVER, 2.2), 0.4, 0.08);
            out.add(new Emission(thermometer, MeasurementCharacteristic.TEMPERATURE_MEASUREMENT.uuid(),
                    GattEncoder.bodyTemperature(Math.round(temperature * 10) / 10.0, deviceClock(now))));
        }
        return out;
    }

    /** The abnormal episode going on, if any. */
    public Optional<Episode.Kind> episode() {
        return episode == null ? Optional.empty() : Optional.of(episode.kind());
    }

    void startEpisode(Episode.Kind kind) {
        long length = switch (kind) {
            case TACHYCARDIA -> random.nextLong(120, 600);
            case HYPERTENSIVE -> BLOOD_PRESSURE_EVERY.toSeconds() * 2;
            case FEVER -> random.nextLong(3 * 3600, 8 * 3600);
        };
        episode = new Episode(kind, second + length);
    }

    private void maybeStartEpisode() {
        if (episode != null && second >= episode.untilSecond()) {
            episode = null;
        }
        if (episode == null && random.nextDouble() < EPISODE_CHANCE_PER_SECOND) {
            startEpisode(Episode.Kind.values()[random.nextInt(Episode.Kind.values().length)]);
        }
    }

    private double episodeOffset(Episode.Kind kind, double offset) {
        return episode != null && episode.kind() == kind ? offset : 0;
    }

    /** A cosine over the day peaking at {@code peakHour}, ± {@code amplitude}. */
    private static double circadian(double hour, double peakHour, double amplitude) {
        return amplitude * Math.cos(2 * Math.PI * (hour - peakHour) / 24);
    }

    /** One step of a mean-reverting random walk towards {@code target}. */
    private double walk(double value, double target, double pull, double noise) {
        return value + pull * (target - value) + random.nextGaussian() * noise;
    }

    private int rrInterval1024ths(int bpm) {
        double seconds = 60.0 / bpm * (1 + random.nextGaussian() * 0.03); // heart rate variability
        return (int) Math.round(Math.max(0.25, seconds) * 1024);
    }

    /** True in the first second (a device sends its latest value on connect) and every period after. */
    private boolean every(Duration period) {
        return (second - 1) % period.toSeconds() == 0;
    }

    private LocalDateTime deviceClock(ZonedDateTime now) {
        return now.toLocalDateTime().plus(deviceClockSkew);
    }
}
