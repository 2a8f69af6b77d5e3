package org.vigil.care.domain.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BucketSumsTest {

    @Test
    void partsOfABucketAddUpToTheBucket() {
        BucketSums head = new BucketSums(7, 2, new BigDecimal("140"), 68, 72);
        BucketSums minutes = new BucketSums(7, 3, new BigDecimal("231"), 75, 80);

        Bucket bucket = head.plus(minutes).toBucket(Duration.ofMinutes(5));

        assertThat(bucket).isEqualTo(new Bucket(Instant.ofEpochSecond(7 * 300), 68, 74.2, 80, 5));
    }

    @Test
    void theAverageOfWholeNumbersIsTheDoubleTheDatabaseAverageGives() {
        double sum = 0;
        BucketSums sums = new BucketSums(0, 0, BigDecimal.ZERO, Double.MAX_VALUE, -Double.MAX_VALUE);
        for (int i = 0; i < 1000; i++) {
            double value = 60 + (i * 37) % 83;
            sum += value;
            sums = sums.plus(new BucketSums(0, 1, new BigDecimal(value), value, value));
        }

        assertThat(sums.toBucket(Duration.ofMinutes(1)).avg()).isEqualTo(sum / 1000);
    }

    @Test
    void theSumIsExactWhereDoublesWouldRound() {
        BucketSums a = new BucketSums(0, 1, new BigDecimal("0.1"), 0.1, 0.1);
        BucketSums b = new BucketSums(0, 2, new BigDecimal("0.5"), 0.2, 0.3);

        assertThat(a.plus(b).sum()).isEqualByComparingTo("0.6");
        assertThat(0.1 + 0.2 + 0.3).as("the same values added as doubles").isNotEqualTo(0.6);
        assertThat(a.plus(b).toBucket(Duration.ofMinutes(1)).avg()).isEqualTo(0.6 / 3);
    }

    @Test
    void onlyPartsOfTheSameBucketAdd() {
        BucketSums a = new BucketSums(1, 1, BigDecimal.ONE, 1, 1);
        BucketSums b = new BucketSums(2, 1, BigDecimal.ONE, 1, 1);

        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class);
    }
}
