package org.accolade.issuance.baking;

import static org.accolade.issuance.baking.BakedImageException.Reason.DUPLICATE_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.FORBIDDEN_DTD;
import static org.accolade.issuance.baking.BakedImageException.Reason.INVALID_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.MALFORMED;
import static org.accolade.issuance.baking.BakedImageException.Reason.NOT_SVG;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bakes an Open Badges payload into an SVG as an element first child of the root, and reads it back, per the Baking
 * Specification: {@code <openbadges:assertion>} for 2.0, {@code <openbadges:credential>} for 3.0, each in its own
 * namespace. JSON goes in as CDATA (a 2.0 hosted assertion with its URL, {@code id}, in {@code verify}); a compact
 * JWS (a signed 2.0 assertion, a 3.0 VC-JWT) goes in {@code verify}, with no content.
 */
public final class SvgBaker {

    /** The element each standard bakes, and whether its JSON names its hosted URL in {@code verify}. */
    public enum Standard {
        OPEN_BADGES_2("http://openbadges.org", "assertion", true),
        OPEN_BADGES_3("https://purl.imsglobal.org/ob/v3p0", "credential", false);

        private final String namespace;
        private final String element;
        private final boolean verifiesHostedUrl;

        Standard(String namespace, String element, boolean verifiesHostedUrl) {
            this.namespace = namespace;
            this.element = element;
            this.verifiesHostedUrl = verifiesHostedUrl;
        }

        public String namespace() {
            return namespace;
        }
    }

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Standard standard;

    public SvgBaker(Standard standard) {
        this.standard = standard;
    }

    /** Returns {@code svg} carrying {@code payload} (a hosted assertion's JSON or a compact JWS), replacing any. */
    public String bake(String svg, String payload) throws BakedImageException {
        BakingLimits.requireWithinLimit(payload);
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        for (Element old : assertions(root)) {
            old.getParentNode().removeChild(old);
        }
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:openbadges", standard.namespace);
        root.insertBefore(assertionElement(document, payload), root.getFirstChild());
        return serialise(document);
    }

    /** Returns the baked JSON (hosted) or JWS (signed), empty if the SVG carries none. */
    public Optional<String> read(String svg) throws BakedImageException {
        List<Element> found = assertions(parse(svg).getDocumentElement());
        if (found.size() > 1) {
            throw new BakedImageException(DUPLICATE_PAYLOAD,
                    "more than one openbadges:" + standard.element + " element");
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Element assertion = found.get(0);
        String content = assertion.getTextContent().strip();
        String payload = content.isEmpty() ? assertion.getAttribute("verify") : content;
        BakingLimits.requireWithinLimit(payload);
        return Optional.of(payload);
    }

    private Element assertionElement(Document document, String payload) throws BakedImageException {
        Element element = document.createElementNS(standard.namespace, "openbadges:" + standard.element);
        if (COMPACT_JWS.matcher(payload).matches()) {
            element.setAttribute("verify", payload);
            return element;
        }
        String url = hostedUrl(payload);
        if (standard.verifiesHostedUrl) {
            element.setAttribute("verify", url);
        }
        element.appendChild(document.createCDATASection(payload));
        return element;
    }

    private static String hostedUrl(String json) throws BakedImageException {
        try {
            JsonNode id = JSON.readTree(json).path("id");
            if (!id.isTextual()) {
                throw new BakedImageException(INVALID_PAYLOAD, "a baked document needs its URL as 'id'");
            }
            return id.asText();
        } catch (JsonProcessingException e) {
            throw new BakedImageException(INVALID_PAYLOAD, "neither a compact JWS nor JSON", e);
        }
    }

    /** A copy of the live NodeList, so that removing elements while iterating is safe. */
    private List<Element> assertions(Element root) {
        NodeList nodes = root.getElementsByTagNameNS(standard.namespace, standard.element);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Document parse(String svg) throws BakedImageException {
        if (svg == null) {
            throw new BakedImageException(NOT_SVG, "no SVG given");
        }
        try {
            Document document = secureBuilder().parse(new InputSource(new StringReader(svg)));
            requireSvgRoot(document.getDocumentElement());
            return document;
        } catch (SAXException e) {
            boolean dtd = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            throw new BakedImageException(dtd ? FORBIDDEN_DTD : MALFORMED,
                    dtd ? "a DTD is not allowed in a badge image" : "not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BakedImageException(MALFORMED, "unreadable XML: " + e.getMessage(), e);
        }
    }

    private static void requireSvgRoot(Element root) throws BakedImageException {
        if (!SVG_NAMESPACE.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            throw new BakedImageException(NOT_SVG, "the root element is not an SVG svg element");
        }
    }

    /** Refuses any DTD outright, which closes off external entities (XXE) and entity expansion bombs. */
    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports these features", e);
        }
    }

    private static String serialise(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("a parsed document always serialises", e);
        }
    }

    /** Parse errors become exceptions instead of lines on standard error. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
