package org.accolade.community.internal;

import java.util.Optional;
import java.util.UUID;

import org.accolade.community.PartnerLogo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A partner's logo, in its row but read and written on its own, so that lists never carry the images. */
@Component
public class PartnerLogoStore {

    private final JdbcClient jdbc;

    PartnerLogoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PartnerLogo> find(UUID partnerId) {
        return jdbc.sql("select logo, logo_type from partner where id = :id and logo is not null")
                .param("id", partnerId)
                .query((rs, row) -> new PartnerLogo(rs.getBytes("logo"), rs.getString("logo_type")))
                .optional();
    }

    public void store(UUID partnerId, PartnerLogo logo) {
        jdbc.sql("update partner set logo = :logo, logo_type = :type, logo_etag = :etag where id = :id")
                .param("logo", logo.content()).param("type", logo.mediaType()).param("etag", logo.etag())
                .param("id", partnerId).update();
    }
}
