package org.vigil.client.station.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.vigil.client.sdk.care.LatestVital;
import org.vigil.client.sdk.care.News2Score;
import org.vigil.client.sdk.care.PatientCard;

/**
 * What the station knows about one assigned patient: who they are, the newest value of each kind
 * with the one before it (for the trend), NEWS2 as the server last scored it, and the open alerts.
 * Plain state, changed on the FX thread; the tile only draws it.
 */
public final class PatientWatch {

    /** One kind's newest value and the value before it. */
    public record Reading(String kind, double value, String unit, Instant measuredAt, Trend trend) {
    }

    /** Enough for a reconnect's replay to be checked, bounded so a station running for weeks does not grow. */
    static final int ARRIVALS_KEPT = 1_000;

    private final String patientId;
    private PatientCard card;
    private final Map<String, Reading> readings = new LinkedHashMap<>();
    private final Map<String, OpenAlert> alerts = new LinkedHashMap<>();
    /** Alerts the feed said were acknowledged or closed: a list read over REST before that must not bring them back. */
    private final Set<String> settled = new HashSet<>();
    /** The measurement ids the feed delivered lately, in arrival order, duplicates kept: what reached this station. */
    private final Deque<String> arrived = new ArrayDeque<>();

    public PatientWatch(String patientId) {
        this.patientId = patientId;
    }

    public String patientId() {
        return patientId;
    }

    public Optional<PatientCard> card() {
        return Optional.ofNullable(card);
    }

    public void card(PatientCard card) {
        this.card = card;
    }

    public String name() {
        return card == null ? "Patient " + patientId.substring(0, 8) : card.displayName();
    }

    public Optional<Integer> age(LocalDate today) {
        return card().map(c -> c.ageOn(today));
    }

    /** A value from the feed or from a reload: kept if it is newer than what is shown. */
    public void observe(String kind, double value, String unit, Instant measuredAt) {
        Reading before = readings.get(kind);
        if (before != null && !measuredAt.isAfter(before.measuredAt())) {
            return;
        }
        readings.put(kind, new Reading(kind, value, unit, measuredAt, Trend.between(before == null ? null : before.value(), value)));
    }

    /** The newest {@value #ARRIVALS_KEPT} measurement ids the feed delivered, oldest first. */
    public List<String> arrived() {
        return List.copyOf(arrived);
    }

    /** A measurement the feed delivered (not a reload): remembered so a replay's duplicate would show. */
    void arrived(String measurementId) {
        if (arrived.size() == ARRIVALS_KEPT) {
            arrived.removeFirst();
        }
        arrived.addLast(measurementId);
    }

    public void reload(List<LatestVital> latest) {
        latest.forEach(v -> observe(v.kind(), v.value(), v.unit(), v.measuredAt()));
    }

    /** The readings in the order tiles show them. */
    public List<Reading> readings() {
        List<Reading> out = new ArrayList<>();
        VitalKinds.SHOWN.forEach(k -> Optional.ofNullable(readings.get(k.code())).ifPresent(out::add));
        readings.values().stream().filter(r -> VitalKinds.of(r.kind()).isEmpty()).forEach(out::add);
        return out;
    }

    public Optional<Reading> reading(String kind) {
        return Optional.ofNullable(readings.get(kind));
    }

    public Optional<Instant> lastValueAt() {
        return readings.values().stream().map(Reading::measuredAt).max(Comparator.naturalOrder());
    }

    /** Stale: nothing new for longer than {@code staleAfter}, or the server says the gateway is silent. */
    public boolean stale(Instant now, Duration staleAfter) {
        boolean serverSaysSo = alerts.values().stream().anyMatch(a -> a.condition().startsWith("stale:"));
        return serverSaysSo || lastValueAt().map(t -> Duration.between(t, now).compareTo(staleAfter) > 0).orElse(false);
    }

    /** An alert step from the feed: open alerts stay, acknowledged, cleared and closed ones leave. */
    public void alertStep(OpenAlert alert) {
        switch (alert.state()) {
            case "acknowledged", "closed" -> {
                alerts.remove(alert.alertId());
                settled.add(alert.alertId());
            }
            default -> alerts.put(alert.alertId(), alert);
        }
    }

    /**
     * The open alerts as the server listed them (at start, or after a replay that could not be
     * complete): they replace what the station knew, except those the feed has settled since.
     */
    public void reloadAlerts(List<OpenAlert> open) {
        alerts.clear();
        open.stream().filter(a -> !settled.contains(a.alertId())).forEach(a -> alerts.put(a.alertId(), a));
    }

    public List<OpenAlert> alerts() {
        return alerts.values().stream().sorted(Comparator.comparingInt(OpenAlert::rank).reversed()).toList();
    }

    public Optional<News2Score> news2() {
        return card().map(PatientCard::news2);
    }

    public void news2(News2Score score) {
        if (card != null && score != null) {
            card = new PatientCard(card.patientId(), card.familyName(), card.givenName(), card.birthDate(), card.sex(), card.spo2Scale(), score);
        }
    }

    /** NEWS2 in words: never a plain band when parameters are missing. */
    public String news2Text() {
        return news2().map(PatientWatch::describe).orElse("NEWS2 not scored yet");
    }

    public static String describe(News2Score s) {
        String band = s.band() == null ? "" : " (" + s.band() + ")";
        if (s.partial()) {
            return "NEWS2 ≥" + s.total() + " partial — missing " + String.join(", ", s.missing().stream().map(m -> m.replace('-', ' ')).toList());
        }
        return "NEWS2 " + s.total() + band;
    }

    /** Highest first: open alarms, then any open alert, then NEWS2. */
    public int priority() {
        int alertRank = alerts.values().stream().mapToInt(OpenAlert::rank).max().orElse(0);
        int news = news2().map(s -> s.total() == null ? 0 : s.total()).orElse(0);
        return alertRank * 100 + news;
    }
}
