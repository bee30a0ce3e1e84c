package org.accolade.community.internal;

import org.accolade.shared.images.ImageStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A partner's logo, in its row but read and written on its own, so that lists never carry the images. */
@Component
public class PartnerLogoStore extends ImageStore {

    PartnerLogoStore(JdbcClient jdbc) {
        super(jdbc, "partner");
    }
}
