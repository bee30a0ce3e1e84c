package org.accolade.issuance.internal.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.accolade.shared.OrganisationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One RSA key pair per issuer, created the first time one of its badges is signed. The private key is stored
 * encrypted and decrypted at most once per key in this process.
 */
@Component
public class SigningKeys {

    private static final int KEY_BITS = 2048;

    private final IssuerKeyRepository keys;
    private final KeyEncryption encryption;
    private final RacingInsert racingInsert;
    private final Clock clock;
    private final Map<UUID, SigningKey> decrypted = new ConcurrentHashMap<>();

    SigningKeys(IssuerKeyRepository keys, KeyEncryption encryption, PlatformTransactionManager transactions,
            Clock clock) {
        this.keys = keys;
        this.encryption = encryption;
        this.racingInsert = new RacingInsert(transactions);
        this.clock = clock;
    }

    /** The issuer's key, created now if it has none. */
    public SigningKey forIssuer(OrganisationId issuer) {
        IssuerKeyRow row = keys.findByIssuerId(issuer.value()).orElseGet(() -> create(issuer));
        return decrypted.computeIfAbsent(row.getId(), id -> new SigningKey(id, privateKey(row)));
    }

    public Optional<PublicKeyRecord> publicKey(OrganisationId issuer, UUID keyId) {
        return keys.findById(keyId).filter(row -> row.issuerId().equals(issuer.value()))
                .map(row -> new PublicKeyRecord(row.getId(), issuer, row.publicKeyPem()));
    }

    public Optional<UUID> keyIdOf(OrganisationId issuer) {
        return keys.findByIssuerId(issuer.value()).map(IssuerKeyRow::getId);
    }

    /**
     * In its own transaction, so that two issuances racing to create the same issuer's key leave one key: the loser's
     * insert fails on the unique issuer id without spoiling its caller's transaction, and it reads the winner's.
     */
    private IssuerKeyRow create(OrganisationId issuer) {
        return racingInsert.insertOrRead(() -> keys.save(newKey(issuer)),
                () -> keys.findByIssuerId(issuer.value()).orElseThrow());
    }

    private IssuerKeyRow newKey(OrganisationId issuer) {
        KeyPair pair = generate();
        return new IssuerKeyRow(issuer.value(), pem(pair.getPublic()),
                encryption.encrypt(pair.getPrivate().getEncoded()), clock.instant());
    }

    private RSAPrivateKey privateKey(IssuerKeyRow row) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(encryption.decrypt(row.encryptedPrivateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored signing key " + row.getId() + " is not an RSA key", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides RSA", e);
        }
    }

    /** PEM of an X.509 SubjectPublicKeyInfo, the form of a CryptographicKey's publicKeyPem. */
    private static String pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
