package org.accolade.community.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface PartnerRepository extends ListCrudRepository<Partner, UUID> {
}
