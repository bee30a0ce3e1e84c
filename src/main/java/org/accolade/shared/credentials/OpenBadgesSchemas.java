package org.accolade.shared.credentials;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The official Open Badges 3.0 JSON Schemas (draft 2019-09), read from the copies under {@code openbadges/ob3/} on
 * the class path: their published addresses are mapped there, so that validating never fetches anything.
 */
public final class OpenBadgesSchemas {

    /** The credentials Accolade issues and verifies, each with its schema. */
    public enum Kind {
        ACHIEVEMENT_CREDENTIAL("ob_v3p0_achievementcredential_schema.json"),
        ENDORSEMENT_CREDENTIAL("ob_v3p0_endorsementcredential_schema.json");

        private final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    private static final String PUBLISHED = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(PUBLISHED, "classpath:openbadges/ob3/")));
    /** Compiled once each, on first use: compiling takes longer than validating. */
    private static final Map<Kind, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenBadgesSchemas() {
    }

    /**
     * What is wrong with {@code credential} against the schema of {@code kind}, as the validator words it in
     * {@code locale} (each message starts with the JSON path it is about); empty when the credential is valid.
     */
    public static List<String> problems(JsonNode credential, Kind kind, Locale locale) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(kind,
                each -> FACTORY.getSchema(SchemaLocation.of(PUBLISHED + each.file)));
        return schema.validate(credential, context -> context.getExecutionConfig().setLocale(locale)).stream()
                .map(ValidationMessage::getMessage).toList();
    }
}
