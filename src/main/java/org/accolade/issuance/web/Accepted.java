package org.accolade.issuance.web;

import java.util.List;

import org.springframework.http.MediaType;

/** What a client's {@code Accept} header asks for, read leniently: a malformed header asks for nothing in particular. */
final class Accepted {

    private Accepted() {
    }

    static List<MediaType> types(String accept) {
        try {
            return accept == null ? List.of() : MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Only an explicit text/html, as browsers send; verifiers and wallets ask for JSON or anything. */
    static boolean html(String accept) {
        return types(accept).stream().anyMatch(type -> type.getType().equals("text")
                && type.getSubtype().equals("html"));
    }
}
