package org.accolade.issuance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A hashed email recipient of an Open Badges 2.0 IdentityObject: {@code identity} is {@code sha256$} followed by the
 * lowercase hex of SHA-256(email + salt), and {@code salt} is published beside it.
 *
 * <p>The rule, on both sides: the email is trimmed and lower-cased (in {@link Locale#ROOT}) before hashing, so that
 * {@code Alice@Example.org} and {@code alice@example.org} give the same identity. Email addresses are
 * case-insensitive in practice, and a verifier that is given an address typed differently must still match.
 */
public record RecipientHash(String identity, String salt) {

    private static final String PREFIX = "sha256$";
    private static final SecureRandom RANDOM = new SecureRandom();

    public RecipientHash {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(salt, "salt");
    }

    public static RecipientHash of(String email, String salt) {
        return new RecipientHash(PREFIX + HexFormat.of().formatHex(sha256(normalise(email) + salt)), salt);
    }

    /** A fresh salt of 128 random bits in hex, one per assertion, so that identities cannot be linked. */
    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** Whether {@code email}, normalised as described above, hashes to this identity; compared in constant time. */
    public boolean matches(String email) {
        byte[] expected = identity.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = of(email, salt).identity().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
