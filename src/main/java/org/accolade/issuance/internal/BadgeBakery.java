package org.accolade.issuance.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.accolade.catalog.BadgeImage;
import org.accolade.issuance.BakedImage;
import org.accolade.issuance.baking.BakedImageException;
import org.accolade.issuance.baking.PngBaker;
import org.accolade.issuance.baking.SvgBaker;
import org.accolade.issuance.baking.SvgBaker.Standard;
import org.springframework.stereotype.Component;

/**
 * Bakes an issued badge's payload (a 2.0 assertion's JSON or JWS, a 3.0 credential's JSON) into the badge class's
 * picture: always a PNG, and an SVG as well when the picture is SVG.
 */
@Component
public class BadgeBakery {

    private final PngBaker png = new PngBaker();

    public List<BakedImage> bake(Standard standard, String payload, BadgeImage picture, String badgeKey) {
        boolean isPng = BadgeImage.PNG.equals(picture.mediaType());
        List<BakedImage> baked = new ArrayList<>();
        try {
            byte[] base = isPng ? picture.content() : MedalPng.of(badgeKey);
            String keyword = standard == Standard.OPEN_BADGES_2 ? PngBaker.OPEN_BADGES_2 : PngBaker.OPEN_BADGES_3;
            baked.add(new BakedImage(png.bake(base, keyword, payload), BakedImage.PNG));
            if (!isPng) {
                String image = new String(picture.content(), StandardCharsets.UTF_8);
                byte[] svg = new SvgBaker(standard).bake(image, payload).getBytes(StandardCharsets.UTF_8);
                baked.add(new BakedImage(svg, BakedImage.SVG));
            }
        } catch (BakedImageException e) {
            // Pictures are checked when uploaded and payloads are ours: failing here is a bug, and the job retries.
            throw new IllegalStateException("Cannot bake the badge of " + badgeKey + ": " + e.getMessage(), e);
        }
        return baked;
    }
}
