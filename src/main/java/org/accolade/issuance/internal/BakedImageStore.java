package org.accolade.issuance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accolade.issuance.BakedImage;
import org.accolade.issuance.baking.SvgBaker.Standard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The baked images, kept apart from the assertion so that its many reads never carry them: the 2.0 assertion's and
 * the 3.0 credential's, each in its own table.
 */
@Repository
public class BakedImageStore {

    private final JdbcClient jdbc;

    BakedImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(UUID assertionId, Standard standard, List<BakedImage> images) {
        images.forEach(image -> jdbc.sql("insert into " + table(standard)
                + " (assertion_id, media_type, content) values (?, ?, ?)")
                .params(assertionId, image.mediaType(), image.content()).update());
    }

    public Optional<BakedImage> find(UUID assertionId, Standard standard, String mediaType) {
        return jdbc.sql("select content from " + table(standard) + " where assertion_id = ? and media_type = ?")
                .params(assertionId, mediaType)
                .query((row, index) -> new BakedImage(row.getBytes(1), mediaType)).optional();
    }

    public List<String> mediaTypes(UUID assertionId, Standard standard) {
        return jdbc.sql("select media_type from " + table(standard) + " where assertion_id = ? order by media_type")
                .param(assertionId).query(String.class).list();
    }

    private static String table(Standard standard) {
        return standard == Standard.OPEN_BADGES_2 ? "baked_image" : "baked_credential_image";
    }
}
