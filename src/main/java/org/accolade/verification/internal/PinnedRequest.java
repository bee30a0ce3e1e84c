package org.accolade.verification.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 GET sent to an address already resolved and checked, never to whatever a second DNS lookup would
 * answer (DNS rebinding): the JDK's HTTP clients resolve the host themselves and take no resolver, so the request is
 * made here on a socket connected to the checked address. Over HTTPS the TLS layer still names the host, for SNI
 * and for the certificate check ({@code HTTPS} endpoint identification against the URL's host), so trust is as a
 * browser's. Bounded in time (every read waits at most until the deadline) and in size ({@code maxBytes}).
 */
final class PinnedRequest {

    /** A response: status, headers by lower-case name (first value), body. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The body or the headers went past their limit; the rest was not read. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("response over the limit");
        }
    }

    /** The deadline passed. */
    static final class Late extends IOException {
        Late() {
            super("response not complete before the deadline");
        }
    }

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final SSLContext tls;
    private final int maxBytes;

    PinnedRequest(SSLContext tls, int maxBytes) {
        this.tls = tls;
        this.maxBytes = maxBytes;
    }

    Response get(URI uri, InetAddress address, String accept, long deadline) throws IOException {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        try (Socket socket = connect(uri.getHost(), address, port, https, deadline)) {
            OutputStream out = socket.getOutputStream();
            out.write(request(uri, port, https, accept).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(new Deadlined(socket, deadline));
        } catch (SocketTimeoutException e) {
            throw new Late();
        }
    }

    private Socket connect(String host, InetAddress address, int port, boolean https, long deadline)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), remainingMillis(deadline));
            if (!https) {
                return socket;
            }
            SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(socket, host, port, true);
            SSLParameters parameters = secure.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isAddressLiteral(host)) {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            }
            secure.setSSLParameters(parameters);
            secure.setSoTimeout(remainingMillis(deadline));
            secure.startHandshake();
            return secure;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static String request(URI uri, int port, boolean https, String accept) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        boolean defaultPort = port == (https ? 443 : 80);
        String host = uri.getHost() + (defaultPort ? "" : ":" + port);
        return "GET " + path + query + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept
                + "\r\nAccept-Encoding: identity\r\nUser-Agent: Accolade badge verifier\r\nConnection: close\r\n\r\n";
    }

    private Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x response");
        }
        int status = parseStatus(parts[1]);
        Map<String, String> headers = headers(in, statusLine.length());
        return new Response(status, headers, body(in, headers));
    }

    private static int parseStatus(String status) throws IOException {
        try {
            return Integer.parseInt(status);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + status, e);
        }
    }

    private static Map<String, String> headers(InputStream in, int read) throws IOException {
        Map<String, String> headers = new HashMap<>();
        int total = read;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw new TooLarge();
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        String encoding = headers.getOrDefault("transfer-encoding", "");
        if (encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return chunked(in);
        }
        String length = headers.get("content-length");
        if (length == null) {
            return upTo(in, Long.MAX_VALUE);
        }
        long declared = parseLength(length.strip());
        if (declared > maxBytes) {
            throw new TooLarge();
        }
        return upTo(in, declared);
    }

    private static long parseLength(String length) throws IOException {
        try {
            return Long.parseLong(length);
        } catch (NumberFormatException e) {
            throw new IOException("not a length: " + length, e);
        }
    }

    private byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
            if (body.size() + size > maxBytes) {
                throw new TooLarge();
            }
            body.writeBytes(in.readNBytes((int) size));
            line(in);
        }
        return body.toByteArray();
    }

    private static long chunkSize(String line) throws IOException {
        String size = line.split(";", 2)[0].strip();
        try {
            return Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw new IOException("not a chunk size: " + size, e);
        }
    }

    /** Up to {@code length} bytes, or to the end of the stream when the length is not known. */
    private byte[] upTo(InputStream in, long length) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(length, maxBytes + 1L));
        if (body.length > maxBytes) {
            throw new TooLarge();
        }
        return body;
    }

    /** A line ended by CRLF (or LF), without its end; a line longer than the header limit is refused. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("response ended early");
            }
            if (line.size() > MAX_HEADER_BYTES) {
                throw new TooLarge();
            }
            line.write(next);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean isAddressLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    static int remainingMillis(long deadline) throws Late {
        long remaining = (deadline - System.nanoTime()) / 1_000_000;
        if (remaining <= 0) {
            throw new Late();
        }
        return (int) Math.min(Integer.MAX_VALUE, remaining);
    }

    /** The socket's input, each read waiting at most until the deadline, so a server sending a byte at a time ends. */
    private static final class Deadlined extends BufferedInputStream {

        private final Socket socket;
        private final long deadline;

        Deadlined(Socket socket, long deadline) throws IOException {
            super(socket.getInputStream());
            this.socket = socket;
            this.deadline = deadline;
        }

        @Override
        public synchronized int read() throws IOException {
            socket.setSoTimeout(remainingMillis(deadline));
            return super.read();
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
            socket.setSoTimeout(remainingMillis(deadline));
            return super.read(buffer, offset, length);
        }
    }
}
