package dev.yusuan.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.io.json.internal.JsonDecoder;
import dev.yusuan.io.json.internal.JsonEncoder;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The canonical JSON form of a {@link BudgetDocument} ({@code "formatVersion": "1.0"}): the whole
 * document, exact decimals as strings with their published scale, a stable field order, and a JSON
 * Schema at {@link #SCHEMA_RESOURCE}. Writing then reading gives back an equal document.
 */
public final class JsonFormat {
  /** Class-path resource of the JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/dev/yusuan/io/json/budget-document.schema.json";

  /** The version written into every document. */
  public static final String FORMAT_VERSION = JsonEncoder.FORMAT_VERSION;

  /** Content after the top-level value is malformed input, not something to drop without a word. */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private JsonFormat() {}

  /**
   * Writes {@code document} as pretty-printed UTF-8 JSON; the stream is left open.
   *
   * @param document the document, facts included
   * @param out where the JSON goes, followed by a newline
   * @throws IOException when the stream cannot be written
   */
  public static void write(BudgetDocument document, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      new JsonEncoder(g).document(document, true);
    }
    out.write('\n');
  }

  /**
   * Writes {@code document} as JSON to a character stream, optionally compact and without facts.
   *
   * @param document the document
   * @param out where the JSON goes; not closed
   * @param pretty whether to indent
   * @param includeFacts whether to write the {@code facts} array
   * @throws IOException when the stream cannot be written
   */
  public static void write(BudgetDocument document, Writer out, boolean pretty, boolean includeFacts)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      new JsonEncoder(g).document(document, includeFacts);
    }
  }

  /**
   * The document as a JSON string (pretty-printed).
   *
   * @param document the document, facts included
   * @return the JSON text
   */
  public static String toJson(BudgetDocument document) {
    StringWriter w = new StringWriter();
    try {
      write(document, w, true, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Reads a document. Malformed JSON or invalid elements become diagnostics (with the JSON pointer or
   * line and column); only failures of the stream itself throw.
   *
   * @param in the UTF-8 JSON; read to its end, not closed
   * @param source the name for provenance and diagnostics
   * @return the document, with a diagnostic for every problem
   * @throws IOException when the stream cannot be read
   */
  public static BudgetDocument read(InputStream in, String source) throws IOException {
    return parse(in.readAllBytes(), source);
  }

  /**
   * Reads a document from a JSON string; see {@link #read(InputStream, String)}.
   *
   * @param json the JSON text
   * @param source the name for provenance and diagnostics
   * @return the document, with a diagnostic for every problem
   */
  public static BudgetDocument fromJson(String json, String source) {
    return parse(json, source);
  }

  private static BudgetDocument parse(Object input, String source) {
    JsonDecoder decoder = new JsonDecoder(source);
    JsonNode root;
    try {
      root = input instanceof byte[] b ? MAPPER.readTree(b) : MAPPER.readTree((String) input);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      Provenance.Builder at = Provenance.builder().source(source);
      if (l != null && l.getLineNr() > 0) {
        at.line(l.getLineNr());
        at.spanStart(Math.max(0, l.getColumnNr() - 1));
      }
      String msg = e.getOriginalMessage();
      BudgetDocument d = decoder.placeholder();
      return BudgetDocument.builder().from(d).addDiagnostics(Diagnostic.of(Severity.ERROR,
          "json.malformed", "JSON 格式错误：" + msg, "malformed JSON: " + msg, at.build())).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return decoder.document(root, null);
  }

  /**
   * Decodes a tree; {@code facts} (when not null) replaces the tree's {@code facts} array. For
   * formats that embed the canonical JSON (xlsx).
   *
   * @param root the document's JSON tree
   * @param source the name for provenance and diagnostics
   * @param facts facts replacing the tree's, or null to decode the tree's
   * @param extra diagnostics to add to the document's
   * @return the document
   */
  public static BudgetDocument fromTree(JsonNode root, String source,
      java.util.List<dev.yusuan.model.Fact> facts, java.util.List<Diagnostic> extra) {
    JsonDecoder decoder = new JsonDecoder(source);
    BudgetDocument d = decoder.document(root, facts);
    return extra.isEmpty() ? d : BudgetDocument.builder().from(d).addAllDiagnostics(extra).build();
  }

  /**
   * Parses JSON text into a tree, or null when malformed.
   *
   * @param json the JSON text
   * @return the tree, or null
   */
  public static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
