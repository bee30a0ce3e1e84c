package org.accolade.shared.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.accolade.shared.DomainException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Decides by its content whether an uploaded file is an image we accept: a PNG (its signature and header chunk) or
 * an SVG (well-formed XML with an {@code svg} root, no DTD, no script, no event handler), at most 512 KB, and of the
 * type its upload claims. Uploaded images are shown to everyone, so an SVG that could run code is refused rather
 * than cleaned.
 * <p>
 * Each use names the field it checks and the prefix of its message codes ({@code <prefix>.empty},
 * {@code .too-large}, {@code .unsupported-type}, {@code .not-png}, {@code .not-svg}, {@code .svg-doctype},
 * {@code .svg-script}), so that a refusal speaks of a badge image or of a logo.
 */
public final class ImageInspector {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
    /** The largest image accepted: 512 KB. */
    public static final int MAX_BYTES = 512 * 1024;

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] PNG_HEADER_CHUNK = { 'I', 'H', 'D', 'R' };
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private final String codePrefix;
    private final String field;

    /** Checks for the field {@code field}, refusing with the codes {@code <codePrefix>.<reason>}. */
    public ImageInspector(String codePrefix, String field) {
        this.codePrefix = codePrefix;
        this.field = field;
    }

    /** The image's media type, {@link #PNG} or {@link #SVG}; refuses anything else. */
    public String mediaTypeOf(ImageUpload upload) {
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw refusal("empty");
        }
        if (content.length > MAX_BYTES) {
            throw refusal("too-large", MAX_BYTES / 1024);
        }
        String claimed = claimedType(upload);
        if (PNG.equals(claimed)) {
            if (!isPng(content)) {
                throw refusal("not-png");
            }
        } else {
            checkSvg(content);
        }
        return claimed;
    }

    /** A short fingerprint of an image's content, for HTTP caching and for telling one version from another. */
    public static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private DomainException refusal(String reason, Object... arguments) {
        return DomainException.invalid(codePrefix + "." + reason, field, arguments);
    }

    /** The type the upload claims, from its media type, else from its file name's extension. */
    private String claimedType(ImageUpload upload) {
        String type = upload.mediaType() == null ? "" : upload.mediaType().trim().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters).trim();
        }
        if (type.isEmpty() || type.equals("application/octet-stream")) {
            String name = upload.fileName() == null ? "" : upload.fileName().toLowerCase(Locale.ROOT);
            type = name.endsWith(".png") ? PNG : name.endsWith(".svg") ? SVG : "";
        }
        if (!type.equals(PNG) && !type.equals(SVG)) {
            throw refusal("unsupported-type");
        }
        return type;
    }

    static boolean isPng(byte[] content) {
        return content.length >= 16
                && Arrays.equals(content, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)
                && Arrays.equals(content, 12, 16, PNG_HEADER_CHUNK, 0, PNG_HEADER_CHUNK.length);
    }

    private void checkSvg(byte[] content) {
        if (new String(content, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
            throw refusal("svg-doctype");
        }
        Document document;
        try {
            DocumentBuilder builder = parserFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            // No entity is ever resolved: a DTD is refused by the factory, this is a second lock.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            document = builder.parse(new ByteArrayInputStream(content));
        } catch (SAXException | IOException e) {
            throw refusal("not-svg");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser supports secure processing", e);
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NAMESPACE.equals(root.getNamespaceURI())) {
            throw refusal("not-svg");
        }
        refuseActiveContent(root);
    }

    /** Scripts, event handlers, embedded HTML and javascript: links would run wherever the image is shown. */
    private void refuseActiveContent(Element element) {
        String name = element.getLocalName().toLowerCase(Locale.ROOT);
        if (name.equals("script") || name.equals("foreignobject") || name.equals("handler")) {
            throw refusal("svg-script");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
            boolean handler = attributeName.toLowerCase(Locale.ROOT).startsWith("on");
            // <set attributeName="onclick" to="..."> would add a handler by animation.
            boolean animatedHandler = attributeName.equals("attributeName") && value.startsWith("on");
            if (handler || animatedHandler || value.contains("javascript:") || value.contains("data:text/html")) {
                throw refusal("svg-script");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                refuseActiveContent(childElement);
            }
        }
    }

    private static DocumentBuilderFactory parserFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
