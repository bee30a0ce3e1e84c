package org.accolade.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;

/** The parts of the screen's one {@link ImageUploadField}, as the screen tests look for them. */
public final class ImageUploadFieldParts {

    private ImageUploadFieldParts() {
    }

    public static Upload upload() {
        return _get(_get(ImageUploadField.class), Upload.class);
    }

    public static Image preview() {
        return _get(Image.class, spec -> spec.withId("image-upload-preview"));
    }

    /** Whether a picture is shown at all, stored or waiting for the save. */
    public static boolean previewShown() {
        return !_find(Image.class, spec -> spec.withId("image-upload-preview")).isEmpty();
    }

    /** What the field says of the picture: checked and waiting for the save, or why it is refused. */
    public static Span message() {
        return _get(Span.class, spec -> spec.withId("image-upload-message"));
    }
}
