package org.accolade.issuance.internal.signing;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

@Table("credential_key")
public class CredentialKeyRow implements Persistable<UUID> {

    @Id
    private UUID id;
    private UUID ownerId;
    private String algorithm;
    private int generation;
    private String publicKey;
    private byte[] encryptedPrivateKey;
    private Instant createdAt;
    @Transient
    private boolean isNew;

    protected CredentialKeyRow() {
    }

    CredentialKeyRow(UUID ownerId, CredentialKeyAlgorithm algorithm, int generation, String publicKey,
            byte[] encryptedPrivateKey, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.algorithm = algorithm.name();
        this.generation = generation;
        this.publicKey = publicKey;
        this.encryptedPrivateKey = encryptedPrivateKey;
        this.createdAt = createdAt;
        this.isNew = true;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    CredentialKeyAlgorithm algorithm() {
        return CredentialKeyAlgorithm.valueOf(algorithm);
    }

    int generation() {
        return generation;
    }

    String publicKey() {
        return publicKey;
    }

    byte[] encryptedPrivateKey() {
        return encryptedPrivateKey;
    }

    Instant createdAt() {
        return createdAt;
    }
}
