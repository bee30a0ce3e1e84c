package org.accolade.issuance.internal.signing;

import java.security.interfaces.RSAPrivateKey;
import java.util.UUID;

/** An issuer's key, decrypted: what signs its badges. */
public record SigningKey(UUID id, RSAPrivateKey privateKey) {
}
