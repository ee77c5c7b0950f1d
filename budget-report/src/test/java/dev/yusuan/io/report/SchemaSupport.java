package dev.yusuan.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Loads the official SARIF schema and Yusuan's report schema for tests. */
final class SchemaSupport {
  private SchemaSupport() {}

  static JsonSchema sarif() throws IOException {
    try (InputStream in = SchemaSupport.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  /** docs/report.schema.json of the repository (tests run in the module directory). */
  static JsonSchema report() throws IOException {
    Path p = Path.of("..", "docs", "report.schema.json");
    try (InputStream in = Files.newInputStream(p)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  static Set<ValidationMessage> validate(JsonSchema s, JsonNode n) {
    return s.validate(n);
  }
}
