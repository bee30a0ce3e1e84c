package org.accolade;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Verifiers that are not Accolade's, for tests: Digital Bazaar's vc / eddsa-rdfc-2022 libraries, the Digital
 * Credentials Consortium's verifier-core, ajv with the official Open Badges 3.0 JSON Schemas, and jose for VC-JWT.
 * They run in Node, offline: JSON-LD contexts come from {@code src/main/resources/openbadges}, DID documents and
 * status lists from the {@code documents} given with each call. The scripts are in {@code src/test/js} (README.md
 * there); their npm packages are installed once per JVM into {@code target/independent-verifiers}.
 * <p>
 * Without Node or npm, or when the install fails, a test that calls this class is skipped on a developer machine
 * and fails in CI (CI=true), as the browser tests are.
 */
public final class IndependentVerifiers {

    private static final Path SOURCE = Path.of("src", "test", "js");
    private static final Path HOME = Path.of("target", "independent-verifiers");
    private static final Path OPEN_BADGES = Path.of("src", "main", "resources", "openbadges");
    /** Copied after a successful {@code npm ci}: the install is skipped while it equals the source lock file. */
    private static final Path INSTALLED_LOCK = HOME.resolve("installed-package-lock.json");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    /** One verify.mjs call takes about 1.5 s (mostly loading the libraries); a loaded CI machine gets slack. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why the verifiers cannot run here; null while unknown or once installed. Decided once per JVM. */
    private static String unavailable;
    private static boolean installed;

    private IndependentVerifiers() {
    }

    /**
     * What verify.mjs answered. {@link #json()} has the whole answer: {@code digitalbazaar {verified, errors}},
     * {@code dcc {verified, log, additionalInformation, errors}}, {@code schema {valid, errors}},
     * {@code jwt {verified, header, payload, errors}}, {@code status {revoked, suspended, dccRevoked, errors}} and
     * {@code unresolved} (the URLs and DIDs no loader had). A section that does not apply is JSON null.
     */
    public record Verification(JsonNode json) {

        /** Digital Bazaar's vc.verifyCredential: proof and dates; with checkStatus, also a readable status list. */
        public boolean digitalBazaarVerified() {
            return json.path("digitalbazaar").path("verified").asBoolean(false);
        }

        /** DCC verifier-core: no fatal error, and its valid_signature and expiration steps valid. */
        public boolean dccVerified() {
            return json.path("dcc").path("verified").asBoolean(false);
        }

        /** DCC's whole step log (valid_signature, expiration, revocation_status, registered_issuer). */
        public JsonNode dccLog() {
            return json.path("dcc").path("log");
        }

        /** ajv with the official schema; null when no schema was asked for. */
        public Boolean schemaValid() {
            JsonNode schema = json.path("schema");
            return schema.isObject() ? schema.path("valid").asBoolean(false) : null;
        }

        /** jose's signature check plus the OB 3.0 §8.2.6.1 claims (iss, jti, nbf, sub, exp) against the payload. */
        public boolean jwtVerified() {
            return json.path("jwt").path("verified").asBoolean(false);
        }

        /** The revocation bit read from the status list; null when not checked or not readable. */
        public Boolean revoked() {
            JsonNode revoked = json.path("status").path("revoked");
            return revoked.isBoolean() ? revoked.asBoolean() : null;
        }

        /**
         * Accepted by every verifier that applies: for a JSON credential Digital Bazaar and DCC, for a JWT jose
         * and the claim checks; and the schema when one was asked for. Revocation is not part of it.
         */
        public boolean acceptedByAll() {
            boolean signature = json.path("jwt").isObject() ? jwtVerified() : digitalBazaarVerified() && dccVerified();
            return signature && !Boolean.FALSE.equals(schemaValid());
        }

        /** The whole answer, indented: a useful assertion message. */
        @Override
        public String toString() {
            return json.toPrettyString();
        }
    }

