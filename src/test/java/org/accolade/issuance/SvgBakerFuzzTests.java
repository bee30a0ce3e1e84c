package org.accolade.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.accolade.issuance.baking.BakedImageException;
import org.accolade.issuance.baking.SvgBaker;
import org.junit.jupiter.api.Test;

class SvgBakerFuzzTests {

    /** Fixed, so that a failure reproduces. */
    private static final long SEED = 20261123L;
    private static final String MARKUP = "<>&;\"'/![]CDATA-?= \u0000\uFFFF";

    private final SvgBaker baker = new SvgBaker(SvgBaker.Standard.OPEN_BADGES_2);
    private final Random random = new Random(SEED);

    @Test
    void noExceptionButBakedImageExceptionEscapesReadingFiveHundredMutatedSvgs() throws Exception {
        String baked = baker.bake("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"3\"/></svg>",
                PngBakerTests.ASSERTION);
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            try {
                baker.read(mutate(baked));
            } catch (BakedImageException e) {
                assertThat(e.reason()).isNotNull();
                refused++;
            }
        }

        assertThat(refused).as("most mutants are refused").isGreaterThan(250);
    }

    /** Replaces, deletes or cuts at a few random places, favouring characters that matter to XML. */
    private String mutate(String svg) {
        StringBuilder mutant = new StringBuilder(svg);
        for (int n = 1 + random.nextInt(4); n > 0 && mutant.length() > 0; n--) {
            int at = random.nextInt(mutant.length());
            switch (random.nextInt(3)) {
                case 0 -> mutant.setCharAt(at, MARKUP.charAt(random.nextInt(MARKUP.length())));
                case 1 -> mutant.deleteCharAt(at);
                default -> mutant.setLength(at);
            }
        }
        return mutant.toString();
    }
}
