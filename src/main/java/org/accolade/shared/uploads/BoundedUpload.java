package org.accolade.shared.uploads;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * An upload kept in memory up to a limit, checked on the server. The component's maximum file size is checked only
 * by the browser, and Vaadin hands a raw request body to the upload target unparsed and unbounded: a crafted request
 * could send anything. This target reads at most one byte past the limit, then stops, answers 413 and lets the
 * screen say why.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for a multipart request's boundaries and headers around the one file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    /** The upload went past its limit; the rest of it was not read. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("upload over its limit", null);
        }
    }

    private final int maxBytes;
    private final InMemoryUploadCallback accepted;
    private final SerializableRunnable tooLarge;

    private BoundedUpload(int maxBytes, InMemoryUploadCallback accepted, SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.accepted = accepted;
        this.tooLarge = tooLarge;
    }

    /**
     * Gives {@code upload} one file of at most {@code maxBytes}, in the browser and on the server alike:
     * {@code accepted} receives it, or {@code tooLarge} runs, both in the screen's UI.
     */
    public static void bound(Upload upload, int maxBytes, InMemoryUploadCallback accepted,
            SerializableRunnable tooLarge) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setUploadHandler(new BoundedUpload(maxBytes, accepted, tooLarge));
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] content;
        try (InputStream body = event.getInputStream()) {
            content = body.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            ui.access(tooLarge::run);
            throw new TooLarge();
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), content.length);
        ui.access(() -> {
            try {
                accepted.complete(metadata, content);
            } catch (IOException e) {
                throw new IllegalStateException("an upload kept in memory cannot fail to be read", e);
            }
        });
    }

    /** The only upload this target refuses is one over its limit: 413, not the 500 Vaadin would answer. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        response.setStatus(success ? HttpStatusCode.OK.getCode() : HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
