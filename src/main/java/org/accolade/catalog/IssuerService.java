package org.accolade.catalog;

import java.util.List;
import java.util.Optional;

import org.accolade.shared.DomainException;
import org.accolade.catalog.internal.IssuerRepository;
import org.accolade.catalog.internal.IssuerRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IssuerService {

    private final IssuerRepository issuers;

    IssuerService(IssuerRepository issuers) {
        this.issuers = issuers;
    }

    @Transactional
    public Issuer create(String name, String url, String email, String description) {
        return issuers.save(IssuerRow.create(name, url, email, description)).toIssuer();
    }

    public Issuer get(IssuerId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("issuer.unknown", null, id));
    }

    public Optional<Issuer> find(IssuerId id) {
        return issuers.findById(id.value()).map(IssuerRow::toIssuer);
    }

    public List<Issuer> all() {
        return issuers.findAll().stream().map(IssuerRow::toIssuer).toList();
    }
}
