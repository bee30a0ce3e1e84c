package org.accolade.issuance.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.accolade.catalog.BadgeImage;
import org.accolade.issuance.BakedImage;
import org.accolade.issuance.baking.BakedImageException;
import org.accolade.issuance.baking.PngBaker;
import org.accolade.issuance.baking.SvgBaker;
import org.springframework.stereotype.Component;

/**
 * Bakes an issued badge's payload (its JSON, or its JWS when signed) into the badge class's picture: always a PNG,
 * and an SVG as well when the picture is SVG.
 */
@Component
public class BadgeBakery {

    private final PngBaker png = new PngBaker();
    private final SvgBaker svg = new SvgBaker(SvgBaker.Standard.OPEN_BADGES_2);

    public List<BakedImage> bake(String payload, BadgeImage picture, String badgeKey) {
        boolean isPng = BadgeImage.PNG.equals(picture.mediaType());
        List<BakedImage> baked = new ArrayList<>();
        try {
            byte[] base = isPng ? picture.content() : MedalPng.of(badgeKey);
            baked.add(new BakedImage(png.bake(base, PngBaker.OPEN_BADGES_2, payload), BakedImage.PNG));
            if (!isPng) {
                String image = new String(picture.content(), StandardCharsets.UTF_8);
                baked.add(new BakedImage(svg.bake(image, payload).getBytes(StandardCharsets.UTF_8), BakedImage.SVG));
            }
        } catch (BakedImageException e) {
            // Pictures are checked when uploaded and payloads are ours: failing here is a bug, and the job retries.
            throw new IllegalStateException("Cannot bake the badge of " + badgeKey + ": " + e.getMessage(), e);
        }
        return baked;
    }
}
