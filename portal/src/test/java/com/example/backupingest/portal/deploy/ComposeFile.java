package com.example.backupingest.portal.deploy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** docker-compose.yml of the repository, parsed, and the schema checks it must pass. */
final class ComposeFile {

    static final Path ROOT = findRoot();
    private final String yaml;
    private final JsonNode tree;

    ComposeFile(String yaml) {
        this.yaml = yaml;
        this.tree = new YAMLMapper().readTree(yaml);
    }

    static ComposeFile ofRepository() throws IOException {
        return new ComposeFile(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    /** Problems against a JSON schema (draft 7, as the compose-spec schema). */
    List<String> problems(Path schema) throws IOException {
        // a relative $id (as in the compose-spec schema) needs a base: an absolute one of our own
        ObjectNode json = (ObjectNode) new JsonMapper().readTree(Files.readString(schema));
        dropDraft4Ids(json);
        json.put("$id", "https://schemas.backup-ingest.example/" + schema.getFileName());
        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(json.toString(), InputFormat.JSON).validate(yaml, InputFormat.YAML);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /**
     * The compose-spec schema of 2021 still carries draft-04 {@code "id": "#/..."} annotations,
     * which newer dialects reject as unknown keywords; they do not constrain anything. A property
     * that is itself called "id" has an object value and stays.
     */
    private static void dropDraft4Ids(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("id").isString()) {
            object.remove("id");
        }
        for (JsonNode child : node) {
            dropDraft4Ids(child);
        }
    }

    JsonNode service(String name) {
        return tree.path("services").path(name);
    }

    JsonNode network(String name) {
        return tree.path("networks").path(name);
    }

    List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        tree.path("services").propertyNames().forEach(names::add);
        return names;
    }

    List<String> topLevelNames(String section) {
        List<String> names = new ArrayList<>();
        tree.path(section).propertyNames().forEach(names::add);
        return names;
    }

    Map<String, String> environment(String service) {
        Map<String, String> env = new TreeMap<>();
        service(service).path("environment").properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
        return env;
    }

    /** A list's strings; of a mapping (e.g. {@code networks:} with per-network settings) its keys. */
    List<String> strings(String service, String key) {
        List<String> values = new ArrayList<>();
        JsonNode node = service(service).path(key);
        if (node.isObject()) {
            node.propertyNames().forEach(values::add);
        } else {
            node.forEach(n -> values.add(n.asString()));
        }
        return values;
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
