package org.accolade.verification.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A verification request over the size limit: a 413 problem detail in the caller's language, worded by the bundles
 * ({@code problem.verification.input.too-large}) and naming the field, as the API's other refusals do.
 */
class VerifyBodyTooLarge extends ErrorResponseException {

    static final String CODE = "verification.input.too-large";
    private static final int MEGABYTE = 1024 * 1024;

    VerifyBodyTooLarge(int limitBytes, String field) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, problem(field), null, "problem." + CODE,
                new Object[] {Math.max(1, limitBytes / MEGABYTE)});
    }

    private static ProblemDetail problem(String field) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        problem.setProperty("code", CODE);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    @Override
    public String getTitleMessageCode() {
        return "problem.title.413";
    }
}
