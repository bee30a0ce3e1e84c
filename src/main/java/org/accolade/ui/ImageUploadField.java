package org.accolade.ui;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.accolade.shared.DomainException;
import org.accolade.shared.images.ImageInspector;
import org.accolade.shared.images.ImageUpload;
import org.accolade.shared.images.StoredImage;
import org.accolade.shared.uploads.BoundedUpload;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * One picture for a record (a badge's image, a partner's logo): a PNG or SVG of at most
 * {@link ImageInspector#MAX_BYTES}, bounded on the server too, checked by the module's service as soon as it arrives,
 * shown at once and kept until the record is saved, which then stores {@link #pending()}.
 * <p>
 * Its words come from the bundles under the use's prefix ({@code <words>.hint}, {@code .drop}, {@code .choose},
 * {@code .failed}, {@code .pending}, {@code .alt} with the record's name) and its refusals' codes
 * ({@code problem.<codes>.too-large}, {@code .unsupported-type}); the upload's own buttons and states are worded
 * alike everywhere ({@code upload.*}).
 */
public class ImageUploadField extends HorizontalLayout {

    private final String words;
    private final Function<ImageUpload, StoredImage> check;
    private final Supplier<String> recordName;
    private final Upload upload = new Upload();
    private final Image preview = new Image();
    private final Span message = new Span();
    private final VerticalLayout choosing = new VerticalLayout();
    private ImageUpload pending;

    /**
     * @param words      the prefix of this use's words
     * @param codes      the prefix of the codes its service refuses an image with
     * @param check      the service's check, which refuses an image it would not store
     * @param recordName the name of the record the picture is for, for the preview's alternative text
     */
    public ImageUploadField(String words, String codes, Function<ImageUpload, StoredImage> check,
            Supplier<String> recordName) {
        this.words = words;
        this.check = check;
        this.recordName = recordName;
        String tooLarge = Refusals.text(this, codes + ".too-large", ImageInspector.MAX_BYTES / 1024);
        BoundedUpload.bound(upload, ImageInspector.MAX_BYTES, (metadata, bytes) -> stage(
                new ImageUpload(metadata.fileName(), metadata.contentType(), bytes)), () -> showProblem(tooLarge));
        upload.setAcceptedFileTypes(ImageInspector.PNG, ImageInspector.SVG, ".png", ".svg");
        upload.setI18n(uploadTexts(tooLarge, Refusals.text(this, codes + ".unsupported-type")));
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        preview.setId("image-upload-preview");
        preview.getStyle().set("max-width", "10em").set("object-fit", "contain");
        preview.setVisible(false);
        message.setId("image-upload-message");
        message.getElement().setAttribute("aria-live", "polite");
        Paragraph hint = new Paragraph(getTranslation(words + ".hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        choosing.add(hint, upload, message);
        choosing.setPadding(false);
        choosing.setSpacing(false);
        add(preview, choosing);
        setAlignItems(Alignment.START);
    }

    /** A caption above the hint, for a form whose other fields have labels. */
    public void setLabel(String label) {
        Span caption = new Span(label);
        caption.getStyle().set("font-weight", "500").set("color", "var(--lumo-secondary-text-color)");
        choosing.addComponentAsFirst(caption);
    }

    public void setPreviewHeight(String height) {
        preview.setHeight(height);
    }

    /** The stored picture at {@code source}, or none; forgets any picture not yet saved. */
    public void showStored(String source) {
        pending = null;
        message.setText("");
        preview.setVisible(source != null);
        if (source != null) {
            preview.setSrc(source);
            preview.setAlt(getTranslation(words + ".alt", recordName.get()));
        }
    }

    /** Whether a new picture can be chosen, say not for a record that no longer changes. */
    public void setChangeable(boolean changeable) {
        upload.setVisible(changeable);
    }

    /** The checked picture waiting for the record to be saved, until a stored one is shown. */
    public Optional<ImageUpload> pending() {
        return Optional.ofNullable(pending);
    }

    /** A refusal of the picture, from the check or from the save, in red under the upload. */
    public void showProblem(String problem) {
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        message.setText(problem);
    }

    private void stage(ImageUpload image) {
        upload.clearFileList();
        try {
            StoredImage checked = check.apply(image);
            pending = image;
            preview.setSrc("data:" + checked.mediaType() + ";base64,"
                    + Base64.getEncoder().encodeToString(checked.content()));
            preview.setAlt(getTranslation(words + ".alt", recordName.get()));
            preview.setVisible(true);
            message.getStyle().remove("color");
            message.setText(getTranslation(words + ".pending"));
        } catch (DomainException refused) {
            pending = null;
            showProblem(Refusals.text(this, refused));
        }
    }

    private UploadI18N uploadTexts(String tooLarge, String unsupported) {
        String sending = getTranslation("upload.sending");
        String failed = getTranslation(words + ".failed");
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation(words + ".drop"))
                .setMany(getTranslation(words + ".drop")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation(words + ".choose"))
                .setMany(getTranslation(words + ".choose")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(tooLarge).setIncorrectFileType(unsupported)
                .setTooManyFiles(getTranslation("upload.one-only")));
        texts.setFile(new UploadI18N.File().setRemove(getTranslation("upload.remove"))
                .setRetry(getTranslation("upload.retry")).setStart(getTranslation("upload.start")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(sending).setProcessing(sending)
                        .setHeld(sending).setStalled(sending))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("upload.remaining"))
                        .setUnknown(getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed)
                        .setUnexpectedServerError(failed).setForbidden(failed)));
        texts.setUnits(List.of(getTranslation("upload.unit.bytes").split(",")));
        return texts;
    }
}
