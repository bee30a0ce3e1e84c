package org.accolade.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Real image files, written here rather than shipped. */
public final class TestImages {

    private TestImages() {
    }

    /** A 64×64 PNG drawn with javax.imageio. */
    public static byte[] png() {
        return encode("png", BufferedImage.TYPE_INT_ARGB);
    }

    public static byte[] jpeg() {
        return encode("jpg", BufferedImage.TYPE_INT_RGB);
    }

    /** A real PNG followed by padding up to this size: still a PNG by its signature, but too large. */
    public static byte[] pngOfSize(int size) {
        byte[] png = png();
        return Arrays.copyOf(png, Math.max(size, png.length));
    }

    public static byte[] svg() {
        return utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
                  <circle cx="50" cy="50" r="40" fill="gold"/>
                </svg>
                """);
    }

    public static byte[] svgWithScript() {
        return utf8("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
                  <circle cx="50" cy="50" r="40" fill="gold"/>
                  <script>alert(document.cookie)</script>
                </svg>
                """);
    }

    public static byte[] svgWithEventHandler() {
        return utf8("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" onload="alert(1)">
                  <circle cx="50" cy="50" r="40" fill="gold"/>
                </svg>
                """);
    }

    public static byte[] svgWithExternalEntity() {
        return utf8("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>
                """);
    }

    public static byte[] xmlThatIsNotSvg() {
        return utf8("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>Hello</body></html>");
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encode(String format, int type) {
        BufferedImage image = new BufferedImage(64, 64, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(4, 4, 56, 56);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
