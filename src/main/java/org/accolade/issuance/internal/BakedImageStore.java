package org.accolade.issuance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accolade.issuance.BakedImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The baked images, kept apart from the assertion so that its many reads never carry them. */
@Repository
public class BakedImageStore {

    private final JdbcClient jdbc;

    BakedImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(UUID assertionId, List<BakedImage> images) {
        images.forEach(image -> jdbc.sql("insert into baked_image (assertion_id, media_type, content) values (?, ?, ?)")
                .params(assertionId, image.mediaType(), image.content()).update());
    }

    public Optional<BakedImage> find(UUID assertionId, String mediaType) {
        return jdbc.sql("select content from baked_image where assertion_id = ? and media_type = ?")
                .params(assertionId, mediaType)
                .query((row, index) -> new BakedImage(row.getBytes(1), mediaType)).optional();
    }

    public List<String> mediaTypes(UUID assertionId) {
        return jdbc.sql("select media_type from baked_image where assertion_id = ? order by media_type")
                .param(assertionId).query(String.class).list();
    }
}
