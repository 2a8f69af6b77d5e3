package org.vigil.care.infrastructure.jdbc;

/**
 * The sum of values as both the minute rollups and the chart's raw query take it: each value cast to a
 * fixed-point decimal the same way, then added exactly. Sums of doubles round at every addition, so a
 * week summed minute by minute would differ in the last bits from the same week summed value by value;
 * exact sums make the two agree to the bit. The cast rounds a value to 17 decimals (PostgreSQL first keeps
 * 15 significant digits), the same way in both places; 21 digits before the point are far more than any
 * vital's range (the largest, ambient pressure, ends at 110,000 Pa) times the values of a week.
 */
final class ExactSum {

    static final String SQL = "SUM(CAST(value_num AS NUMERIC(38, 17)))";

    private ExactSum() {
    }
}
