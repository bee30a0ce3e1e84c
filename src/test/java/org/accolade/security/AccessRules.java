package org.accolade.security;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call each REST endpoint and open each screen: one table for the access matrix and the fuzz tests. The
 * keys are the method and path pattern as Spring MVC maps them (an empty method set is ANY) and the route
 * templates as {@code @Route} declares them.
 */
public final class AccessRules {

    private AccessRules() {
    }

    public enum Persona { ANONYMOUS, MEMBER, JUROR, ORGANISATION_ADMIN, SYSTEM_ADMIN }

    public enum Audience {
        ANYONE(EnumSet.allOf(Persona.class)),
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Persona.ANONYMOUS))),
        ORGANISATION_ADMINS(EnumSet.of(Persona.ORGANISATION_ADMIN)),
        SYSTEM_ADMINS(EnumSet.of(Persona.SYSTEM_ADMIN)),
        /** Either kind of admin; the service then decides which organisations each may touch. */
        ADMINS(EnumSet.of(Persona.ORGANISATION_ADMIN, Persona.SYSTEM_ADMIN)),
        NOBODY(EnumSet.noneOf(Persona.class));

        private final Set<Persona> personas;

        public boolean lets(Persona persona) {
            return personas.contains(persona);
        }

        Audience(Set<Persona> personas) {
            this.personas = personas;
        }
    }

    /** Method and path pattern as Spring MVC maps them; an empty method set is listed as ANY. */
    public static final Map<String, Audience> ENDPOINTS = Map.ofEntries(
            entry("ANY /api/**", Audience.SIGNED_IN),
            entry("ANY /ob/**", Audience.ANYONE),
            entry("ANY /error", Audience.ANYONE),
            entry("POST /connect/{endpoint}/{method}", Audience.NOBODY),
            entry("GET /v3/api-docs", Audience.ANYONE),
            entry("GET /v3/api-docs.yaml", Audience.ANYONE),
            entry("GET /v3/api-docs/swagger-config", Audience.ANYONE),
            entry("GET /swagger-ui.html", Audience.ANYONE),
            entry("GET /api/v1/badge-classes", Audience.SIGNED_IN),
            entry("GET /api/v1/badge-classes/{id}/image", Audience.ANYONE),
            entry("GET /api/v1/admin/badge-classes", Audience.ORGANISATION_ADMINS),
            entry("POST /api/v1/admin/badge-classes", Audience.ORGANISATION_ADMINS),
            entry("GET /api/v1/admin/badge-classes/{id}", Audience.ORGANISATION_ADMINS),
            entry("PUT /api/v1/admin/badge-classes/{id}", Audience.ORGANISATION_ADMINS),
            entry("POST /api/v1/admin/badge-classes/{id}/publish", Audience.ORGANISATION_ADMINS),
            entry("POST /api/v1/admin/badge-classes/{id}/archive", Audience.ORGANISATION_ADMINS),
            entry("GET /api/v1/issuers/{id}/logo", Audience.ANYONE),
            entry("GET /api/v1/organisations", Audience.ANYONE),
            entry("GET /api/v1/organisations/{key}", Audience.ANYONE),
            entry("POST /api/v1/admin/organisations", Audience.SYSTEM_ADMINS),
            entry("PUT /api/v1/admin/organisations/{id}", Audience.ADMINS),
            entry("PUT /api/v1/admin/issuers/{id}/logo", Audience.ADMINS),
            entry("POST /api/v1/admin/issuers/{id}/keys/rotate", Audience.ORGANISATION_ADMINS),
            entry("GET /api/v1/invitations/{token}", Audience.ANYONE),
            entry("POST /api/v1/invitations/{token}", Audience.ANYONE),
            entry("GET /api/v1/admin/partners", Audience.ORGANISATION_ADMINS),
            entry("POST /api/v1/admin/partners", Audience.ORGANISATION_ADMINS),
            entry("GET /api/v1/admin/partners/{id}", Audience.ORGANISATION_ADMINS),
            entry("PUT /api/v1/admin/partners/{id}", Audience.ORGANISATION_ADMINS),
            entry("PUT /api/v1/admin/partners/{id}/logo", Audience.ORGANISATION_ADMINS),
            entry("GET /api/v1/partners/{id}/logo", Audience.ANYONE),
            entry("GET /api/v1/admin/organisations/{organisationId}/members", Audience.ADMINS),
            entry("POST /api/v1/admin/organisations/{organisationId}/members", Audience.ADMINS),
            entry("POST /api/v1/admin/organisations/{organisationId}/invitations", Audience.ADMINS),
            entry("PUT /api/v1/admin/organisations/{organisationId}/members/{memberId}/roles/{role}",
                    Audience.ADMINS),
            entry("DELETE /api/v1/admin/organisations/{organisationId}/members/{memberId}/roles/{role}",
                    Audience.ADMINS),
            entry("GET /api/v1/endorsements/{token}", Audience.ANYONE),
            entry("POST /api/v1/endorsements/{token}", Audience.ANYONE),
            entry("GET /api/v1/admin/endorsement-requests", Audience.ORGANISATION_ADMINS),
            entry("POST /api/v1/admin/endorsement-requests", Audience.ORGANISATION_ADMINS),
            entry("POST /api/v1/admin/endorsement-requests/{id}/cancel", Audience.ORGANISATION_ADMINS),
            entry("POST /api/v1/admin/endorsement-requests/{id}/resend", Audience.ORGANISATION_ADMINS),
            entry("GET /api/v1/admin/outbox", Audience.ADMINS),
            entry("POST /api/v1/admin/outbox/{id}/resend", Audience.ADMINS),
            entry("GET /api/v1/assertions", Audience.SIGNED_IN),
            entry("POST /api/v1/assertions/{id}/revoke", Audience.ORGANISATION_ADMINS),
            entry("GET /api/v1/nominations", Audience.SIGNED_IN),
            entry("POST /api/v1/nominations", Audience.SIGNED_IN),
            entry("GET /api/v1/nominations/{id}", Audience.SIGNED_IN),
            entry("GET /api/v1/admin/nominations/stalled", Audience.ORGANISATION_ADMINS),
            entry("GET /api/v1/admin/nominations/{id}/review", Audience.ORGANISATION_ADMINS),
            entry("POST /api/v1/admin/nominations/{id}/review/decide", Audience.ORGANISATION_ADMINS),
            entry("POST /api/v1/admin/nominations/{id}/review/replace-juror", Audience.ORGANISATION_ADMINS),
            entry("GET /api/v1/tasks", Audience.SIGNED_IN),
            entry("GET /api/v1/tasks/{id}", Audience.SIGNED_IN),
            entry("POST /api/v1/tasks/{id}/claim", Audience.SIGNED_IN),
            entry("POST /api/v1/tasks/{id}/unclaim", Audience.SIGNED_IN),
            entry("POST /api/v1/tasks/{id}/complete", Audience.SIGNED_IN),
            entry("POST /api/v1/verify", Audience.ANYONE),
            entry("GET /ob/v2/assertions/{id}", Audience.ANYONE),
            entry("GET /ob/v2/assertions/{id}/image.png", Audience.ANYONE),
            entry("GET /ob/v2/assertions/{id}/image.svg", Audience.ANYONE),
            entry("GET /ob/v2/badges/{id}", Audience.ANYONE),
            entry("GET /ob/v2/endorsements/{id}", Audience.ANYONE),
            entry("GET /ob/v2/issuers/{id}", Audience.ANYONE),
            entry("GET /ob/v2/issuers/{id}/keys/{keyId}", Audience.ANYONE),
            entry("GET /ob/v2/issuers/{id}/revocations", Audience.ANYONE),
            entry("GET /ob/v3/credentials/{id}", Audience.ANYONE),
            entry("GET /ob/v3/credentials/{id}.jwt", Audience.ANYONE),
            entry("GET /ob/v3/credentials/{id}/image.png", Audience.ANYONE),
            entry("GET /ob/v3/credentials/{id}/image.svg", Audience.ANYONE),
            entry("GET /ob/v3/endorsements/{id}", Audience.ANYONE),
            entry("GET /ob/v3/issuers/{id}/did.json", Audience.ANYONE),
            entry("GET /ob/v3/issuers/{id}/status/{list}", Audience.ANYONE),
            entry("GET /ob/v3/partners/{id}/did.json", Audience.ANYONE));

    /** Route templates as declared by {@code @Route}. */
    public static final Map<String, Audience> SCREENS = Map.ofEntries(
            entry("", Audience.SIGNED_IN),
            entry("welcome", Audience.SIGNED_IN),
            entry("catalog", Audience.SIGNED_IN),
            entry("nominate", Audience.SIGNED_IN),
            entry("nominations", Audience.SIGNED_IN),
            entry("nominations/:id", Audience.SIGNED_IN),
            entry("tasks", Audience.SIGNED_IN),
            entry("tasks/:taskId", Audience.SIGNED_IN),
            entry("my-badges", Audience.SIGNED_IN),
            entry("admin/assertions", Audience.ORGANISATION_ADMINS),
            entry("admin/badge-classes", Audience.ORGANISATION_ADMINS),
            entry("admin/badge-classes/:id", Audience.ORGANISATION_ADMINS),
            entry("admin/endorsement-requests", Audience.ORGANISATION_ADMINS),
            entry("admin/members", Audience.ADMINS),
            entry("admin/outbox", Audience.ADMINS),
            entry("admin/organisations", Audience.ADMINS),
            entry("admin/partners", Audience.ORGANISATION_ADMINS),
            entry("cockpit", Audience.SYSTEM_ADMINS),
            entry("login", Audience.ANYONE),
            entry("verify", Audience.ANYONE),
            entry("badge-classes/:badgeClassId", Audience.ANYONE),
            entry("badges/:assertionId", Audience.ANYONE),
            entry("organisations/:key", Audience.ANYONE),
            entry("endorse/:token", Audience.ANYONE),
            entry("invite/:token", Audience.ANYONE));

    /** One mapped method and path pattern, with the handler that answers it. */
    public record Endpoint(String verb, String pattern, RequestMappingInfo info, HandlerMethod handler) {

        public String key() {
            return verb + " " + pattern;
        }

        public boolean multipart() {
            return info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
        }
    }

    /** Every endpoint the application maps, one per method and pattern. */
    public static List<Endpoint> endpoints(RequestMappingHandlerMapping mappings) {
        return mappings.getHandlerMethods().entrySet().stream().flatMap(mapping -> {
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> verbs = methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList();
            return info.getPatternValues().stream().flatMap(pattern -> verbs.stream()
                    .map(verb -> new Endpoint(verb, pattern, info, mapping.getValue())));
        }).toList();
    }
}
