package org.accolade.nomination.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.accolade.community.MemberId;
import org.accolade.nomination.NominationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The jurors of one nomination, fixed when it is submitted (ADR 14): later edits of the badge class's jury do not
 * change a running review, so nobody recomposes the jury of a nomination they are part of. Only an issuer admin who
 * is not part of it replaces a missing juror, one for one.
 */
@Component
public class ReviewJury {

    private final JdbcClient jdbc;

    ReviewJury(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void fix(NominationId nomination, Collection<MemberId> jurors) {
        jurors.forEach(juror -> add(nomination, juror));
    }

    public List<MemberId> of(NominationId nomination) {
        return jdbc.sql("select member_id from nomination_juror where nomination_id = ? order by member_id")
                .param(nomination.value()).query(UUID.class).list().stream().map(MemberId::new).toList();
    }

    void replace(NominationId nomination, MemberId missing, MemberId replacement) {
        jdbc.sql("delete from nomination_juror where nomination_id = ? and member_id = ?")
                .params(nomination.value(), missing.value()).update();
        add(nomination, replacement);
    }

    private void add(NominationId nomination, MemberId juror) {
        jdbc.sql("insert into nomination_juror (nomination_id, member_id) values (?, ?)")
                .params(nomination.value(), juror.value()).update();
    }
}
