package org.pledgeledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChunkedListTest {

    private static ChunkedList<Integer> filled(int count) {
        ChunkedList<Integer> list = new ChunkedList<>();
        for (int i = 0; i < count; i++) {
            list.add(i);
        }
        return list;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 16, 17, ChunkedList.CHUNK - 1, ChunkedList.CHUNK, ChunkedList.CHUNK + 1, 5 * ChunkedList.CHUNK + 7})
    void holdsEveryElementInOrderAcrossTheChunkBoundaries(int count) {
        ChunkedList<Integer> list = filled(count);
        assertThat(list).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(list.get(i)).isEqualTo(i);
        }
        assertThat(list.toArray()).hasSize(count).isEqualTo(new ArrayList<>(list).toArray());
        List<Integer> iterated = new ArrayList<>();
        list.forEach(iterated::add);
        assertThat(iterated).isEqualTo(list);
    }

    @Test
    void equalsAnArrayListOfTheSameElements() {
        Random random = new Random(7);
        ChunkedList<Long> list = new ChunkedList<>();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 3 * ChunkedList.CHUNK; i++) {
            long value = random.nextLong();
            list.add(value);
            expected.add(value);
        }
        assertThat(list).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(list.subList(ChunkedList.CHUNK - 2, ChunkedList.CHUNK + 2))
                .isEqualTo(expected.subList(ChunkedList.CHUNK - 2, ChunkedList.CHUNK + 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3, ChunkedList.CHUNK})
    void anIndexOutOfRangeIsRefused(int index) {
        ChunkedList<Integer> list = filled(3);
        assertThatThrownBy(() -> list.get(index)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining(Integer.toString(index));
    }

    @Test
    void aNullElementIsRefusedAndLeavesTheListAsItWas() {
        ChunkedList<Integer> list = filled(2);
        assertThatThrownBy(() -> list.add(null)).isInstanceOf(NullPointerException.class).hasMessage("element");
        assertThat(list).containsExactly(0, 1);
    }

    @Test
    void onlyAddingAtTheEndIsSupported() {
        ChunkedList<Integer> list = filled(2);
        assertThatThrownBy(() -> list.add(0, 5)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, 5)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(list).containsExactly(0, 1);
    }
}
