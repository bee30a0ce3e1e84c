package org.accolade.issuance.internal.signing;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts private keys at rest: AES-256-GCM under a key derived from {@code accolade.signing.secret} with PBKDF2
 * and a fresh salt per key. Stored as salt, then IV, then ciphertext with its tag; a wrong secret or a changed byte
 * fails to decrypt rather than give a wrong key.
 */
@Component
class KeyEncryption {

    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; paid once per key, since decrypted keys are cached. */
    private static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] secret;

    KeyEncryption(@Value("${accolade.signing.secret}") String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("accolade.signing.secret must be set to encrypt the issuers' keys");
        }
        this.secret = secret.toCharArray();
    }

    byte[] encrypt(byte[] plain) {
        byte[] salt = random(SALT_BYTES);
        byte[] iv = random(IV_BYTES);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, salt, iv, plain);
        return ByteBuffer.allocate(salt.length + iv.length + sealed.length).put(salt).put(iv).put(sealed).array();
    }

    byte[] decrypt(byte[] stored) {
        byte[] salt = Arrays.copyOfRange(stored, 0, SALT_BYTES);
        byte[] iv = Arrays.copyOfRange(stored, SALT_BYTES, SALT_BYTES + IV_BYTES);
        return cipher(Cipher.DECRYPT_MODE, salt, iv, Arrays.copyOfRange(stored, SALT_BYTES + IV_BYTES, stored.length));
    }

    private byte[] cipher(int mode, byte[] salt, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, derive(salt), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                            + " a signing key; was accolade.signing.secret changed?", e);
        }
    }

    private SecretKeySpec derive(byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, ITERATIONS, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(key, "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
