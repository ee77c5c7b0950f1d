package dev.yusuan.cli;

import dev.yusuan.io.internal.Printable;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.yusuan.io.csv.CsvFacts;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code yusuan facts IN --format csv|json}: every published number, one row per fact; its model is
 * built in code ({@link Specs}).
 */
final class FactsCommand implements Callable<Integer> {
  static final String NAME = "facts";

  private final Context ctx;
  private final CommandSpec spec;

  String in;
  String format;
  LimitOptions limitOptions = new LimitOptions();

  FactsCommand(Context ctx) {
    this.ctx = ctx;
    this.spec = Specs.command(this, NAME, new String[] {
        "Prints the document's facts in long format to stdout (header row first).",
        "以长格式输出文件中的全部数据（首行为表头）。"});
    spec.addPositional(Specs.document());
    spec.addOption(Specs.option("--format", String.class, "csv|json", "Output format (default: ${DEFAULT-VALUE}).")
        .defaultValue("csv").build());
    spec.addOption(LimitOptions.option());
  }

  /** {@return the picocli model of this command; {@link #call} reads the parsed values from it} */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    in = spec.positionalParameters().get(0).getValue();
    format = spec.findOption("--format").getValue();
    limitOptions.values = LimitOptions.values(spec);
    if (!List.of("csv", "json").contains(format)) {
      throw new InputException("unknown format / 未知格式: " + format + " (csv, json)");
    }
    dev.yusuan.io.ReadLimits limits = limitOptions.limits();
    Inputs.Source s = Inputs.single(in, ctx.stdin(), limits);
    Reading.Outcome o = Reading.readBounded(ctx.engines().create(List.of()), s, limits);
    if (o.failure() != null) {
      // nothing is printed, not even the header: a partial document would pass for a complete one
      ctx.err().println("yusuan: " + Printable.of(s.name() + ": " + o.failure()));
      return Yusuan.FAILURE;
    }
    BudgetDocument d = o.document();
    // One long format for every output: the columns of the facts CSV (docs/formats.md).
    List<String> header = CsvFacts.HEADER;
    if (format.equals("csv")) {
      Writer w = new OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8);
      CsvFacts.write(d, w);
      w.flush();
    } else {
      JsonGenerator g = new JsonFactory().createGenerator(ctx.out(), JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartArray();
      for (Fact f : d.facts()) {
        List<String> r = CsvFacts.row(f, d);
        g.writeStartObject();
        for (int i = 0; i < header.size(); i++) {
          if (r.get(i) != null && !r.get(i).isEmpty()) {
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
    // the facts read are written; a document read only partly says so and does not pass
    java.util.Optional<String> partly = dev.yusuan.io.BudgetIo.partlyRead(d);
    if (partly.isPresent()) {
      ctx.err().println("yusuan: " + Printable.of(s.name() + ": " + partly.get()));
      return Yusuan.PARTLY_READ;
    }
    return Yusuan.OK;
  }
}
