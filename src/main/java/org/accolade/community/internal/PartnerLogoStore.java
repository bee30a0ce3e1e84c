package org.accolade.community.internal;

import java.util.Optional;
import java.util.UUID;

import org.accolade.shared.images.LogoColumns;
import org.accolade.shared.images.StoredImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A partner's logo, in its row but read and written on its own, so that lists never carry the images. */
@Component
public class PartnerLogoStore {

    private final LogoColumns columns;

    PartnerLogoStore(JdbcClient jdbc) {
        this.columns = new LogoColumns(jdbc, "partner");
    }

    public Optional<StoredImage> find(UUID partnerId) {
        return columns.find(partnerId);
    }

    public void store(UUID partnerId, StoredImage logo) {
        columns.store(partnerId, logo);
    }
}
