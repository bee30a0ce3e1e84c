package org.accolade.shared.images;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A logo kept in its owner's row ({@code logo}, {@code logo_type}, {@code logo_etag}) but read and written on its
 * own, so that lists of owners never carry the images. Partners and issuers keep theirs so, each module with its
 * store naming its table.
 */
public class LogoColumns {

    private final JdbcClient jdbc;
    private final String table;

    /** {@code table} is one of Accolade's own table names, never input. */
    protected LogoColumns(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    public Optional<StoredImage> find(UUID ownerId) {
        return jdbc.sql("select logo, logo_type from " + table + " where id = :id and logo is not null")
                .param("id", ownerId)
                .query((rs, row) -> new StoredImage(rs.getBytes("logo"), rs.getString("logo_type")))
                .optional();
    }

    public void store(UUID ownerId, StoredImage logo) {
        jdbc.sql("update " + table + " set logo = :logo, logo_type = :type, logo_etag = :etag where id = :id")
                .param("logo", logo.content()).param("type", logo.mediaType()).param("etag", logo.etag())
                .param("id", ownerId).update();
    }
}
