package org.accolade.issuance.baking;

import static org.accolade.issuance.baking.BakedImageException.Reason.COMPRESSED_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.DUPLICATE_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.INVALID_KEYWORD;
import static org.accolade.issuance.baking.BakedImageException.Reason.MALFORMED;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ar.com.hjg.pngj.chunks.ChunkRaw;
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

    /**
     * Returns a copy of {@code png} carrying {@code payload} in a single iTXt chunk with {@code keyword}, placed
     * before IEND; any text chunk with that keyword already there is dropped, so re-baking never duplicates. Every
     * other chunk is copied byte for byte, image data included: nothing is decoded or compressed again, so baking is
     * fast and the same input always gives the same bytes.
     */
    public byte[] bake(byte[] png, String keyword, String payload) throws BakedImageException {
        requireKeyword(keyword);
        BakingLimits.requireWithinLimit(payload);
        List<PngChunks.Chunk> chunks = PngChunks.of(png);
        if (!chunks.get(0).is("IHDR")) {
            throw new BakedImageException(MALFORMED, "the first chunk is " + chunks.get(0).type() + ", not IHDR");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + payload.length() + 64);
        out.write(png, 0, PngChunks.SIGNATURE.length);
        for (PngChunks.Chunk chunk : chunks) {
            if (chunk.is("IEND")) {
                badgeChunk(keyword, payload).writeChunk(out);
            }
            if (!isTextWithKeyword(chunk, keyword)) {
                out.write(png, chunk.start(), chunk.end() - chunk.start());
            }
        }
        return out.toByteArray();
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

    /** tEXt, zTXt or iTXt under our keyword, compressed or not: the one we write replaces them all. */
    private static boolean isTextWithKeyword(PngChunks.Chunk chunk, String keyword) {
        return (chunk.is("iTXt") || chunk.is("tEXt") || chunk.is("zTXt")) && chunk.startsWithKeyword(keyword);
    }

    /** PNGJ lays out the iTXt chunk and its CRC; uncompressed, with empty language and translated keyword. */
    private static ChunkRaw badgeChunk(String keyword, String payload) {
        PngChunkITXT chunk = new PngChunkITXT(null);
        chunk.setKeyVal(keyword, payload);
        chunk.setCompressed(false);
        chunk.setLangtag("");
        chunk.setTranslatedTag("");
        return chunk.createRawChunk();
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
