package org.accolade.issuance;

import static org.accolade.issuance.baking.BakedImageException.Reason.COMPRESSED_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.CRC_MISMATCH;
import static org.accolade.issuance.baking.BakedImageException.Reason.DUPLICATE_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.INVALID_KEYWORD;
import static org.accolade.issuance.baking.BakedImageException.Reason.NOT_PNG;
import static org.accolade.issuance.baking.BakedImageException.Reason.PAYLOAD_TOO_LARGE;
import static org.accolade.issuance.baking.BakedImageException.Reason.TRUNCATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.accolade.issuance.baking.BakedImageException;
import org.accolade.issuance.baking.PngBaker;
import org.junit.jupiter.api.Test;

class PngBakerTests {

    static final String ASSERTION = "{\"id\":\"https://accolade.example/ob/v2/assertions/1\",\"name\":\"Élan ✓\"}";

    private final PngBaker baker = new PngBaker();
    private final byte[] badge = PngFiles.badge();

    @Test
    void aBakedAssertionReadsBack() throws Exception {
        byte[] baked = baker.bake(badge, PngBaker.OPEN_BADGES_2, ASSERTION);

        assertThat(baker.read(baked, PngBaker.OPEN_BADGES_2)).contains(ASSERTION);
    }

    @Test
    void anImageWithoutTheKeywordReadsAsEmpty() throws Exception {
        assertThat(baker.read(badge, PngBaker.OPEN_BADGES_2)).isEmpty();
    }

    @Test
    void anOpenBadges3CredentialIsBakedUnderItsOwnKeywordBesideA2Assertion() throws Exception {
        byte[] baked = baker.bake(baker.bake(badge, PngBaker.OPEN_BADGES_2, ASSERTION),
                PngBaker.OPEN_BADGES_3, "eyJ.credential.sig");

        assertThat(baker.read(baked, PngBaker.OPEN_BADGES_3)).contains("eyJ.credential.sig");
        assertThat(baker.read(baked, PngBaker.OPEN_BADGES_2)).contains(ASSERTION);
    }

    @Test
    void theBadgeIsOneUncompressedITxtChunkWithEmptyLanguageAndTranslatedKeywordBeforeIend() throws Exception {
        List<PngFiles.Chunk> chunks = PngFiles.chunks(baker.bake(badge, PngBaker.OPEN_BADGES_2, ASSERTION));
        List<PngFiles.Chunk> badges = chunks.stream().filter(c -> c.isText(PngBaker.OPEN_BADGES_2)).toList();

        assertThat(badges).singleElement().satisfies(chunk -> {
            assertThat(chunk.type()).isEqualTo("iTXt");
            assertThat(chunk.data()).isEqualTo(PngFiles.iTxtData(PngBaker.OPEN_BADGES_2, ASSERTION, false));
        });
        assertThat(chunks.get(chunks.size() - 1).type()).isEqualTo("IEND");
        assertThat(chunks.indexOf(badges.get(0))).isLessThan(chunks.size() - 1);
    }

    @Test
    void theBakedImageDecodesToTheSamePixels() throws Exception {
        BufferedImage baked = ImageIO.read(new ByteArrayInputStream(
                baker.bake(badge, PngBaker.OPEN_BADGES_2, ASSERTION)));
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(badge));

