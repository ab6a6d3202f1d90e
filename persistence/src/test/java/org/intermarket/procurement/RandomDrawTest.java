package org.intermarket.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RandomDrawTest {

    private static final String SEED = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    @Test
    void theCommitmentIsTheSha256OfTheSeedText() {
        // Computed outside Java: printf %s "$SEED" | sha256sum
        assertEquals("2a8abfa8cb9906290437854193ca6bca41d4d4e26d1d454bd66a35158095e737", RandomDraw.commitment(SEED));
        assertTrue(RandomDraw.newSeed().matches("[0-9a-f]{64}"));
    }

    @Test
    void theWinnerIsTheUnsignedFirstEightBytesModuloTheNumberOfBids() {
        // Python: int.from_bytes(sha256((SEED + "4,9,17").encode()).digest()[:8], "big") == 8278185983613262778; % 3 == 2
        assertEquals(2, RandomDraw.winnerIndex(SEED, List.of(4L, 9L, 17L)));
        assertEquals(17L, RandomDraw.winner(SEED, List.of(4L, 9L, 17L)));
    }

    @Test
    void theWinnerDoesNotDependOnTheOrderTheIdsComeIn() {
        assertEquals(RandomDraw.winner(SEED, List.of(17L, 4L, 9L)), RandomDraw.winner(SEED, List.of(4L, 9L, 17L)));
        assertEquals(SEED + "4,9,17", RandomDraw.drawInput(SEED, List.of(17L, 9L, 4L)));
        assertThrows(IllegalArgumentException.class, () -> RandomDraw.winnerIndex(SEED, List.of()));
    }
}
