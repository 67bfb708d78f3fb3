package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashSlotsTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "-1, 0", "123456, 7", "-2147483648, 2147483646", "2147483647, 41"})
    void aSlotHoldsItsHashAndNumberAndIsNeverFree(int hash, int number) {
        long slot = HashSlots.slot(hash, number);
        assertThat(slot).isNotZero();
        assertThat(HashSlots.hash(slot)).isEqualTo(hash);
        assertThat(HashSlots.number(slot)).isEqualTo(number);
    }

    @Test
    void aDoubledTableFindsEverySlotFromItsHash() {
        Random random = new Random(7);
        long[] slots = new long[64];
        for (int n = 0; n < 30; n++) {
            long slot = HashSlots.slot(random.nextInt(), n);
            int i = HashSlots.spread(HashSlots.hash(slot)) & (slots.length - 1);
            while (slots[i] != 0) {
                i = (i + 1) & (slots.length - 1);
            }
            slots[i] = slot;
        }
        long[] doubled = HashSlots.doubled(slots);
        assertThat(doubled).hasSize(128);
        assertThat(java.util.Arrays.stream(doubled).filter(s -> s != 0).sorted().toArray())
                .containsExactly(java.util.Arrays.stream(slots).filter(s -> s != 0).sorted().toArray());
        for (long slot : slots) {
            if (slot != 0) {
                int i = HashSlots.spread(HashSlots.hash(slot)) & (doubled.length - 1);
                while (doubled[i] != slot) {
                    assertThat(doubled[i]).as("the probe meets the slot before a free one").isNotZero();
                    i = (i + 1) & (doubled.length - 1);
                }
            }
        }
    }
}
