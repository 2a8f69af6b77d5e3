package org.vigil.care.fhir;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.Observation;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.observation.VitalSign;
import org.vigil.care.domain.series.Bucket;
import org.vigil.care.domain.series.Cursor;
import org.vigil.care.domain.series.CursorCodec;
import org.vigil.care.domain.series.InvalidCursorException;
import org.vigil.care.domain.series.ObservationSeries;
import org.vigil.care.domain.series.StoredVitalSign;
import org.vigil.care.domain.series.VitalSignPage;
import org.vigil.care.domain.series.VitalSigns;

/**
 * Answers FHIR Observation searches and reads from the stored series. A search pages through
 * its streams one after the other ({@link ObservationStream}'s order), each oldest first; the
 * page token names the stream and the signed position in it, bound to the query.
 *
 * <p>Heart-rate minutes are the minutes whose start lies in the searched range, so a minute
 * starting just before {@code le} holds values measured after it: the minute's own time is what a
 * search on {@code date} compares.
 */
public final class FhirObservationSearch {

    public static final Duration MINUTE = Duration.ofMinutes(1);
    private static final String MINUTE_ID = "hr-";

    private final VitalSigns signs;
    private final ObservationSeries series;
    private final CursorCodec tokens;
    private final FhirObservationMapper mapper = new FhirObservationMapper();

    public FhirObservationSearch(VitalSigns signs, ObservationSeries series, CursorCodec tokens) {
        this.signs = signs;
        this.series = series;
        this.tokens = tokens;
    }

    /** @throws InvalidCursorException when the page token was altered or belongs to another query */
    public ObservationSearchPage search(ObservationQuery query, Optional<String> pageToken) {
        List<ObservationStream> streams = List.copyOf(query.streams());
        int index = 0;
        Optional<Cursor> cursor = Optional.empty();
        if (pageToken.isPresent()) {
            String token = pageToken.get();
            int dot = token.indexOf('.');
            ObservationStream stream;
            try {
                stream = ObservationStream.valueOf(token.substring(0, Math.max(dot, 0)));
            } catch (IllegalArgumentException e) {
                throw new InvalidCursorException("the page token names no stream");
            }
            index = streams.indexOf(stream);
            if (index < 0) {
                throw new InvalidCursorException("the page token belongs to another query");
            }
            cursor = Optional.of(tokens.decode(token.substring(dot + 1), query.patientId(), query.signature() + "|" + stream));
        }
        List<Observation> found = new ArrayList<>();
        for (int i = index; i < streams.size(); i++) {
            ObservationStream stream = streams.get(i);
            int room = query.count() - found.size();
            Optional<Cursor> next = fetch(stream, query, i == index ? cursor : Optional.empty(), room, found);
            if (next.isPresent()) {
                return new ObservationSearchPage(found, Optional.of(token(query, stream, next.get())));
            }
            if (found.size() >= query.count() && i + 1 < streams.size()) {
                return new ObservationSearchPage(found, Optional.of(token(query, streams.get(i + 1), new Cursor(query.from(), Long.MIN_VALUE))));
            }
        }
        return new ObservationSearchPage(found, Optional.empty());
    }

