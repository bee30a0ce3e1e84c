package org.accolade.issuance.baking;

import static org.accolade.issuance.baking.BakedImageException.Reason.CRC_MISMATCH;
import static org.accolade.issuance.baking.BakedImageException.Reason.MALFORMED;
import static org.accolade.issuance.baking.BakedImageException.Reason.NOT_PNG;
import static org.accolade.issuance.baking.BakedImageException.Reason.TRUNCATED;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/** The chunks of a PNG file, checked for signature, length, CRC and a final IEND, without decoding the image. */
final class PngChunks {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Length, type and CRC around each chunk's data. */
    private static final int FRAMING = 12;

    /** A chunk's type and data, and where the whole chunk (length to CRC) lies in the file. */
    record Chunk(String type, byte[] data, int start, int end) {

        boolean is(String other) {
            return type.equals(other);
        }

        boolean startsWithKeyword(String keyword) {
            return PngChunks.startsWithKeyword(data, keyword);
        }
    }

    private PngChunks() {
    }

    static List<Chunk> of(byte[] png) throws BakedImageException {
        if (png == null || png.length < SIGNATURE.length
                || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new BakedImageException(NOT_PNG, "the file does not start with the PNG signature");
        }
        List<Chunk> chunks = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png, SIGNATURE.length, png.length - SIGNATURE.length);
        Chunk chunk;
        do {
            chunk = next(in);
            chunks.add(chunk);
        } while (!chunk.is("IEND"));
        return chunks;
    }

    /** True when an iTXt/tEXt/zTXt data block begins with {@code keyword} followed by its NUL terminator. */
    static boolean startsWithKeyword(byte[] data, String keyword) {
        byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
        return data.length > key.length && data[key.length] == 0
                && Arrays.equals(data, 0, key.length, key, 0, key.length);
    }

    private static Chunk next(ByteBuffer in) throws BakedImageException {
        int start = in.position();
        if (in.remaining() < FRAMING) {
            throw new BakedImageException(TRUNCATED, "the file ends before its IEND chunk");
        }
        long length = Integer.toUnsignedLong(in.getInt());
        if (length > Integer.MAX_VALUE) {
            throw new BakedImageException(MALFORMED, "a chunk length exceeds 2^31-1");
        }
        if (length + FRAMING - 4 > in.remaining()) {
            throw new BakedImageException(TRUNCATED, "a chunk is cut short at the end of the file");
        }
        byte[] typeAndData = new byte[4 + (int) length];
        in.get(typeAndData);
        requireCrc(typeAndData, Integer.toUnsignedLong(in.getInt()));
        String type = new String(typeAndData, 0, 4, StandardCharsets.ISO_8859_1);
        return new Chunk(type, Arrays.copyOfRange(typeAndData, 4, typeAndData.length), start, in.position());
    }

    private static void requireCrc(byte[] typeAndData, long expected) throws BakedImageException {
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        if (crc.getValue() != expected) {
            String type = new String(typeAndData, 0, 4, StandardCharsets.ISO_8859_1);
            throw new BakedImageException(CRC_MISMATCH, "the CRC of a chunk '" + type + "' does not match");
        }
    }
}
