package org.vigil.care.domain.news2;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.vigil.care.domain.patient.Spo2Scale;

/**
 * The National Early Warning Score 2 of the Royal College of Physicians (2017), chart 1.
 *
 * <p>The chart scores whole numbers (temperature to one decimal); a device's fractional reading
 * is first rounded half up as a nurse would record it, so 20.5 breaths/min scores as 21. On SpO2
 * scale 2 a saturation of 93 % or more scores 0 on air and 1–3 on oxygen; with air/oxygen not
 * recorded it is scored as air and the score stays partial.
 */
public final class News2Calculator {

    public News2Score score(News2Input in) {
        Map<News2Parameter, Integer> scores = new EnumMap<>(News2Parameter.class);
        Set<News2Parameter> missing = EnumSet.noneOf(News2Parameter.class);

        put(scores, missing, News2Parameter.RESPIRATION_RATE, in.respirationRate() == null ? null : respiration(whole(in.respirationRate())));
        put(scores, missing, News2Parameter.SPO2, in.spo2() == null ? null
                : in.spo2Scale() == Spo2Scale.SCALE_2 ? spo2Scale2(whole(in.spo2()), Boolean.TRUE.equals(in.supplementalOxygen()))
                : spo2Scale1(whole(in.spo2())));
        put(scores, missing, News2Parameter.AIR_OR_OXYGEN, in.supplementalOxygen() == null ? null : in.supplementalOxygen() ? 2 : 0);
        put(scores, missing, News2Parameter.SYSTOLIC_BLOOD_PRESSURE, in.systolicBloodPressure() == null ? null : systolic(whole(in.systolicBloodPressure())));
        put(scores, missing, News2Parameter.PULSE, in.pulse() == null ? null : pulse(whole(in.pulse())));
        put(scores, missing, News2Parameter.CONSCIOUSNESS, in.consciousness() == null ? null : in.consciousness().score());
        put(scores, missing, News2Parameter.TEMPERATURE, in.temperature() == null ? null : temperature(tenths(in.temperature())));

        int total = scores.values().stream().mapToInt(Integer::intValue).sum();
        boolean red = scores.values().stream().anyMatch(s -> s == 3);
        return new News2Score(total, RiskBand.of(total, red), scores, missing);
    }

    private static void put(Map<News2Parameter, Integer> scores, Set<News2Parameter> missing, News2Parameter p, Integer score) {
        if (score == null) {
            missing.add(p);
        } else {
            scores.put(p, score);
        }
    }

    static int respiration(long rate) {
        if (rate <= 8) {
            return 3;
        }
        if (rate <= 11) {
            return 1;
        }
        if (rate <= 20) {
            return 0;
        }
        return rate <= 24 ? 2 : 3;
    }

    static int spo2Scale1(long spo2) {
        if (spo2 <= 91) {
            return 3;
        }
        if (spo2 <= 93) {
            return 2;
        }
        return spo2 <= 95 ? 1 : 0;
    }

    static int spo2Scale2(long spo2, boolean onOxygen) {
        if (spo2 <= 83) {
            return 3;
        }
        if (spo2 <= 85) {
            return 2;
        }
        if (spo2 <= 87) {
            return 1;
        }
        if (spo2 <= 92 || !onOxygen) {
            return 0;
        }
        if (spo2 <= 94) {
            return 1;
        }
        return spo2 <= 96 ? 2 : 3;
    }

    static int systolic(long mmHg) {
        if (mmHg <= 90) {
            return 3;
        }
        if (mmHg <= 100) {
            return 2;
        }
        if (mmHg <= 110) {
            return 1;
        }
        return mmHg <= 219 ? 0 : 3;
    }

    static int pulse(long perMinute) {
        if (perMinute <= 40) {
            return 3;
        }
        if (perMinute <= 50) {
            return 1;
        }
        if (perMinute <= 90) {
            return 0;
        }
        if (perMinute <= 110) {
            return 1;
        }
        return perMinute <= 130 ? 2 : 3;
    }

    /** In tenths of a degree, so the chart's boundaries (35.0, 36.0, 38.0, 39.0) compare exactly. */
    static int temperature(long tenths) {
        if (tenths <= 350) {
            return 3;
        }
        if (tenths <= 360) {
            return 1;
        }
        if (tenths <= 380) {
            return 0;
        }
        return tenths <= 390 ? 1 : 2;
    }

    private static long whole(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long tenths(double value) {
        return BigDecimal.valueOf(value).movePointRight(1).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
