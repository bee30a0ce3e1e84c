package org.accolade.mail;

import java.util.Optional;

import org.accolade.shared.OrganisationId;

/**
 * Who signs a mail about an organisation (ADR 17): its name, so that people read which school or university writes
 * to them. Implemented by the module that knows the organisations; mail of the platform is signed by Accolade.
 */
public interface SenderDirectory {

    Optional<String> nameOf(OrganisationId organisation);
}
