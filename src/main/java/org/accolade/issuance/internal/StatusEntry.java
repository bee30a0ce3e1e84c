package org.accolade.issuance.internal;

import java.util.UUID;

import org.accolade.issuance.OpenBadgesUrls;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A credential's place in its issuer's revocation status lists: list {@code list}, bit {@code index}. */
public record StatusEntry(UUID issuerId, int list, int index) {

    ObjectNode toJson(ObjectMapper json, OpenBadgesUrls urls) {
        String listUrl = urls.statusList(issuerId, list);
        ObjectNode entry = json.createObjectNode();
        entry.put("id", listUrl + "#" + index);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", "revocation");
        entry.put("statusListIndex", Integer.toString(index));
        entry.put("statusListCredential", listUrl);
        return entry;
    }
}
