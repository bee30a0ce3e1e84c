package org.accolade.shared.credentials;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * did:web identifiers and the address of their DID document: {@code did:web:host%3Aport:a:b} is served at
 * {@code https://host:port/a/b/did.json} (and a bare {@code did:web:host} at {@code /.well-known/did.json}).
 */
public final class DidWeb {

    public static final String PREFIX = "did:web:";

    private DidWeb() {
    }

    /** The DID of the document served at {@code base}/{@code path}/did.json, where base is an http(s) URL. */
    public static String of(String base, String path) {
        URI uri = URI.create(base);
        String host = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        StringBuilder did = new StringBuilder(PREFIX).append(URLEncoder.encode(host, StandardCharsets.UTF_8));
        String fullPath = (uri.getPath() == null ? "" : uri.getPath()) + "/" + path;
        for (String segment : fullPath.split("/")) {
            if (!segment.isEmpty()) {
                did.append(':').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
            }
        }
        return did.toString();
    }

    /** The HTTPS address of a did:web's document; empty when {@code did} is not a well-formed did:web. */
    public static Optional<URI> documentUrl(String did) {
        if (did == null || !did.startsWith(PREFIX) || did.contains("#") || did.contains("?")) {
            return Optional.empty();
        }
        String[] parts = did.substring(PREFIX.length()).split(":", -1);
        String host = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                return Optional.empty();
            }
            path.append('/').append(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
        }
        String suffix = parts.length == 1 ? "/.well-known/did.json" : path + "/did.json";
        try {
            URI uri = new URI("https://" + host + suffix);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
