package org.vigil.care.domain.patient;

/**
 * Which NEWS2 oxygen saturation scale applies. Scale 2 is for patients with hypercapnic
 * respiratory failure whose prescribed target is 88–92 %; a clinician chooses it, it is never
 * inferred (RCP NEWS2, 2017, chart 1 and section 6).
 */
public enum Spo2Scale {
    SCALE_1(1), SCALE_2(2);

    private final int number;

    Spo2Scale(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Spo2Scale of(int number) {
        return number == 2 ? SCALE_2 : SCALE_1;
    }
}
