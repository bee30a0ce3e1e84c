package org.accolade.issuance.internal.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.accolade.shared.credentials.Ed25519;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;

/**
 * The keys that sign Open Badges 3.0 credentials, per owner (an issuer, or a partner for its endorsements) and
 * algorithm: created on first use, rotated on demand. The newest generation signs; every generation stays published,
 * so that what an earlier key signed stays verifiable. Private keys are stored encrypted and decrypted once.
 */
@Component
public class CredentialKeys {

    private final CredentialKeyRepository keys;
    private final KeyEncryption encryption;
    private final RacingInsert racingInsert;
    private final Clock clock;
    private final Map<UUID, CredentialKey> decrypted = new ConcurrentHashMap<>();

    CredentialKeys(CredentialKeyRepository keys, KeyEncryption encryption, PlatformTransactionManager transactions,
            Clock clock) {
        this.keys = keys;
        this.encryption = encryption;
        this.racingInsert = new RacingInsert(transactions);
        this.clock = clock;
    }

    /** The owner's current key for {@code algorithm}, created now if it has none. */
    public CredentialKey current(UUID owner, CredentialKeyAlgorithm algorithm) {
        CredentialKeyRow row = newest(owner, algorithm).orElseGet(() -> create(owner, algorithm, 0));
        return decrypted.computeIfAbsent(row.getId(),
                id -> new CredentialKey(id, algorithm, privateKey(algorithm, row)));
    }

    /** Every key the owner ever had, oldest first per algorithm: what its DID document lists. */
    public List<PublishedKey> published(UUID owner) {
        return keys.findByOwnerIdOrderByAlgorithmAscGenerationAsc(owner).stream()
                .map(row -> new PublishedKey(row.getId(), row.algorithm(), row.publicKey())).toList();
    }

    /**
     * A new generation of both keys; from now on they sign. Two rotations at the same instant make one: the loser's
     * insert fails on the unique generation and it keeps the winner's.
     */
    public void rotate(UUID owner) {
        for (CredentialKeyAlgorithm algorithm : CredentialKeyAlgorithm.values()) {
            int next = newest(owner, algorithm).map(row -> row.generation() + 1).orElse(0);
            create(owner, algorithm, next);
        }
    }

    private Optional<CredentialKeyRow> newest(UUID owner, CredentialKeyAlgorithm algorithm) {
        return keys.findFirstByOwnerIdAndAlgorithmOrderByGenerationDesc(owner, algorithm.name());
    }

    private CredentialKeyRow create(UUID owner, CredentialKeyAlgorithm algorithm, int generation) {
        return racingInsert.insertOrRead(() -> keys.save(newKey(owner, algorithm, generation)),
                () -> newest(owner, algorithm).orElseThrow());
    }

    private CredentialKeyRow newKey(UUID owner, CredentialKeyAlgorithm algorithm, int generation) {
        KeyPair pair = generate(algorithm);
        String published = switch (algorithm) {
            case ED25519 -> Ed25519.multikey(pair.getPublic());
            case ES256 -> new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).build().toJSONString();
        };
        return new CredentialKeyRow(owner, algorithm, generation, published,
                encryption.encrypt(pair.getPrivate().getEncoded()), clock.instant());
    }

    private static KeyPair generate(CredentialKeyAlgorithm algorithm) {
        if (algorithm == CredentialKeyAlgorithm.ED25519) {
            return Ed25519.generate();
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides P-256", e);
        }
    }

    private PrivateKey privateKey(CredentialKeyAlgorithm algorithm, CredentialKeyRow row) {
        byte[] pkcs8 = encryption.decrypt(row.encryptedPrivateKey());
        if (algorithm == CredentialKeyAlgorithm.ED25519) {
            return Ed25519.privateKey(pkcs8);
        }
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored credential key " + row.getId() + " is not a P-256 key", e);
        }
    }
}