    /**
     * One Observation by its id: a stored value's measurement id (the systolic one for a blood
     * pressure panel), or a heart-rate minute's {@code hr-<patient>-<minute>}.
     */
    public Optional<Observation> read(String id) {
        if (id.startsWith(MINUTE_ID)) {
            return minute(id);
        }
        UUID measurementId;
        try {
            measurementId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return signs.byMeasurementId(measurementId).flatMap(row -> switch (row.sign().kind()) {
            case SYSTOLIC_PRESSURE -> panel(row.sign());
            case HEART_RATE, DIASTOLIC_PRESSURE, MEAN_PRESSURE -> Optional.empty();
            default -> mapper.toFhir(row.sign());
        });
    }

    /** The patient an Observation id refers to, without reading it: what the access check needs first. */
    public Optional<UUID> patientOf(String id) {
        if (id.startsWith(MINUTE_ID)) {
            return minuteId(id).map(MinuteId::patientId);
        }
        try {
            return signs.byMeasurementId(UUID.fromString(id)).map(row -> row.sign().patientId());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Cursor> fetch(ObservationStream stream, ObservationQuery query, Optional<Cursor> after, int room, List<Observation> into) {
        return switch (stream) {
            case HEART_RATE_PER_MINUTE -> minutes(query, after, room, into);
            case BLOOD_PRESSURE -> panels(query, after, room, into);
            default -> {
                VitalSignPage page = signs.page(query.patientId(), stream.kind(), query.from(), query.to(), after, room);
                page.rows().forEach(row -> mapper.toFhir(row.sign()).ifPresent(into::add));
                yield page.next();
            }
        };
    }

    private Optional<Cursor> minutes(ObservationQuery query, Optional<Cursor> after, int room, List<Observation> into) {
        Instant start = ceilToMinute(after.map(Cursor::measuredAt).filter(t -> t.isAfter(query.from())).orElse(query.from()));
        if (!start.isBefore(query.to())) {
            return Optional.empty();
        }
        List<Bucket> buckets = series.downsample(query.patientId(), VitalKind.HEART_RATE, start, query.to(), MINUTE);
        buckets.stream().limit(room).forEach(b -> into.add(mapper.heartRateAggregate(query.patientId(), b, MINUTE)));
        return buckets.size() > room ? Optional.of(new Cursor(buckets.get(room - 1).start().plus(MINUTE), 0)) : Optional.empty();
    }

    private Optional<Cursor> panels(ObservationQuery query, Optional<Cursor> after, int room, List<Observation> into) {
        VitalSignPage page = signs.page(query.patientId(), VitalKind.SYSTOLIC_PRESSURE, query.from(), query.to(), after, room);
        if (page.rows().isEmpty()) {
            return page.next();
        }
        Instant first = page.rows().get(0).sign().measuredAt();
        Instant last = page.rows().get(page.rows().size() - 1).sign().measuredAt();
        Map<Instant, VitalSign> diastolic = byTime(signs.between(query.patientId(), VitalKind.DIASTOLIC_PRESSURE, first, last));
        Map<Instant, VitalSign> mean = byTime(signs.between(query.patientId(), VitalKind.MEAN_PRESSURE, first, last));
        for (StoredVitalSign row : page.rows()) {
            VitalSign systolic = row.sign();
            VitalSign d = diastolic.get(systolic.measuredAt());
            if (d != null) {
                into.add(mapper.bloodPressure(systolic, d, Optional.ofNullable(mean.get(systolic.measuredAt()))));
            }
        }
        return page.next();
    }

    private Optional<Observation> panel(VitalSign systolic) {
        Map<Instant, VitalSign> diastolic = byTime(signs.between(systolic.patientId(), VitalKind.DIASTOLIC_PRESSURE, systolic.measuredAt(), systolic.measuredAt()));
        Map<Instant, VitalSign> mean = byTime(signs.between(systolic.patientId(), VitalKind.MEAN_PRESSURE, systolic.measuredAt(), systolic.measuredAt()));
        return Optional.ofNullable(diastolic.get(systolic.measuredAt()))
                .map(d -> mapper.bloodPressure(systolic, d, Optional.ofNullable(mean.get(systolic.measuredAt()))));
    }

    private Optional<Observation> minute(String id) {
        return minuteId(id).flatMap(m -> {
            Instant start = Instant.ofEpochSecond(m.minute() * 60);
            return series.downsample(m.patientId(), VitalKind.HEART_RATE, start, start.plus(MINUTE), MINUTE).stream().findFirst()
                    .map(b -> mapper.heartRateAggregate(m.patientId(), b, MINUTE));
        });
    }

    private record MinuteId(UUID patientId, long minute) {
    }

    private static Optional<MinuteId> minuteId(String id) {
        int dash = id.lastIndexOf('-');
        if (!id.startsWith(MINUTE_ID) || dash <= MINUTE_ID.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MinuteId(UUID.fromString(id.substring(MINUTE_ID.length(), dash)), Long.parseLong(id.substring(dash + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Components of one reading share the cuff's time; the first value at a time wins. */
    private static Map<Instant, VitalSign> byTime(List<StoredVitalSign> rows) {
        Map<Instant, VitalSign> map = new HashMap<>();
        rows.forEach(r -> map.putIfAbsent(r.sign().measuredAt(), r.sign()));
        return map;
    }

    private String token(ObservationQuery query, ObservationStream stream, Cursor cursor) {
        return stream.name() + "." + tokens.encode(cursor, query.patientId(), query.signature() + "|" + stream);
    }

    static Instant ceilToMinute(Instant t) {
        long seconds = t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
        return Instant.ofEpochSecond(Math.floorDiv(seconds + 59, 60) * 60);
    }
}
