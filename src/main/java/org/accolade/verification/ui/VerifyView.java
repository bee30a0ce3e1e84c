package org.accolade.verification.ui;

import java.util.regex.Pattern;

import org.accolade.shared.PublicLinks;
import org.accolade.shared.uploads.BoundedUpload;
import org.accolade.shell.MainLayout;
import org.accolade.ui.Refusals;
import org.accolade.verification.TooManyVerifications;
import org.accolade.verification.VerificationReport;
import org.accolade.verification.VerificationReport.BadgeSummary;
import org.accolade.verification.VerificationReport.Check;
import org.accolade.verification.VerificationReport.IssuerSummary;
import org.accolade.verification.VerificationRequest;
import org.accolade.verification.VerificationService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Anyone can check a badge, Open Badges 2.0 or 3.0, here: upload its baked image, JSON or JWT file, or paste its
 * JSON, JWS (VC-JWT) or URL, optionally with the email it should have been awarded to. The verdict comes first in
 * plain words, then each check with an icon and a word (never colour alone), then what the badge and its issuer say
 * of themselves.
 */
@Route(value = "verify", layout = MainLayout.class)
@Menu(title = "menu.verify", icon = "vaadin:check-circle-o", order = 5)
@AnonymousAllowed
class VerifyView extends VerticalLayout implements HasDynamicTitle {

    /** The same limit as the API's (spring.servlet.multipart.max-file-size). */
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final VerificationService verification;
    private final PublicLinks links;
    private final Upload upload = new Upload();
    private final Paragraph uploaded = new Paragraph();
    private final TextArea text = new TextArea();
    private final EmailField email = new EmailField();
    private final Div result = new Div();
    private VerificationRequest.UploadedFile file;

