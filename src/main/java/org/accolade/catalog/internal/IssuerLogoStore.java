package org.accolade.catalog.internal;

import java.util.Optional;
import java.util.UUID;

import org.accolade.shared.images.LogoColumns;
import org.accolade.shared.images.StoredImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An issuer's logo, in its row but read and written on its own. */
@Component
public class IssuerLogoStore {

    private final LogoColumns columns;

    IssuerLogoStore(JdbcClient jdbc) {
        this.columns = new LogoColumns(jdbc, "issuer");
    }

    public Optional<StoredImage> find(UUID issuerId) {
        return columns.find(issuerId);
    }

    public void store(UUID issuerId, StoredImage logo) {
        columns.store(issuerId, logo);
    }
}
