package org.accolade.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.accolade.issuance.PngBakerTests.PngFiles;
import org.accolade.issuance.baking.BakedImageException;
import org.accolade.issuance.baking.PngBaker;
import org.junit.jupiter.api.Test;

class PngBakerFuzzTests {

    /** Fixed, so that a failure reproduces. */
    private static final long SEED = 20261123L;
    private static final int MUTANTS = 1_200;

    private final PngBaker baker = new PngBaker();
    private final Random random = new Random(SEED);

    @Test
    void noExceptionButBakedImageExceptionEscapesReadingOverAThousandMutatedFiles() throws Exception {
        byte[] baked = baker.bake(PngFiles.badge(), PngBaker.OPEN_BADGES_2, PngBakerTests.ASSERTION);
        byte[] chunk = PngFiles.chunk("iTXt", PngFiles.iTxtData(PngBaker.OPEN_BADGES_2, "{}", false));
        byte[] compressed = PngFiles.chunk("iTXt", PngFiles.iTxtData(PngBaker.OPEN_BADGES_2, "{}", true));
        UnaryOperator<byte[]> flip = this::flipBytes;
        UnaryOperator<byte[]> truncate = this::truncate;
        UnaryOperator<byte[]> duplicate = png -> PngFiles.insertBeforeIend(png, chunk);
        UnaryOperator<byte[]> compress = png -> PngFiles.insertBeforeIend(png, compressed);
        UnaryOperator<byte[]> garbage = png -> randomBytes();
        UnaryOperator<byte[]>[] mutations = array(flip, truncate, duplicate, compress, garbage);

        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutations[random.nextInt(mutations.length)].apply(baked);
            // A second, random mutation mixes the kinds: a duplicated chunk that is also cut short, say.
            if (random.nextBoolean()) {
                mutant = mutations[random.nextInt(2)].apply(mutant);
            }
            refused += readsOrRefuses(mutant);
        }

        assertThat(refused).as("most mutants are refused").isGreaterThan(MUTANTS / 2);
    }

    @Test
    void noExceptionButBakedImageExceptionEscapesBakingTwoHundredImagesWithFlippedBytes() throws Exception {
        byte[] badge = PngFiles.badge();

        for (int i = 0; i < 200; i++) {
            // Half keep a valid CRC over damaged image data, so that PNGJ itself meets the damage.
            byte[] mutant = i % 2 == 0 ? flipBytes(badge) : corruptImageData(badge);
            try {
                baker.bake(mutant, PngBaker.OPEN_BADGES_2, PngBakerTests.ASSERTION);
            } catch (BakedImageException e) {
                assertThat(e.reason()).isNotNull();
            }
        }
    }

    /** Returns 1 when refused with a BakedImageException; any other exception fails the test by escaping. */
    private int readsOrRefuses(byte[] mutant) {
        try {
            baker.read(mutant, PngBaker.OPEN_BADGES_2);
            return 0;
        } catch (BakedImageException e) {
            assertThat(e.reason()).isNotNull();
            return 1;
        }
    }

    private byte[] flipBytes(byte[] png) {
        byte[] copy = png.clone();
        for (int n = copy.length == 0 ? 0 : 1 + random.nextInt(8); n > 0; n--) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }

    private byte[] corruptImageData(byte[] png) {
        int type = PngFiles.indexOf(png, "IDAT".getBytes(StandardCharsets.US_ASCII));
        int length = ByteBuffer.wrap(png).getInt(type - 4);
        byte[] data = Arrays.copyOfRange(png, type + 4, type + 4 + length);
        data[random.nextInt(data.length)] ^= (byte) (1 + random.nextInt(255));
        byte[] chunk = PngFiles.chunk("IDAT", data);
        byte[] copy = png.clone();
        System.arraycopy(chunk, 0, copy, type - 4, chunk.length);
        return copy;
    }

    private byte[] truncate(byte[] png) {
        return Arrays.copyOf(png, random.nextInt(png.length + 1));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
    }

    @SafeVarargs
    private static UnaryOperator<byte[]>[] array(UnaryOperator<byte[]>... operators) {
        return operators;
    }
}