    VerifyView(VerificationService verification, PublicLinks links) {
        this.verification = verification;
        this.links = links;
        setMaxWidth("48em");
        getStyle().set("margin", "0 auto");
        configureUpload();
        text.setLabel(getTranslation("verify.text"));
        text.setWidthFull();
        text.setMaxHeight("12em");
        text.addValueChangeListener(change -> forgetFileIfTextGiven());
        email.setLabel(getTranslation("verify.email"));
        email.setHelperText(getTranslation("verify.email.helper"));
        email.setErrorMessage(getTranslation("verify.email.invalid"));
        email.setWidthFull();
        Button verify = new Button(getTranslation("verify.button"), click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("verification-result");
        result.setWidthFull();
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), upload, uploaded,
                text, email, verify, result);
    }

    private void configureUpload() {
        BoundedUpload.bound(upload, MAX_FILE_BYTES, (metadata, bytes) -> received(new VerificationRequest.UploadedFile(
                bytes, metadata.fileName(), metadata.contentType())),
                () -> uploaded.setText(getTranslation("verify.upload.too-large")));
        upload.setAcceptedFileTypes("image/png", "image/svg+xml", "application/json", "application/ld+json",
                "application/vc+ld+json", "application/jwt", "application/vc+jwt", ".png", ".svg", ".json",
                ".jsonld", ".jwt");
        upload.setUploadButton(new Button(getTranslation("verify.upload.button")));
        upload.setDropLabel(new Span(getTranslation("verify.upload.drop")));
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> uploaded.setText(rejected.getErrorMessage()));
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("verify.upload.too-large"))
                .setIncorrectFileType(getTranslation("verify.upload.rejected")));
        return i18n;
    }

    private void received(VerificationRequest.UploadedFile uploadedFile) {
        file = uploadedFile;
        text.clear();
        uploaded.setText(getTranslation("verify.upload.received", uploadedFile.filename()));
    }

    /** Pasting after uploading means the person changed their mind: the text is what they want checked. */
    private void forgetFileIfTextGiven() {
        if (!text.getValue().isBlank()) {
            file = null;
            upload.clearFileList();
            uploaded.setText("");
        }
    }

    private void verify() {
        result.removeAll();
        String address = email.getValue().strip();
        if (!address.isEmpty() && !EMAIL.matcher(address).matches()) {
            email.setInvalid(true);
            return;
        }
        email.setInvalid(false);
        VerificationRequest.Source source = file != null ? file
                : text.getValue().isBlank() ? null : new VerificationRequest.Pasted(text.getValue());
        if (source == null) {
            result.add(new Paragraph(getTranslation("verify.nothing")));
            return;
        }
        try {
            show(verification.verify(new VerificationRequest(source, address, getLocale()), clientAddress()));
        } catch (TooManyVerifications refused) {
            result.add(new Paragraph(Refusals.text(this, refused.code())));
        }
    }

    /** The same bound per client address as the API's, so that the page is no way around it. */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    private void show(VerificationReport report) {
        result.add(verdict(report), new H3(getTranslation("verify.checks")), checks(report));
        if (report.badge() != null) {
            result.add(badge(report.badge()));
        }
        if (report.issuer() != null) {
            result.add(issuer(report.issuer()));
        }
    }

    private H2 verdict(VerificationReport report) {
        String words = report.verified() ? getTranslation("verify.verdict.verified")
                : getTranslation("verify.verdict.not-verified",
                        report.firstFailure().map(Check::message).orElse(""));
        H2 verdict = new H2(words);
        verdict.setId("verdict");
        verdict.getStyle().set("color", report.verified() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        return verdict;
    }

    private UnorderedList checks(VerificationReport report) {
        UnorderedList list = new UnorderedList();
        list.setId("checks");
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        for (Check check : report.checks()) {
            Icon icon = (check.passed() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
            icon.setColor(check.passed() ? "var(--lumo-success-color)" : "var(--lumo-error-color)");
            icon.setSize("var(--lumo-icon-size-s)");
            Span status = new Span(getTranslation(check.passed() ? "verify.check.passed" : "verify.check.failed"));
            status.getStyle().set("font-weight", "600");
            ListItem item = new ListItem(icon, new Span(" "), status,
                    new Span(" · " + getTranslation("verify.check." + check.name()) + " — " + check.message()));
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            list.add(item);
        }
        return list;
    }

    private Div badge(BadgeSummary badge) {
        Div section = section("verify.badge", badge.name(), badge.description());
        if (isWebAddress(badge.criteria())) {
            section.add(new Paragraph(link(getTranslation("verify.criteria"), badge.criteria())));
        } else if (badge.criteria() != null) {
            // An Open Badges 3.0 achievement may describe its criteria in words instead of at an address.
            section.add(new Paragraph(getTranslation("verify.criteria.narrative", badge.criteria())));
        }
        return section;
    }

    /**
     * The issuer, with its logo when it is one of this network's organisations: another issuer's image is not
     * fetched into the page, so that verifying a badge tells no third party who looks at it.
     */
    private Div issuer(IssuerSummary issuer) {
        Div section = section("verify.issuer", issuer.name(), null);
        if (issuer.image() != null && links.isOwn(issuer.image())) {
            Image logo = new Image(issuer.image().substring(links.base().length()),
                    getTranslation("verify.issuer.logo", issuer.name()));
            logo.setId("verify-issuer-logo");
            logo.setHeight("3em");
            section.add(logo);
        }
        String url = issuer.url() != null ? issuer.url() : issuer.id();
        section.add(new Paragraph(link(url, url)));
        return section;
    }

    private Div section(String titleKey, String name, String description) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        if (name != null) {
            section.add(new Paragraph(new Span(name)));
        }
        if (description != null) {
            section.add(new Paragraph(description));
        }
        return section;
    }

    /** A link to somewhere the badge names: opened apart and without referrer, since it is not ours. */
    private static Anchor link(String words, String href) {
        Anchor anchor = new Anchor(isWebAddress(href) ? href : "", words, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        return anchor;
    }

    private static boolean isWebAddress(String text) {
        return text != null && (text.startsWith("https://") || text.startsWith("http://"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.page-title");
    }
}
