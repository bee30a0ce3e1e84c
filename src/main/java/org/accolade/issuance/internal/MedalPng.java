package org.accolade.issuance.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * A 256×256 PNG medal for badge classes whose picture is SVG (or the generated placeholder): a PNG is what every
 * backpack and LinkedIn accept, and the JDK cannot rasterise SVG. Shapes only, no text, so that it looks the same on
 * a server without fonts.
 */
final class MedalPng {

    static final int SIZE = 256;
    private static final Color[][] COLOURS = { { new Color(0x1f5fa8), new Color(0xd8e6f7) },
            { new Color(0x2e7d4f), new Color(0xdcefe3) }, { new Color(0xa3461b), new Color(0xf6e0d4) },
            { new Color(0x6b3fa0), new Color(0xe8ddf4) }, { new Color(0x8a6d00), new Color(0xf5ecc8) },
            { new Color(0x00707a), new Color(0xd3eef0) } };

    private MedalPng() {
    }

    /** The colours follow {@code seed} (the badge class key), so that two badges side by side differ. */
    static byte[] of(String seed) {
        Color[] colour = COLOURS[Math.floorMod(seed == null ? 0 : seed.hashCode(), COLOURS.length)];
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            drawRibbons(g, colour[0]);
            g.setColor(colour[0]);
            g.fill(new Ellipse2D.Double(28, 8, 200, 200));
            g.setColor(colour[1]);
            g.fill(new Ellipse2D.Double(44, 24, 168, 168));
            g.setColor(colour[0]);
            g.setStroke(new BasicStroke(5));
            g.draw(new Ellipse2D.Double(44, 24, 168, 168));
            g.fill(star(128, 108, 62, 25));
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static void drawRibbons(Graphics2D g, Color colour) {
        g.setColor(colour.darker());
        g.fill(new Polygon(new int[] { 80, 52, 88, 112, 126 }, new int[] { 150, 252, 232, 254, 164 }, 5));
        g.fill(new Polygon(new int[] { 176, 204, 168, 144, 130 }, new int[] { 150, 252, 232, 254, 164 }, 5));
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D star = new Path2D.Double();
        for (int point = 0; point < 10; point++) {
            double radius = point % 2 == 0 ? outer : inner;
            double angle = Math.PI / 5 * point - Math.PI / 2;
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (point == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
    }
}
