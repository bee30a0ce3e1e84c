package org.accolade.catalog.internal;

import java.util.Optional;
import java.util.UUID;

import org.accolade.catalog.BadgeImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The uploaded picture of a badge class, in its row but read and written on its own (see {@link BadgeClassRow}). */
@Component
public class BadgeImageStore {

    private final JdbcClient jdbc;

    BadgeImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BadgeImage> find(UUID badgeClassId) {
        return jdbc.sql("select image, image_type from badge_class where id = :id and image is not null")
                .param("id", badgeClassId)
                .query((rs, row) -> new BadgeImage(rs.getBytes("image"), rs.getString("image_type"), false))
                .optional();
    }

    public void store(UUID badgeClassId, byte[] content, String mediaType) {
        jdbc.sql("update badge_class set image = :image, image_type = :type where id = :id")
                .param("image", content).param("type", mediaType).param("id", badgeClassId).update();
    }
}