        assertThat(baked.getWidth()).isEqualTo(256);
        assertThat(baked.getRGB(0, 0, 256, 256, null, 0, 256)).isEqualTo(original.getRGB(0, 0, 256, 256, null, 0, 256));
    }

    @Test
    void anIndexedColourImageKeepsItsPaletteAndPixels() throws Exception {
        BufferedImage indexed = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_INDEXED);
        indexed.getGraphics().drawImage(ImageIO.read(new ByteArrayInputStream(badge)), 0, 0, null);
        byte[] png = PngFiles.write(indexed);

        BufferedImage baked = ImageIO.read(new ByteArrayInputStream(baker.bake(png, PngBaker.OPEN_BADGES_2, ASSERTION)));

        assertThat(baked.getRGB(0, 0, 64, 64, null, 0, 64)).isEqualTo(indexed.getRGB(0, 0, 64, 64, null, 0, 64));
    }

    @Test
    void otherTextChunksAfterTheImageDataAreKept() throws Exception {
        byte[] comment = PngFiles.chunk("tEXt", "Comment\0kept".getBytes(StandardCharsets.ISO_8859_1));

        byte[] baked = baker.bake(PngFiles.insertBeforeIend(badge, comment), PngBaker.OPEN_BADGES_2, ASSERTION);

        assertThat(PngFiles.chunks(baked)).anySatisfy(chunk -> assertThat(chunk.isText("Comment")).isTrue());
    }

    @Test
    void bakingTheSameImageTwiceGivesIdenticalBytes() throws Exception {
        assertThat(baker.bake(badge, PngBaker.OPEN_BADGES_2, ASSERTION))
                .isEqualTo(baker.bake(badge, PngBaker.OPEN_BADGES_2, ASSERTION));
    }

    @Test
    void rebakingABakedImageReplacesTheChunkAndGivesTheSameBytes() throws Exception {
        byte[] once = baker.bake(badge, PngBaker.OPEN_BADGES_2, ASSERTION);
        byte[] other = baker.bake(once, PngBaker.OPEN_BADGES_2, "{\"other\":true}");

        assertThat(baker.read(other, PngBaker.OPEN_BADGES_2)).contains("{\"other\":true}");
        assertThat(PngFiles.chunks(other).stream().filter(c -> c.isText(PngBaker.OPEN_BADGES_2))).hasSize(1);
        assertThat(baker.bake(once, PngBaker.OPEN_BADGES_2, ASSERTION)).isEqualTo(once);
    }

    @Test
    void bakingReplacesACompressedChunkWithTheSameKeyword() throws Exception {
        byte[] compressed = PngFiles.insertBeforeIend(badge,
                PngFiles.chunk("iTXt", PngFiles.iTxtData(PngBaker.OPEN_BADGES_2, "{}", true)));

        byte[] baked = baker.bake(compressed, PngBaker.OPEN_BADGES_2, ASSERTION);

        assertThat(baker.read(baked, PngBaker.OPEN_BADGES_2)).contains(ASSERTION);
    }

    @Test
    void aFileWithoutThePngSignatureIsRefused() {
        assertRefused("GIF89a not a png".getBytes(StandardCharsets.US_ASCII), NOT_PNG);
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        byte[] baked = baker.bake(badge, PngBaker.OPEN_BADGES_2, ASSERTION);

        assertRefused(Arrays.copyOf(baked, baked.length - 20), TRUNCATED);
    }

    @Test
    void aChunkWithAWrongCrcIsRefused() throws Exception {
        byte[] baked = baker.bake(badge, PngBaker.OPEN_BADGES_2, ASSERTION);
        int text = PngFiles.indexOf(baked, ASSERTION.getBytes(StandardCharsets.UTF_8));
        baked[text] ^= 0x01;

        assertRefused(baked, CRC_MISMATCH);
    }

    @Test
    void aCompressedBadgeChunkIsRefused() throws IOException {
        byte[] compressed = PngFiles.insertBeforeIend(badge,
                PngFiles.chunk("iTXt", PngFiles.iTxtData(PngBaker.OPEN_BADGES_2, ASSERTION, true)));

        assertRefused(compressed, COMPRESSED_PAYLOAD);
    }

    @Test
    void twoBadgeChunksWithTheSameKeywordAreRefused() throws IOException {
        byte[] chunk = PngFiles.chunk("iTXt", PngFiles.iTxtData(PngBaker.OPEN_BADGES_2, ASSERTION, false));

        assertRefused(PngFiles.insertBeforeIend(PngFiles.insertBeforeIend(badge, chunk), chunk), DUPLICATE_PAYLOAD);
    }

    @Test
    void aPayloadOverOneMegabyteIsRefusedOnReadingAndOnBaking() throws IOException {
        String huge = "x".repeat((1 << 20) + 1);
        byte[] chunk = PngFiles.chunk("iTXt", PngFiles.iTxtData(PngBaker.OPEN_BADGES_2, huge, false));

        assertRefused(PngFiles.insertBeforeIend(badge, chunk), PAYLOAD_TOO_LARGE);
        assertThatThrownBy(() -> baker.bake(badge, PngBaker.OPEN_BADGES_2, huge))
                .isInstanceOfSatisfying(BakedImageException.class, e -> assertThat(e.reason()).isEqualTo(PAYLOAD_TOO_LARGE));
    }

    @Test
    void aKeywordThatPngCannotCarryIsRefused() {
        assertThatThrownBy(() -> baker.bake(badge, "open badges", ASSERTION))
                .isInstanceOfSatisfying(BakedImageException.class, e -> assertThat(e.reason()).isEqualTo(INVALID_KEYWORD));
    }

    private void assertRefused(byte[] png, BakedImageException.Reason reason) {
        assertThatThrownBy(() -> baker.read(png, PngBaker.OPEN_BADGES_2))
                .isInstanceOfSatisfying(BakedImageException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** Test-side PNG plumbing, written independently of the baker so that it checks rather than repeats it. */
    static final class PngFiles {

        record Chunk(String type, byte[] data) {
            boolean isText(String keyword) {
                byte[] key = (keyword + "\0").getBytes(StandardCharsets.ISO_8859_1);
                return type.endsWith("Xt") && data.length >= key.length
                        && Arrays.equals(data, 0, key.length, key, 0, key.length);
            }
        }

        static byte[] badge() {
            BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    image.setRGB(x, y, (x * y) << 24 | x << 16 | y << 8 | (x ^ y));
                }
            }
            return write(image);
        }

        static byte[] write(BufferedImage image) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static List<Chunk> chunks(byte[] png) {
            List<Chunk> chunks = new ArrayList<>();
            ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
            while (in.hasRemaining()) {
                byte[] data = new byte[in.getInt()];
                byte[] type = new byte[4];
                in.get(type).get(data).getInt();
                chunks.add(new Chunk(new String(type, StandardCharsets.ISO_8859_1), data));
            }
            return chunks;
        }

        static byte[] iTxtData(String keyword, String text, boolean compressed) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write((keyword + "\0").getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[] {(byte) (compressed ? 1 : 0), 0, 0, 0});
            out.write(compressed ? deflate(text) : text.getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        static byte[] chunk(String type, byte[] data) {
            byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(typeBytes);
            crc.update(data);
            return ByteBuffer.allocate(data.length + 12).putInt(data.length).put(typeBytes).put(data)
                    .putInt((int) crc.getValue()).array();
        }

        /** IEND is always the last 12 bytes of a well-formed PNG. */
        static byte[] insertBeforeIend(byte[] png, byte[] chunk) {
            int iend = png.length - 12;
            return ByteBuffer.allocate(png.length + chunk.length).put(png, 0, iend).put(chunk)
                    .put(png, iend, 12).array();
        }

        static int indexOf(byte[] haystack, byte[] needle) {
            for (int i = 0; i + needle.length <= haystack.length; i++) {
                if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("not found");
        }

        private static byte[] deflate(String text) {
            Deflater deflater = new Deflater();
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            byte[] buffer = new byte[text.length() * 2 + 64];
            int length = deflater.deflate(buffer);
            deflater.end();
            return Arrays.copyOf(buffer, length);
        }
    }
}
