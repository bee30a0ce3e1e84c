package org.accolade.shared.images;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An image kept in its owner's row but read and written on its own, so that lists of owners never carry the
 * images: its content, its media type and, where the table keeps one, its fingerprint. Each module's store names its
 * own table and columns; badge classes, issuers and partners keep their pictures so.
 */
public class ImageStore {

    private final JdbcClient jdbc;
    private final String select;
    private final String update;
    private final boolean fingerprinted;

    /**
     * The image in {@code table}'s columns {@code content} and {@code type}, and {@code etag} unless null. The names
     * are Accolade's own, never input.
     */
    public ImageStore(JdbcClient jdbc, String table, String content, String type, String etag) {
        this.jdbc = jdbc;
        this.select = "select " + content + " as content, " + type + " as type from " + table + " where id = :id and "
                + content + " is not null";
        this.update = "update " + table + " set " + content + " = :content, " + type + " = :type"
                + (etag == null ? "" : ", " + etag + " = :etag") + " where id = :id";
        this.fingerprinted = etag != null;
    }

    /** A logo in {@code logo}, {@code logo_type} and {@code logo_etag}, as issuers and partners keep theirs. */
    protected ImageStore(JdbcClient jdbc, String table) {
        this(jdbc, table, "logo", "logo_type", "logo_etag");
    }

    public Optional<StoredImage> find(UUID ownerId) {
        return jdbc.sql(select).param("id", ownerId)
                .query((rs, row) -> new StoredImage(rs.getBytes("content"), rs.getString("type")))
                .optional();
    }

    public void store(UUID ownerId, StoredImage image) {
        var statement = jdbc.sql(update).param("content", image.content()).param("type", image.mediaType())
                .param("id", ownerId);
        if (fingerprinted) {
            statement = statement.param("etag", image.etag());
        }
        statement.update();
    }
}
