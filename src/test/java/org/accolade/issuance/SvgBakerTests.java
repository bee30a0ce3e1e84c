package org.accolade.issuance;

import static org.accolade.issuance.baking.BakedImageException.Reason.DUPLICATE_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.FORBIDDEN_DTD;
import static org.accolade.issuance.baking.BakedImageException.Reason.INVALID_PAYLOAD;
import static org.accolade.issuance.baking.BakedImageException.Reason.MALFORMED;
import static org.accolade.issuance.baking.BakedImageException.Reason.NOT_SVG;
import static org.accolade.issuance.baking.BakedImageException.Reason.PAYLOAD_TOO_LARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accolade.issuance.baking.BakedImageException;
import org.accolade.issuance.baking.SvgBaker;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SvgBakerTests {

    private static final String BADGE = """
            <svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
              <circle cx="32" cy="32" r="30" fill="#c90"/>
              <text x="32" y="38" text-anchor="middle">A</text>
            </svg>""";
    private static final String HOSTED = "{\"id\":\"https://accolade.example/ob/v2/assertions/1\",\"name\":\"A ]]> B\"}";
    private static final String JWS = "eyJhbGciOiJSUzI1NiJ9.eyJpZCI6IjEifQ.c2lnbmF0dXJl";

    private final SvgBaker baker = new SvgBaker(SvgBaker.Standard.OPEN_BADGES_2);

    @Test
    void aHostedAssertionIsBakedAsCdataWithItsUrlInVerifyAndReadsBack() throws Exception {
        String baked = baker.bake(BADGE, HOSTED);

        assertThat(baked).contains("xmlns:openbadges=\"http://openbadges.org\"")
                .contains("<openbadges:assertion verify=\"https://accolade.example/ob/v2/assertions/1\"><![CDATA[");
        assertThat(baker.read(baked)).contains(HOSTED);
    }

    @Test
    void aSignedAssertionIsBakedAsItsJwsInVerifyAndReadsBack() throws Exception {
        String baked = baker.bake(BADGE, JWS);

        assertThat(baked).contains("<openbadges:assertion verify=\"" + JWS + "\"/>");
        assertThat(baker.read(baked)).contains(JWS);
    }

    @Test
    void anOpenBadges3CredentialIsBakedAsCdataInItsOwnElementBesideA2Assertion() throws Exception {
        SvgBaker credentials = new SvgBaker(SvgBaker.Standard.OPEN_BADGES_3);
        String credential = "{\"id\":\"https://accolade.example/ob/v3/credentials/1\"}";

        String baked = credentials.bake(baker.bake(BADGE, HOSTED), credential);

        assertThat(baked).contains("xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"")
                .contains("<openbadges:credential><![CDATA[" + credential + "]]></openbadges:credential>");
        assertThat(credentials.read(baked)).contains(credential);
        assertThat(credentials.read(baker.bake(BADGE, HOSTED))).isEmpty();
        assertThat(credentials.read(credentials.bake(BADGE, JWS))).contains(JWS);
    }

    @Test
    void theBakedImageKeepsItsDrawing() throws Exception {
        assertThat(baker.bake(BADGE, JWS)).contains("<circle cx=\"32\" cy=\"32\" fill=\"#c90\" r=\"30\"/>");
    }

    @Test
    void anSvgWithoutAnAssertionReadsAsEmpty() throws Exception {
        assertThat(baker.read(BADGE)).isEmpty();
    }

    @Test
    void bakingIsDeterministicAndRebakingReplacesTheAssertion() throws Exception {
        String once = baker.bake(BADGE, HOSTED);
        String replaced = baker.bake(once, JWS);

        assertThat(baker.bake(BADGE, HOSTED)).isEqualTo(once);
        assertThat(baker.bake(once, HOSTED)).isEqualTo(once);
        assertThat(baker.read(replaced)).contains(JWS);
        assertThat(replaced.split("<openbadges:assertion", -1)).hasSize(2);
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>""";

        assertRefused(() -> baker.read(xxe), FORBIDDEN_DTD);
        assertRefused(() -> baker.bake(xxe, JWS), FORBIDDEN_DTD);
    }

    @Test
    void aDocumentWhoseRootIsNotSvgIsRefused() {
        assertRefused(() -> baker.read("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"), NOT_SVG);
    }

    @Test
    void xmlThatIsNotWellFormedIsRefused() {
        assertRefused(() -> baker.read("<svg xmlns=\"http://www.w3.org/2000/svg\">"), MALFORMED);
    }

    @Test
    void twoAssertionElementsAreRefused() {
        String twice = BADGE.replace("<circle", "<openbadges:assertion xmlns:openbadges=\"http://openbadges.org\" "
                + "verify=\"a.b.c\"/><openbadges:assertion xmlns:openbadges=\"http://openbadges.org\" "
                + "verify=\"d.e.f\"/><circle");

        assertRefused(() -> baker.read(twice), DUPLICATE_PAYLOAD);
    }

    @Test
    void aHostedAssertionWithoutAnIdIsRefusedOnBaking() {
        assertRefused(() -> baker.bake(BADGE, "{\"name\":\"no id\"}"), INVALID_PAYLOAD);
        assertRefused(() -> baker.bake(BADGE, "neither json nor jws"), INVALID_PAYLOAD);
    }

    @Test
    void aPayloadOverOneMegabyteIsRefused() {
        assertRefused(() -> baker.bake(BADGE, "a." + "b".repeat(1 << 20) + ".c"), PAYLOAD_TOO_LARGE);
    }

    private static void assertRefused(ThrowingCallable call, BakedImageException.Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(BakedImageException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
