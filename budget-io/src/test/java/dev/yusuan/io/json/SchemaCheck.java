package dev.yusuan.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates JSON text against the shipped budget-document schema (networknt, draft 2020-12). */
public final class SchemaCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private SchemaCheck() {}

  private static JsonSchema load() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(JsonFormat.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validation messages for {@code json}; empty when valid. */
  public static Set<ValidationMessage> validate(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      return SCHEMA.validate(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
