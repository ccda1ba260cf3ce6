package org.haven.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The schema each CI host publishes for its configuration files, copied under
 * {@code src/test/resources/schemas/} (each folder's README says from where), and which of a
 * site's files the host reads with it.
 */
enum CiSchema {
    GITHUB_ACTIONS("schemas/github-workflow/github-workflow.json", "\\.github/workflows/[^/]+\\.ya?ml"),
    GITLAB_CI("schemas/gitlab-ci/ci.json", "\\.gitlab-ci\\.yml");

    private final Pattern sitePath;
    private final Schema schema;

    CiSchema(String resource, String sitePath) {
        this.sitePath = Pattern.compile(sitePath);
        this.schema = load(resource);
    }

    /** The schema for the file at this path in a site folder ({@code /}-separated), if a CI host reads it. */
    static Optional<CiSchema> forSitePath(String path) {
        return Arrays.stream(values())
                .filter(host -> host.sitePath.matcher(path).matches())
                .findFirst();
    }

    /** What the schema refuses in this file, each with where it is; empty when the host accepts it. */
    List<String> problems(JsonNode file) {
        return schema.validate(file).stream().map(Error::toString).toList();
    }

    private static Schema load(String resource) {
        // Both schemas are draft-07 and refer only inside themselves: nothing is fetched.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
        try (InputStream in = CiSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
