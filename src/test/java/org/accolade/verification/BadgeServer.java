package org.accolade.verification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/** A real HTTP server on 127.0.0.1 that serves the documents of a test badge: issuer, badge class, key, assertion. */
public final class BadgeServer implements AutoCloseable {

    static {
        // Without it, the JDK server's separate header and body writes meet delayed ACKs: 40 ms per document.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final String scheme;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicInteger hanging = new AtomicInteger();

    private BadgeServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.setExecutor(threads);
        server.start();
    }

    public static BadgeServer start() {
        try {
            return new BadgeServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0), "http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same over HTTPS, presenting the certificate of {@code tls} (see {@link LoopbackTls}): did:web needs it. */
    public static BadgeServer startTls(SSLContext tls) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new BadgeServer(server, "https");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:port} (or https) followed by {@code path}. */
    public String url(String path) {
        return scheme + "://127.0.0.1:" + port() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public BadgeServer json(String path, Object document) {
        return respond(path, 200, "application/ld+json", document.toString().getBytes(StandardCharsets.UTF_8));
    }

    public BadgeServer respond(String path, int status, String contentType, byte[] body) {
        replace(path, exchange -> answer(exchange, status, contentType, body));
        return this;
    }

    /** A test may serve another version of a document under the same path. */
    private void replace(String path, HttpHandler handler) {
        try {
            server.removeContext(path);
        } catch (IllegalArgumentException none) {
            // nothing served there yet
        }
        server.createContext(path, handler);
    }

    public BadgeServer redirect(String path, String location) {
        replace(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            answer(exchange, 302, "text/plain", new byte[0]);
        });
        return this;
    }

    /** A server that accepts the request and never answers, until the test ends. */
    public BadgeServer hang(String path) {
        replace(path, exchange -> {
            hanging.incrementAndGet();
            try {
                stopping.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        return this;
    }

    /** How many requests a {@link #hang} path is holding. */
    public int hanging() {
        return hanging.get();
    }

    private static void answer(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        stopping.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
