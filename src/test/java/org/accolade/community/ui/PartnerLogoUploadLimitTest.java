package org.accolade.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.accolade.ui.ImageUploadFieldParts.message;
import static org.accolade.ui.ImageUploadFieldParts.previewShown;
import static org.accolade.ui.ImageUploadFieldParts.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import org.accolade.catalog.TestImages;
import org.accolade.community.Member;
import org.accolade.community.Role;
import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/** The partner logo upload is bounded on the server, whatever the browser was told: 512 KB, as the service says. */
class PartnerLogoUploadLimitTest extends KaribuTest {

    @Test
    void aLogoOverTheLimitSentPastTheBrowsersCheckIsRefusedBeforeItIsKept() {
        Member admin = people.fresh("Paul", Locale.ENGLISH, Role.MEMBER, Role.ORGANISATION_ADMIN);
        signIn(admin.email());
        UI.getCurrent().navigate("admin/partners");
        _click(_get(Button.class, spec -> spec.withText("New partner")));

        // Vaadin answers a failed upload with the target's status, 413; Karibu hands the failure to the test.
        assertThatThrownBy(() -> UploadKt._upload(upload(), "huge.png", "image/png",
                Arrays.copyOf(TestImages.png(), 512 * 1024 + 1)))
                .isInstanceOf(IOException.class);
        MockVaadin.clientRoundtrip();

        assertThat(message().getText()).isEqualTo("The logo is larger than 512 KB.");
        assertThat(previewShown()).isFalse();
    }
}