    /**
     * A credential signed by Digital Bazaar's libraries, the DID it was signed with (its issuer), and for a did:web
     * the DID document to pass to {@link #verify} in {@code documents} (null for a did:key).
     */
    public record Signed(JsonNode credential, String did, JsonNode didDocument) {
    }

    /** Digital Bazaar's eddsa-rdfc-2022 throughput on one Node thread, after a warm-up. */
    public record Benchmark(int count, double seconds, double perSecond, double verifySeconds,
            double verifyPerSecond) {
    }

    /**
     * Verifies a credential: a JSON object (Data Integrity proof) or a compact JWS (VC-JWT).
     *
     * @param credentialOrJwt the credential's JSON text, or the compact JWS
     * @param documents       URL or DID to JSON: DID documents (did:web), status list credentials; did:key needs none
     * @param schema          "achievement", "endorsement", or null for no schema check
     * @param checkStatus     whether to read the credential's BitstringStatusListEntry from the status list
     */
    public static Verification verify(String credentialOrJwt, Map<String, JsonNode> documents, String schema,
            boolean checkStatus) {
        String text = credentialOrJwt.strip();
        JsonNode credential;
        try {
            credential = text.startsWith("{") ? JSON.readTree(text) : JSON.getNodeFactory().textNode(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JSON credential: " + e.getMessage(), e);
        }
        return verify(credential, documents, schema, checkStatus);
    }

    /** As {@link #verify(String, Map, String, boolean)}, with the credential as a JSON object or JWS text node. */
    public static Verification verify(JsonNode credentialOrJwt, Map<String, JsonNode> documents, String schema,
            boolean checkStatus) {
        ObjectNode request = JSON.createObjectNode();
        request.set("credential", credentialOrJwt);
        request.set("documents", JSON.valueToTree(documents == null ? Map.of() : documents));
        request.put("schema", schema);
        request.put("checkStatus", checkStatus);
        return new Verification(run("verify.mjs", request, CALL_TIMEOUT));
    }

    /**
     * Signs with a fresh Ed25519 did:key (eddsa-rdfc-2022, assertionMethod); the issuer (string or the issuer
     * object's id) becomes that did:key. Fails the test if the libraries refuse (for example an undefined term).
     */
    public static Signed signWithDidKey(JsonNode unsigned) {
        return signWithDidKey(unsigned, null);
    }

    /** As {@link #signWithDidKey(JsonNode)}, with the key derived from a 32-byte seed (64 hex digits). */
    public static Signed signWithDidKey(JsonNode unsigned, String seedHex) {
        return signed(trySign(unsigned, seedHex, null));
    }

    /** As {@link #signWithDidKey(JsonNode)}, but the key is {@code didWeb + "#key-1"} (Multikey) of a did:web. */
    public static Signed signWithDidWeb(JsonNode unsigned, String didWeb) {
        return signed(trySign(unsigned, null, didWeb));
    }

    /**
     * The raw answer of sign.mjs: {@code {credential, did, publicKeyMultibase, didDocument?}}, or {@code {error}}
     * when signing was refused.
     *
     * @param seedHex null for a random key
     * @param didWeb  null for a did:key
     */
    public static JsonNode trySign(JsonNode unsigned, String seedHex, String didWeb) {
        ObjectNode request = JSON.createObjectNode();
        request.set("credential", unsigned);
        if (seedHex != null) {
            request.put("seed", seedHex);
        }
        if (didWeb != null) {
            request.put("did", didWeb);
        }
        return run("sign.mjs", request, CALL_TIMEOUT);
    }

    private static Signed signed(JsonNode answer) {
        if (answer.has("error")) {
            Assertions.fail("Digital Bazaar refused to sign: " + answer.toPrettyString());
        }
        return new Signed(answer.get("credential"), answer.get("did").asText(), answer.get("didDocument"));
    }

    /** Signs {@code count} times, then verifies {@code count} times, on one thread after a warm-up. */
    public static Benchmark benchmarkSigning(JsonNode unsigned, int count) {
        ObjectNode request = JSON.createObjectNode();
        request.set("credential", unsigned);
        request.put("count", count);
        JsonNode result = run("bench-sign.mjs", request, CALL_TIMEOUT.plusMillis(100L * count));
        if (result.has("error")) {
            Assertions.fail("The signing benchmark failed: " + result.toPrettyString());
        }
        return new Benchmark(result.get("count").asInt(), result.get("seconds").asDouble(),
                result.get("perSecond").asDouble(), result.get("verifySeconds").asDouble(),
                result.get("verifyPerSecond").asDouble());
    }

    /** Runs one script with one JSON request on stdin and returns its one JSON answer. */
    private static JsonNode run(String script, JsonNode request, Duration timeout) {
        assumeAvailable();
        try {
            Path stdout = Files.createTempFile("independent-verifier", ".out");
            Path stderr = Files.createTempFile("independent-verifier", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder("node", script).directory(HOME.toFile())
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
                builder.environment().put("ACCOLADE_OPENBADGES_DIR", OPEN_BADGES.toAbsolutePath().toString());
                Process node = builder.start();
                try (OutputStream in = node.getOutputStream()) {
                    JSON.writeValue(in, request);
                }
                if (!node.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    node.destroyForcibly();
                    throw new IllegalStateException(script + " took longer than " + timeout + "; stderr: "
                            + Files.readString(stderr));
                }
                String answer = Files.readString(stdout, StandardCharsets.UTF_8);
                if (node.exitValue() != 0 || answer.isBlank()) {
                    throw new IllegalStateException(script + " exited with " + node.exitValue() + "; stderr: "
                            + Files.readString(stderr));
                }
                return JSON.readTree(answer);
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Installs once per JVM; afterwards skips (developer machine) or fails (CI) if that was not possible. */
    private static synchronized void assumeAvailable() {
        if (!installed && unavailable == null) {
            unavailable = install();
            installed = unavailable == null;
        }
        if (unavailable != null && "true".equals(System.getenv("CI"))) {
            Assertions.fail("CI must run the independent verifiers: " + unavailable);
        }
        Assumptions.assumeTrue(unavailable == null, () -> unavailable + ": independent verifiers skipped outside CI");
    }

    /** Copies the scripts and runs npm ci when the lock file changed; returns why it failed, or null. */
    private static String install() {
        try {
            Files.createDirectories(HOME);
            if (!succeeds(Duration.ofSeconds(30), null, "node", "--version")
                    || !succeeds(Duration.ofSeconds(30), null, "npm", "--version")) {
                return "node or npm is not installed";
            }
            try (Stream<Path> files = Files.list(SOURCE)) {
                for (Path file : files.filter(IndependentVerifiers::belongsInHome).toList()) {
                    Files.copy(file, HOME.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path lock = SOURCE.resolve("package-lock.json");
            boolean upToDate = Files.exists(INSTALLED_LOCK) && Files.isDirectory(HOME.resolve("node_modules"))
                    && Files.mismatch(lock, INSTALLED_LOCK) == -1;
            if (!upToDate) {
                Files.deleteIfExists(INSTALLED_LOCK);
                Path log = HOME.resolve("npm-ci.log");
                String[] npm = {"npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"};
                if (!succeeds(INSTALL_TIMEOUT, log, npm)) {
                    return "'" + String.join(" ", npm) + "' failed in " + HOME + ": see " + log;
                }
                Files.copy(lock, INSTALLED_LOCK, StandardCopyOption.REPLACE_EXISTING);
            }
            return null;
        } catch (IOException e) {
            return "the install failed: " + e;
        }
    }

    private static boolean belongsInHome(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".mjs") || name.equals("package.json") || name.equals("package-lock.json");
    }

    /** Runs a command in HOME, its output to {@code log} (or nowhere); true if it ended well within the time. */
    private static boolean succeeds(Duration timeout, Path log, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD
                            : ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false; // typically: no such program
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
