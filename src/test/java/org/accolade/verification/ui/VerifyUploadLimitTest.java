package org.accolade.verification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Locale;

import org.accolade.ui.KaribuTest;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;

/**
 * The verify page's upload is bounded on the server: Karibu sends the file as a raw request body, as a crafted
 * request would, without the browser's check of the component's maximum size.
 */
class VerifyUploadLimitTest extends KaribuTest {

    @Test
    void aFileOverTwoMegabytesSentPastTheBrowsersCheckIsRefusedInWords() {
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("verify");
        Upload upload = _get(Upload.class);

        // Vaadin answers a failed upload with the target's status, 413; Karibu hands the failure to the test.
        assertThatThrownBy(() -> UploadKt._upload(upload, "huge.png", "image/png", new byte[2 * 1024 * 1024 + 1]))
                .isInstanceOf(IOException.class);
        MockVaadin.clientRoundtrip();

        assertThat(ScreenTexts.of(UI.getCurrent())).contains("Le fichier dépasse la taille maximale de 2 Mo.")
                .noneMatch(text -> text.contains("huge.png"));
    }

    @Test
    void aFileWithinTheLimitIsReceived() {
        UI.getCurrent().navigate("verify");

        UploadKt._upload(_get(Upload.class), "badge.json", "application/json", new byte[2 * 1024 * 1024]);
        MockVaadin.clientRoundtrip();

        assertThat(ScreenTexts.of(UI.getCurrent())).anyMatch(text -> text.contains("badge.json"));
    }

}
