package org.accolade.issuance.internal.signing;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

@Table("issuer_key")
public class IssuerKeyRow implements Persistable<UUID> {

    @Id
    private UUID id;
    private UUID issuerId;
    private String publicKeyPem;
    private byte[] encryptedPrivateKey;
    private Instant createdAt;
    @Transient
    private boolean isNew;

    protected IssuerKeyRow() {
    }

    IssuerKeyRow(UUID issuerId, String publicKeyPem, byte[] encryptedPrivateKey, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.issuerId = issuerId;
        this.publicKeyPem = publicKeyPem;
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

    UUID issuerId() {
        return issuerId;
    }

    String publicKeyPem() {
        return publicKeyPem;
    }

    byte[] encryptedPrivateKey() {
        return encryptedPrivateKey;
    }
}
