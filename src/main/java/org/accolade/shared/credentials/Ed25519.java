package org.accolade.shared.credentials;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import com.apicatalog.multibase.Multibase;

/**
 * Ed25519 keys as the JDK holds them and as credentials name them: a Multikey is {@code z} + base58btc of the
 * multicodec prefix {@code 0xed 0x01} and the 32 raw bytes of the public key, and a did:key is {@code did:key:} + it.
 */
public final class Ed25519 {

    private static final byte[] MULTICODEC = { (byte) 0xed, 0x01 };
    /** The DER header of an Ed25519 SubjectPublicKeyInfo; the raw key follows it. */
    private static final byte[] X509_PREFIX =
            { 0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00 };
    private static final int KEY_BYTES = 32;

    private Ed25519() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 15 and later provide Ed25519", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with an Ed25519 key", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The public key as {@code publicKeyMultibase}: {@code z6Mk…}. */
    public static String multikey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - KEY_BYTES, encoded.length);
        byte[] prefixed = new byte[MULTICODEC.length + KEY_BYTES];
        System.arraycopy(MULTICODEC, 0, prefixed, 0, MULTICODEC.length);
        System.arraycopy(raw, 0, prefixed, MULTICODEC.length, KEY_BYTES);
        return Multibase.BASE_58_BTC.encode(prefixed);
    }

    /** The public key a {@code publicKeyMultibase} or did:key names; refused unless it is an Ed25519 Multikey. */
    public static PublicKey fromMultikey(String multibase) throws CredentialException {
        if (multibase == null || !Multibase.BASE_58_BTC.isEncoded(multibase)) {
            throw new CredentialException(CredentialException.Reason.BAD_KEY, "not a base58btc multibase key");
        }
        byte[] prefixed;
        try {
            prefixed = Multibase.BASE_58_BTC.decode(multibase);
        } catch (RuntimeException e) {
            throw new CredentialException(CredentialException.Reason.BAD_KEY, "not a base58btc multibase key", e);
        }
        if (prefixed.length != MULTICODEC.length + KEY_BYTES || prefixed[0] != MULTICODEC[0]
                || prefixed[1] != MULTICODEC[1]) {
            throw new CredentialException(CredentialException.Reason.BAD_KEY, "not an Ed25519 Multikey");
        }
        byte[] encoded = new byte[X509_PREFIX.length + KEY_BYTES];
        System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
        System.arraycopy(prefixed, MULTICODEC.length, encoded, X509_PREFIX.length, KEY_BYTES);
        return publicKey(encoded);
    }

    public static PublicKey publicKey(byte[] x509) throws CredentialException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new CredentialException(CredentialException.Reason.BAD_KEY, "not an Ed25519 public key", e);
        }
    }

    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored Ed25519 private key is unreadable", e);
        }
    }
}
