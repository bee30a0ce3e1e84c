package org.accolade.verification;

import java.util.Arrays;
import java.util.Locale;

import org.accolade.verification.internal.BadgeVerifier;
import org.accolade.verification.internal.Message;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Verifies a badge that anyone hands in, an Open Badges 2.0 assertion (hosted or signed) or a 3.0 credential (Data
 * Integrity proof or VC-JWT), and reports each check it made in the caller's language. Open to everyone, signed in or
 * not: a badge's owner shows it to whoever needs to check it. Never throws for a badge, however broken or hostile: a
 * bad badge is a verdict.
 */
@Service
public class VerificationService {

    private final BadgeVerifier verifier;
    private final MessageSource messages;

    VerificationService(BadgeVerifier verifier, MessageSource messages) {
        this.verifier = verifier;
        this.messages = messages;
    }

    public VerificationReport verify(VerificationRequest request) {
        return verifier.verify(request).report(message -> words(message, request.locale()));
    }

    private String words(Message message, Locale locale) {
        Object[] arguments = Arrays.stream(message.arguments())
                .map(argument -> argument instanceof Message inner ? words(inner, locale) : argument).toArray();
        return messages.getMessage(message.code(), arguments, message.code(), locale);
    }
}
