package org.accolade.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;

import org.accolade.issuance.baking.BakedImageException;
import org.accolade.issuance.baking.PngBaker;
import org.accolade.verification.VerificationReport.Check;
import org.accolade.verification.VerificationRequest.UploadedFile;
import org.accolade.verification.internal.AddressPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Damaged baked badges, made from one good signed badge: whatever the damage, the verifier answers with a verdict,
 * never an exception, and a badge is verified only when the image still carries exactly the badge that was baked.
 */
class VerificationFuzzTests {

    private static final int CASES = 1200;
    private static final int SIGNATURE_AND_HEADER = 8;

    private final BadgeServer server = BadgeServer.start();
    private final TestBadges badges = new TestBadges(server).publishIssuer();
    private final VerificationService service = TestBadges.service(new AddressPolicy(true), Duration.ofSeconds(2),
            1 << 20, Clock.systemUTC());
    private final Random random = new Random(20260301L);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void mutatedPngsAreVerdictsAndOnlyAnIntactBadgeIsVerified() throws Exception {
        String jws = TestBadges.sign(badges.signed("urn:uuid:fuzz"), TestBadges.KEY);
        byte[] original = new PngBaker().bake(TestBadges.png(), PngBaker.OPEN_BADGES_2, jws);
        assertThat(verify(original).verified()).isTrue();

        int verified = 0;
        for (int i = 0; i < CASES; i++) {
            Mutation mutation = Mutation.values()[i % Mutation.values().length];
            byte[] mutated = mutation.apply(original, random);
            VerificationReport report = verify(mutated);

            assertThat(report.checks()).as(mutation + " #" + i).extracting(Check::name).doesNotContain("error");
            if (report.verified()) {
                verified++;
                assertThat(bakedPayload(mutated)).as(mutation + " #" + i + " verified").contains(jws);
            } else {
                assertThat(report.firstFailure()).as(mutation + " #" + i).isPresent();
            }
            if (mutation.alwaysBreaks()) {
                assertThat(report.verified()).as(mutation + " #" + i).isFalse();
            }
        }
        // Duplicating a chunk other than the badge's, or fixing a CRC outside it, leaves the badge itself intact.
        assertThat(verified).isLessThan(CASES / 2);
    }

    private VerificationReport verify(byte[] png) {
        return service.verify(new VerificationRequest(new UploadedFile(png, "badge.png", "image/png"), null,
                Locale.ENGLISH));
    }

    private static Optional<String> bakedPayload(byte[] png) {
        try {
            return new PngBaker().read(png, PngBaker.OPEN_BADGES_2);
        } catch (BakedImageException e) {
            return Optional.empty();
        }
    }

    /** Ways to damage a PNG, each on the chunk structure that the reader walks. */
    private enum Mutation {
        BIT_FLIP(true) {
            @Override
            byte[] apply(byte[] png, Random random) {
                byte[] copy = png.clone();
                int position = SIGNATURE_AND_HEADER + random.nextInt(copy.length - SIGNATURE_AND_HEADER);
                copy[position] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
        },
        BIT_FLIP_WITH_CRC_FIXED(false) {
            @Override
            byte[] apply(byte[] png, Random random) {
                byte[] copy = png.clone();
                int[] chunk = randomChunk(copy, random);
                if (chunk[1] > 0) {
                    int position = chunk[0] + 8 + random.nextInt(chunk[1]);
                    copy[position] ^= (byte) (1 << random.nextInt(8));
                    fixCrc(copy, chunk[0], chunk[1]);
                }
                return copy;
            }
        },
        TRUNCATION(true) {
            @Override
            byte[] apply(byte[] png, Random random) {
                return Arrays.copyOf(png, random.nextInt(png.length));
            }
        },
        CHUNK_DUPLICATION(false) {
            @Override
            byte[] apply(byte[] png, Random random) {
                int[] chunk = randomChunk(png, random);
                int size = chunk[1] + 12;
                byte[] copy = new byte[png.length + size];
                System.arraycopy(png, 0, copy, 0, chunk[0] + size);
                System.arraycopy(png, chunk[0], copy, chunk[0] + size, png.length - chunk[0]);
                return copy;
            }
        },
        LENGTH_CORRUPTION(true) {
            @Override
            byte[] apply(byte[] png, Random random) {
                byte[] copy = png.clone();
                int[] chunk = randomChunk(copy, random);
                int length = random.nextBoolean() ? random.nextInt() : chunk[1] + 1 + random.nextInt(64);
                ByteBuffer.wrap(copy).putInt(chunk[0], length == chunk[1] ? length + 1 : length);
                return copy;
            }
        };

        private final boolean alwaysBreaks;

        Mutation(boolean alwaysBreaks) {
            this.alwaysBreaks = alwaysBreaks;
        }

        abstract byte[] apply(byte[] png, Random random);

        boolean alwaysBreaks() {
            return alwaysBreaks;
        }

        /** The offset and data length of a random chunk of a well-formed PNG. */
        private static int[] randomChunk(byte[] png, Random random) {
            ByteBuffer in = ByteBuffer.wrap(png);
            List<int[]> chunks = new ArrayList<>();
            for (int offset = SIGNATURE_AND_HEADER; offset + 12 <= png.length;) {
                int length = in.getInt(offset);
                chunks.add(new int[] {offset, length});
                offset += length + 12;
            }
            return chunks.get(random.nextInt(chunks.size()));
        }

        private static void fixCrc(byte[] png, int offset, int length) {
            CRC32 crc = new CRC32();
            crc.update(png, offset + 4, length + 4);
            ByteBuffer.wrap(png).putInt(offset + 8 + length, (int) crc.getValue());
        }
    }
}
