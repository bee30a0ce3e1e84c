package org.accolade.catalog.ui;

import static org.accolade.ui.ImageUploadFieldParts.message;
import static org.accolade.ui.ImageUploadFieldParts.preview;
import static org.accolade.ui.ImageUploadFieldParts.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.FormBuilder;
import org.accolade.catalog.TestImages;
import org.accolade.community.Member;
import org.accolade.community.Role;
import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;

/** The badge image upload is bounded on the server, whatever the browser was told: 512 KB, as the service says. */
class BadgeClassImageUploadLimitTest extends KaribuTest {

    @Autowired
    private BadgeClassService badgeClasses;

    @Test
    void anImageOverTheLimitSentPastTheBrowsersCheckIsRefusedBeforeItIsKept() {
        Member juror = people.fresh("Jules");
        Member admin = people.fresh("Adèle", Locale.FRENCH, Role.MEMBER, Role.ORGANISATION_ADMIN);
        BadgeClass draft = people.as(admin.email(), () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn(admin.email());
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("admin/badge-classes/" + draft.id());
        byte[] png = TestImages.png();

        // Vaadin answers a failed upload with the target's status, 413; Karibu hands the failure to the test.
        assertThatThrownBy(() -> UploadKt._upload(upload(), "huge.png", "image/png",
                Arrays.copyOf(png, 512 * 1024 + 1))).isInstanceOf(IOException.class);
        MockVaadin.clientRoundtrip();

        assertThat(message().getText()).isEqualTo("L’image dépasse 512 Ko.");
        assertThat(preview().getSrc()).doesNotStartWith("data:");
    }
}
