package org.accolade.community.web;

import org.accolade.community.AccountSetup;
import org.accolade.community.InvitationDetails;
import org.accolade.community.InvitationService;
import org.accolade.community.Member;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public: the token in the path is the credential. */
@RestController
@RequestMapping("/api/v1/invitations/{token}")
class InvitationController {

    record CreatedAccount(String id, String email, String name, String language) {
    }

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    InvitationDetails describe(@PathVariable String token) {
        return invitations.describe(token);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedAccount accept(@PathVariable String token, @RequestBody AccountSetup setup) {
        Member member = invitations.accept(token, setup);
        return new CreatedAccount(member.id().toString(), member.email(), member.name(),
                member.language().getLanguage());
    }
}
