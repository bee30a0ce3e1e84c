package org.accolade.catalog.internal;

import org.accolade.shared.images.ImageStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An issuer's logo, in its row but read and written on its own. */
@Component
public class IssuerLogoStore extends ImageStore {

    IssuerLogoStore(JdbcClient jdbc) {
        super(jdbc, "issuer");
    }
}
