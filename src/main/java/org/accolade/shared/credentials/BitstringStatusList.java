package org.accolade.shared.credentials;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a Bitstring Status List: {@code u} (multibase base64url) + base64url of the GZIP of the
 * bits, most significant bit first, at least 131,072 entries so that one credential hides among many.
 */
public final class BitstringStatusList {

    /** Entries per list: the standard's minimum, 16 KB of bits. */
    public static final int SIZE = 131_072;
    /** Decoding refuses lists past this size: a status list handed in is not trusted to be small. */
    private static final int MAX_BYTES = 16 * SIZE / 8;

    private BitstringStatusList() {
    }

    public static String encode(Collection<Integer> setIndexes) {
        byte[] bits = new byte[SIZE / 8];
        for (int index : setIndexes) {
            if (index < 0 || index >= SIZE) {
                throw new IllegalArgumentException("status index out of the list: " + index);
            }
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Whether bit {@code index} is set; refused when the list is not a valid encoded list or is too short. */
    public static boolean isSet(String encodedList, long index) throws CredentialException {
        byte[] bits = decode(encodedList);
        if (index < 0 || index >= (long) bits.length * 8) {
            throw new CredentialException(CredentialException.Reason.MALFORMED_PROOF,
                    "status index " + index + " is outside a list of " + bits.length * 8L + " entries");
        }
        return (bits[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0;
    }

    private static byte[] decode(String encodedList) throws CredentialException {
        if (encodedList == null || encodedList.isEmpty()) {
            throw new CredentialException(CredentialException.Reason.MALFORMED_PROOF, "no encodedList");
        }
        // Multibase base64url starts with 'u'; lists issued before multibase have none.
        String body = encodedList.charAt(0) == 'u' ? encodedList.substring(1) : encodedList;
        try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(body)))) {
            byte[] bits = gzip.readNBytes(MAX_BYTES + 1);
            if (bits.length > MAX_BYTES) {
                throw new CredentialException(CredentialException.Reason.MALFORMED_PROOF, "status list too large");
            }
            return bits;
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialException(CredentialException.Reason.MALFORMED_PROOF,
                    "encodedList is not base64url GZIP", e);
        }
    }
}
