package org.accolade.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.accolade.verification.BadgeServer;
import org.accolade.verification.LoopbackIssuer;
import org.accolade.issuance.baking.PngBaker;
import org.accolade.verification.TestBadges;
import org.accolade.verification.TestCredentials;
import org.accolade.verification.TestCredentials.Issuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/verify} over real HTTP, anonymous, with the issuer's documents on a local server; a body too
 * large to send in a test over a socket (the server answers before reading it, and closes) goes through MockMvc.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:verify-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
@Import(LoopbackIssuer.class)
@AutoConfigureMockMvc
class VerificationApiTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private MockMvc mvc;

    private final BadgeServer server = BadgeServer.start();
    private final TestBadges badges = new TestBadges(server).publishIssuer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aJsonUrlIsVerifiedAndTheReportHasEveryField() {
        server.json("/assertions/1", badges.hosted("/assertions/1"));

        ResponseEntity<JsonNode> response = postJson(Map.of("url", badges.url("/assertions/1")), "en");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = response.getBody();
        assertThat(report.path("verified").asBoolean()).isTrue();
        assertThat(report.path("revoked").asBoolean()).isFalse();
        assertThat(report.path("expired").asBoolean()).isFalse();
        assertThat(report.path("checks").get(0).path("name").asText()).isEqualTo("found");
        assertThat(report.path("checks").get(0).path("passed").asBoolean()).isTrue();
        assertThat(report.path("badge").path("name").asText()).isEqualTo("Citoyen");
        assertThat(report.path("issuer").path("id").asText()).isEqualTo(badges.url("/issuer"));
        assertThat(report.has("recipientMatches")).isTrue();
        assertThat(report.path("recipientMatches").isNull()).isTrue();
    }

    @Test
    void anAssertionObjectAndAJwsAreAcceptedWithAnEmailToCheck() {
        ObjectNode assertion = badges.hosted("/assertions/1");
        server.json("/assertions/1", assertion);
        String jws = TestBadges.sign(badges.signed("urn:uuid:api"), TestBadges.KEY);

        JsonNode hosted = postJson(Map.of("assertion", assertion, "email", TestBadges.EMAIL), "en").getBody();
        JsonNode signed = postJson(Map.of("jws", jws, "email", "bob@example.org"), "en").getBody();

        assertThat(hosted.path("verified").asBoolean()).isTrue();
        assertThat(hosted.path("recipientMatches").asBoolean()).isTrue();
        assertThat(signed.path("verified").asBoolean()).isFalse();
        assertThat(signed.path("recipientMatches").asBoolean()).isFalse();
    }

    @Test
    void aBadBadgeIsA200VerdictInTheCallersLanguage() {
        ResponseEntity<JsonNode> french = postJson(Map.of("url", "http://169.254.169.254/latest/meta-data"), "fr");
        ResponseEntity<JsonNode> english = postJson(Map.of("jws", "a.b.c"), "en");

        assertThat(french.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(french.getBody().path("verified").asBoolean()).isFalse();
        assertThat(french.getBody().path("checks").get(0).path("message").asText())
                .isEqualTo("Impossible de récupérer l’assertion (http://169.254.169.254/latest/meta-data) : "
                        + "l’adresse est privée, locale ou réservée, et n’est jamais consultée.");
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(english.getBody().path("checks").get(0).path("message").asText())
                .isEqualTo("The signed assertion is not a valid compact JWS.");
    }

    @Test
    void aBakedPngIsUploadedAsMultipartWithAnEmail() throws Exception {
        ObjectNode assertion = badges.hosted("/assertions/1");
        server.json("/assertions/1", assertion);
        byte[] png = new PngBaker().bake(TestBadges.png(),
                PngBaker.OPEN_BADGES_2, assertion.toString());

        ResponseEntity<JsonNode> response = postFile(png, "badge.png", "alice.martin@example.org", "en");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("verified").asBoolean()).isTrue();
        assertThat(response.getBody().path("recipientMatches").asBoolean()).isTrue();
    }

    @Test
    void aFileThatIsNoBadgeIsAVerdictInFrench() {
        ResponseEntity<JsonNode> response = postFile("GIF89a".getBytes(), "photo.gif", null, "fr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("checks").get(0).path("message").asText())
                .isEqualTo("Le fichier n’est ni une image PNG, ni une image SVG, ni un fichier JSON.");
    }

    @Test
    void nothingToVerifyOrTwoThingsOrABadEmailIsA400NamingTheField() {
        ResponseEntity<JsonNode> nothing = postJson(Map.of("email", "a@example.org"), "en");
        ResponseEntity<JsonNode> two = postJson(Map.of("url", "https://example.org/a", "jws", "a.b.c"), "fr");
        ResponseEntity<JsonNode> email = postJson(Map.of("url", "https://example.org/a", "email", "nope"), "en");
        ResponseEntity<JsonNode> noFile = postFile(null, null, null, "fr");

        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nothing.getBody().path("detail").asText())
                .isEqualTo("Give a file, an assertion, a JWS or a URL to verify.");
        assertThat(two.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(two.getBody().path("field").asText()).isEqualTo("url");
        assertThat(two.getBody().path("detail").asText())
                .isEqualTo("Donnez un seul élément : un fichier, une assertion, un JWS ou une URL.");
        assertThat(email.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(email.getBody().path("field").asText()).isEqualTo("email");
        assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noFile.getBody().path("field").asText()).isEqualTo("file");
    }

    @Test
    void aFileOverTheLimitIsA413InTheCallersLanguage() {
        byte[] large = new byte[2 * 1024 * 1024 + 1024];

        ResponseEntity<JsonNode> english = postFile(large, "huge.png", null, "en");
        ResponseEntity<JsonNode> french = postFile(large, "huge.png", null, "fr");

        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(english.getBody().path("detail").asText()).isEqualTo("The file is larger than the limit of 2 MB.");
        assertThat(french.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(french.getBody().path("detail").asText()).isEqualTo("Le fichier dépasse la taille maximale de 2 Mo.");
    }

    @Test
    void anOpenBadges3CredentialIsVerifiedGivenAsCredentialOrAsAssertion() {
        Issuer issuer = TestCredentials.didKeyIssuer("Collège des Trois-Clochers");
        ObjectNode credential = TestCredentials.sign(TestCredentials.credential(issuer), issuer);

        JsonNode asCredential = postJson(Map.of("credential", credential, "email", TestBadges.EMAIL), "en").getBody();
        JsonNode asText = postJson(Map.of("assertion", credential.toString()), "fr").getBody();
        JsonNode asJwt = postJson(Map.of("jws", TestCredentials.jwt(credential, issuer)), "en").getBody();

        assertThat(asCredential.path("verified").asBoolean()).as(asCredential.toString()).isTrue();
        assertThat(asCredential.path("recipientMatches").asBoolean()).isTrue();
        assertThat(asCredential.path("checks").findValuesAsText("name")).containsExactly("found", "well-formed",
                "signature", "issuer-owns-badge", "recipient", "valid-from", "not-expired", "not-revoked");
        assertThat(asCredential.path("badge").path("name").asText()).isEqualTo("Citoyen");
        assertThat(asCredential.path("issuer").path("id").asText()).isEqualTo(issuer.did());
        assertThat(asText.path("verified").asBoolean()).isTrue();
        assertThat(asText.path("checks").get(0).path("message").asText())
                .isEqualTo("L’attestation Open Badges 3.0 " + credential.path("id").asText() + " a été lue.");
        // A did:key has no JSON Web Key: the JWT is a verdict, not an error.
        assertThat(asJwt.path("verified").asBoolean()).isFalse();
        assertThat(asJwt.path("checks").findValuesAsText("name")).doesNotContain("error");
    }

    @Test
    void anAssertionAndACredentialTogetherAreTwoThingsToVerify() {
        ResponseEntity<JsonNode> both = postJson(Map.of("assertion", Map.of("id", "a"), "credential",
                Map.of("id", "b")), "en");

        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(both.getBody().path("field").asText()).isEqualTo("assertion");
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedWith413WithoutBeingRead() throws Exception {
        byte[] prefix = "{\"email\":\"a@example.org\",\"assertion\":{\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(prefix, 50 * 1024 * 1024);
        Arrays.fill(body, prefix.length, body.length, (byte) 'a');

        for (String language : List.of("en", "fr")) {
            mvc.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON).content(body)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, language))
                    .andExpect(status().isPayloadTooLarge())
                    .andExpect(jsonPath("$.code").value("request.too-large"))
                    .andExpect(jsonPath("$.detail").value(language.equals("en")
                            ? "The request is larger than the limit of 3 MB."
                            : "La requête dépasse la taille maximale de 3 Mo."));
        }
    }

    @Test
    void aBodySentInChunksIsReadNoFurtherThanTheLimit() throws Exception {
        byte[] prefix = "{\"jws\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(prefix, 4 * 1024 * 1024);
        Arrays.fill(body, prefix.length, body.length, (byte) 'a');
        // A stream of unknown length: the client sends it in chunks, without a Content-Length to refuse at once.
        HttpRequest request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/v1/verify"))
                .header("Content-Type", "application/json").header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"request.too-large\"")
                .contains("La requête dépasse la taille maximale de 3 Mo.");
    }

    @Test
    void deeplyNestedOrTruncatedJsonIsA400ProblemInTheCallersLanguageNotAnError() {
        String nested = "{\"assertion\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        HttpHeaders headers = headers("fr");
        headers.setContentType(MediaType.APPLICATION_JSON);

        for (String body : List.of(nested, "{\"credential\": {\"@context\": [")) {
            ResponseEntity<JsonNode> response = rest.postForEntity("/api/v1/verify", new HttpEntity<>(body, headers),
                    JsonNode.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            // Since the API names the field a value broke, the nesting or the cut is told as its field's.
            String code = response.getBody().path("code").asText();
            assertThat(code).isIn("request.unreadable", "request.wrong-type");
            assertThat(response.getBody().path("detail").asText())
                    .startsWith(code.equals("request.unreadable") ? "Le corps de la requête" : "La valeur de « ");
        }
    }

    private ResponseEntity<JsonNode> postJson(Map<String, ?> body, String language) {
        HttpHeaders headers = headers(language);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.postForEntity("/api/v1/verify", new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> postFile(byte[] bytes, String name, String email, String language) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (bytes != null) {
            form.add("file", new ByteArrayResource(bytes) {
                @Override
                public String getFilename() {
                    return name;
                }
            });
        }
        if (email != null) {
            form.add("email", email);
        }
        HttpHeaders headers = headers(language);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.postForEntity("/api/v1/verify", new HttpEntity<>(form, headers), JsonNode.class);
    }

    private static HttpHeaders headers(String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return headers;
    }
}
