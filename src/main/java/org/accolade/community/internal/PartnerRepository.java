package org.accolade.community.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PartnerRepository extends ListCrudRepository<Partner, UUID> {

    /** Column by column: the logo itself is read only when it is served. */
    String COLUMNS = "select id, name, website, email, description, language, logo_type, logo_etag, version from partner";

    @Query(COLUMNS + " order by lower(name), id limit :limit offset :offset")
    List<Partner> page(int offset, int limit);

    @Query(COLUMNS + " order by lower(name), id")
    List<Partner> allByName();

    boolean existsByEmailAndIdNot(String email, UUID id);
}
