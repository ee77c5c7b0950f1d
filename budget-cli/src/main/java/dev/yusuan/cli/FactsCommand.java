package dev.yusuan.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Dimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yusuan facts IN --format csv|json}: every published number, one row per fact. */
@Command(name = "facts", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Prints the document's facts in long format to stdout (header row first).",
        "以长格式输出文件中的全部数据（首行为表头）。"})
final class FactsCommand implements Callable<Integer> {
  private final Context ctx;

  @Parameters(index = "0", paramLabel = "IN", description = "The document (or - for standard input).")
  String in;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  FactsCommand(Context ctx) {
    this.ctx = ctx;
  }

  /** The columns, in order. */
  static List<String> header() {
    List<String> h = new ArrayList<>(List.of("concept"));
    for (Dimension d : Dimension.values()) {
      h.add(d.name().toLowerCase(Locale.ROOT));
    }
    h.addAll(List.of("value", "unit", "decimals", "source", "table", "row_code", "row_label", "column",
        "column_number", "page", "line", "text"));
    return h;
  }

  static List<String> row(Fact f) {
    List<String> r = new ArrayList<>();
    r.add(f.concept().name());
    for (Dimension d : Dimension.values()) {
      r.add(f.coordinates().get(d).orElse(""));
    }
    Provenance p = f.provenance();
    r.add(f.amount().value().toPlainString());
    r.add(f.amount().unit().name());
    r.add(String.valueOf(f.amount().scale()));
    r.add(p.source());
    r.add(p.tableId().orElse(""));
    r.add(p.rowCode().orElse(""));
    r.add(p.rowLabel().orElse(""));
    r.add(p.columnHeader().orElse(""));
    r.add(p.columnNumber().orElse(""));
    r.add(p.page().isPresent() ? String.valueOf(p.page().getAsInt()) : "");
    r.add(p.line().isPresent() ? String.valueOf(p.line().getAsInt()) : "");
    r.add(p.text().orElse(""));
    return r;
  }

  @Override
  public Integer call() throws Exception {
    if (!List.of("csv", "json").contains(format)) {
      throw new InputException("unknown format / 未知格式: " + format + " (csv, json)");
    }
    Inputs.Source s = Inputs.single(in, ctx.stdin());
    BudgetDocument d;
    try (InputStream is = s.open()) {
      d = ctx.engines().create(List.of()).read(is, s.name());
    }
    List<String> header = header();
    if (format.equals("csv")) {
      Writer w = new OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
      for (Fact f : d.facts()) {
        csv.printRecord(row(f));
      }
      csv.flush();
    } else {
      JsonGenerator g = new JsonFactory().createGenerator(ctx.out(), JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartArray();
      for (Fact f : d.facts()) {
        List<String> r = row(f);
        g.writeStartObject();
        for (int i = 0; i < header.size(); i++) {
          if (!r.get(i).isEmpty()) {
            g.writeStringField(header.get(i), r.get(i));
          }
        }
        g.writeEndObject();
        g.writeRaw('\n');
      }
      g.writeEndArray();
      g.writeRaw('\n');
      g.flush();
    }
    ctx.out().flush();
    return Yusuan.OK;
  }
}
