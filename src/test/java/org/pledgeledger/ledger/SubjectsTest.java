package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.internal.ChunkedList;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.PledgeId;

class SubjectsTest {

    @Test
    void numbersSubjectsInTheOrderTheyAreFirstAdded() {
        Subjects subjects = new Subjects();
        assertThat(subjects.add(PledgeId.of("msft"))).isZero();
        assertThat(subjects.add(AgreementId.of("tpd"))).isEqualTo(1);
        assertThat(subjects.add(PledgeId.of("msft"))).isZero();
        assertThat(subjects.numberOf(AgreementId.of("tpd"))).isEqualTo(1);
        assertThat(subjects.numberOf(PledgeId.of("google"))).isEqualTo(-1);
        assertThat(subjects.get(1)).isEqualTo(AgreementId.of("tpd"));
        assertThat(subjects.toArray()).containsExactly(PledgeId.of("msft"), AgreementId.of("tpd"));
        assertThat(subjects.size()).isEqualTo(2);
    }

    @Test
    void touchingASubjectAddsNothingAndChangesNoNumber() {
        Subjects subjects = new Subjects();
        subjects.add(PledgeId.of("msft"));

        subjects.touch(PledgeId.of("msft"));
        subjects.touch(PledgeId.of("google"));
        subjects.touch(AgreementId.of("msft"));

        assertThat(subjects.size()).isEqualTo(1);
        assertThat(subjects.numberOf(PledgeId.of("google"))).isEqualTo(-1);
        assertThat(subjects.add(PledgeId.of("google"))).isEqualTo(1);
        assertThat(subjects.add(PledgeId.of("msft"))).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void seededRandomSubjectsAgreeWithAMapThroughManyGrowths(long seed) {
        Random random = new Random(seed);
        Subjects subjects = new Subjects();
        Map<Object, Integer> expected = new HashMap<>();
        List<Object> order = new ArrayList<>();
        // enough subjects to fill more than one of the arrays that hold them (ChunkedList.CHUNK)
        for (int i = 0; i < 100_000; i++) {
            String slug = "p" + random.nextInt(30_000) + (random.nextInt(8) == 0 ? "-with-a-name-too-long-to-pack" : "");
            Object subject = random.nextBoolean() ? PledgeId.of(slug) : AgreementId.of(slug);
            Integer known = expected.get(subject);
            assertThat(subjects.numberOf(subject)).isEqualTo(known == null ? -1 : known);
            int number = subjects.add(subject);
            if (known == null) {
                expected.put(subject, number);
                order.add(subject);
            }
            assertThat(number).isEqualTo(expected.get(subject));
        }
        assertThat(order).hasSizeGreaterThan(ChunkedList.CHUNK);
        assertThat(subjects.toArray()).containsExactlyElementsOf(order);
        for (int number = 0; number < order.size(); number++) {
            assertThat(subjects.get(number)).isEqualTo(order.get(number));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 16, 17, 1000})
    void aSetMadeReadyForSomeSubjectsNumbersThemAndGrowsBeyond(int expected) {
        Subjects subjects = new Subjects(expected);
        for (int i = 0; i < 2 * expected + 40; i++) {
            assertThat(subjects.add(PledgeId.of("p" + i))).isEqualTo(i);
        }
        for (int i = 0; i < 2 * expected + 40; i++) {
            assertThat(subjects.numberOf(PledgeId.of("p" + i))).isEqualTo(i);
            assertThat(subjects.add(PledgeId.of("p" + i))).as("again").isEqualTo(i);
        }
        assertThat(subjects.numberOf(PledgeId.of("missing"))).isEqualTo(-1);
        assertThat(subjects.size()).isEqualTo(2 * expected + 40);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Subjects.MAX_EXPECTED + 1})
    void refusesToBeMadeReadyForANegativeOrTooLargeNumberOfSubjects(int expected) {
        assertThatThrownBy(() -> new Subjects(expected)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected subjects " + expected + " are not between 0 and " + Subjects.MAX_EXPECTED);
    }

    @Test
    void refusesNullAndANumberNotGiven() {
        Subjects subjects = new Subjects();
        subjects.add(PledgeId.of("msft"));
        assertThatThrownBy(() -> subjects.add(null)).isInstanceOf(NullPointerException.class).hasMessage("subject");
        assertThatThrownBy(() -> subjects.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
