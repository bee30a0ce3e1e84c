package org.accolade.issuance.baking;

import static org.accolade.issuance.baking.BakedImageException.Reason.COMPRESSED_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.DUPLICATE_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.INVALID_KEYWORD;
import static org.accolade.issuance.baking.BakedImageException.Reason.MALFORMED;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import ar.com.hjg.pngj.PngReader;
import ar.com.hjg.pngj.PngWriter;
import ar.com.hjg.pngj.PngjException;
import ar.com.hjg.pngj.chunks.PngChunk;
import ar.com.hjg.pngj.chunks.PngChunkITXT;

/**
 * Bakes a payload into a PNG as one uncompressed iTXt chunk, and reads it back, per the Open Badges Baking
 * Specification.
 */
public final class PngBaker {

    /** The iTXt keyword of an Open Badges 2.0 assertion (JSON, or a JWS for a signed one). */
    public static final String OPEN_BADGES_2 = "openbadges";
    /** The iTXt keyword of an Open Badges 3.0 credential. */
    public static final String OPEN_BADGES_3 = "openbadgecredential";

    /** A fixed level, so that baking the same image twice gives the same bytes. */
    private static final int DEFLATE_LEVEL = 9;

    /**
     * Returns a copy of {@code png} carrying {@code payload} in a single iTXt chunk with {@code keyword}, placed
     * after the image data; any chunk with that keyword already there is dropped, so re-baking never duplicates.
     */
    public byte[] bake(byte[] png, String keyword, String payload) throws BakedImageException {
        requireKeyword(keyword);
        BakingLimits.requireWithinLimit(payload);
        // The same checks as reading first, so that a damaged image is refused with a precise reason.
        PngChunks.of(png);
        try {
            return rewrite(png, keyword, payload);
        } catch (PngjException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            throw new BakedImageException(MALFORMED, "the image cannot be decoded: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the payload under {@code keyword}, empty if there is none. Walks the chunks itself rather than
     * decoding the image with PNGJ, so that every refusal has a precise reason and no other exception escapes.
     */
    public Optional<String> read(byte[] png, String keyword) throws BakedImageException {
        requireKeyword(keyword);
        Optional<String> found = Optional.empty();
        for (PngChunks.Chunk chunk : PngChunks.of(png)) {
            if (chunk.is("iTXt") && chunk.startsWithKeyword(keyword)) {
                if (found.isPresent()) {
                    throw new BakedImageException(DUPLICATE_PAYLOAD, "more than one iTXt chunk '" + keyword + "'");
                }
                found = Optional.of(payloadOf(chunk.data(), keyword));
            }
        }
        return found;
    }

    private static byte[] rewrite(byte[] png, String keyword, String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + payload.length() + 64);
        PngReader reader = new PngReader(new ByteArrayInputStream(png));
        PngWriter writer = new PngWriter(out, reader.imgInfo);
        try {
            writer.setCompLevel(DEFLATE_LEVEL);
            writer.copyChunksFrom(reader.getChunksList(), chunk -> !isBadgeChunk(chunk, keyword));
            writer.queueChunk(badgeChunk(reader, keyword, payload));
            while (reader.hasMoreRows()) {
                writer.writeRow(reader.readRow());
            }
            reader.end();
            writer.end();
        } finally {
            reader.close();
            writer.close();
        }
        return out.toByteArray();
    }

    private static boolean isBadgeChunk(PngChunk chunk, String keyword) {
        // PNGJ parses iTXt whether compressed or not, so a compressed one with our keyword is dropped too.
        return chunk instanceof PngChunkITXT text && keyword.equals(text.getKey());
    }

    private static PngChunkITXT badgeChunk(PngReader reader, String keyword, String payload) {
        PngChunkITXT chunk = new PngChunkITXT(reader.imgInfo);
        chunk.setKeyVal(keyword, payload);
        chunk.setCompressed(false);
        chunk.setLangtag("");
        chunk.setTranslatedTag("");
        return chunk;
    }

    /** iTXt data: keyword NUL, compression flag, compression method, language tag NUL, translated keyword NUL, text. */
    private static String payloadOf(byte[] data, String keyword) throws BakedImageException {
        int flag = keyword.length() + 1;
        if (data.length < flag + 2) {
            throw new BakedImageException(MALFORMED, "iTXt chunk '" + keyword + "' is too short");
        }
        if (data[flag] != 0) {
            throw new BakedImageException(COMPRESSED_PAYLOAD,
                    "iTXt chunk '" + keyword + "' is compressed; the Baking Specification requires it uncompressed");
        }
        int languageEnd = indexOfNul(data, flag + 2, keyword);
        int text = indexOfNul(data, languageEnd + 1, keyword) + 1;
        BakingLimits.requireWithinLimit(data.length - text);
        return utf8(Arrays.copyOfRange(data, text, data.length));
    }

    private static int indexOfNul(byte[] data, int from, String keyword) throws BakedImageException {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        throw new BakedImageException(MALFORMED, "iTXt chunk '" + keyword + "' lacks its NUL separators");
    }

    private static String utf8(byte[] bytes) throws BakedImageException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BakedImageException(MALFORMED, "the payload is not UTF-8", e);
        }
    }

    private static void requireKeyword(String keyword) throws BakedImageException {
        // PNG keywords are 1 to 79 Latin-1 printable characters; ours are plain ASCII.
        if (keyword == null || !keyword.matches("[\\x21-\\x7e]{1,79}")) {
            throw new BakedImageException(INVALID_KEYWORD, "not a PNG text keyword: " + keyword);
        }
    }
}
