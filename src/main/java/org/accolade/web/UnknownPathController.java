package org.accolade.web;

import org.accolade.shared.DomainException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An address under {@code /api} or {@code /ob} that nothing answers is a 404 problem, not the screens' HTML page with
 * a 200: a client that mistypes a URL must not read a success. Every mapped address is more specific, so it wins.
 */
@RestController
class UnknownPathController {

    @RequestMapping({ "/api/**", "/ob/**" })
    void unknown() {
        throw DomainException.notFound("request.unknown-path", null);
    }
}
