package org.accolade.nomination.web;

import java.net.URI;
import java.util.List;

import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.NominationSummary;
import org.accolade.nomination.SubmitNomination;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nominations")
class NominationController {

    private final NominationService nominations;

    NominationController(NominationService nominations) {
        this.nominations = nominations;
    }

    @PostMapping
    ResponseEntity<NominationDetails> submit(@RequestBody SubmitNomination command) {
        NominationDetails created = nominations.submit(command);
        return ResponseEntity.created(URI.create("/api/v1/nominations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    NominationDetails get(@PathVariable NominationId id) {
        return nominations.get(id);
    }

    /** The caller's nominations: made by them or naming them. */
    @GetMapping
    List<NominationSummary> mine() {
        return nominations.mine();
    }
}
