package org.accolade.catalog.internal;

import java.util.Optional;
import java.util.UUID;

import org.accolade.catalog.BadgeImage;
import org.accolade.shared.images.ImageStore;
import org.accolade.shared.images.StoredImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The uploaded picture of a badge class, in its row but read and written on its own (see {@link BadgeClassRow}). */
@Component
public class BadgeImageStore {

    private final ImageStore images;

    BadgeImageStore(JdbcClient jdbc) {
        this.images = new ImageStore(jdbc, "badge_class", "image", "image_type", null);
    }

    public Optional<BadgeImage> find(UUID badgeClassId) {
        return images.find(badgeClassId).map(image -> new BadgeImage(image.content(), image.mediaType(), false));
    }

    public void store(UUID badgeClassId, byte[] content, String mediaType) {
        images.store(badgeClassId, new StoredImage(content, mediaType));
    }
}
