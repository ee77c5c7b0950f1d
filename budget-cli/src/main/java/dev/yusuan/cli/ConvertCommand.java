package dev.yusuan.cli;

import dev.yusuan.io.internal.Printable;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.DocumentWriter;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yusuan convert IN --to json|csv|xlsx|fdp --out PATH}; its model is built in code ({@link Specs}). */
final class ConvertCommand implements Callable<Integer> {
  static final String NAME = "convert";

  private final Context ctx;
  private final CommandSpec spec;

  String in;
  String to;
  Path out;
  LimitOptions limitOptions = new LimitOptions();

  ConvertCommand(Context ctx) {
    this.ctx = ctx;
    this.spec = Specs.command(this, NAME, new String[] {
        "Converts a document to JSON, long-format CSV, xlsx or a Fiscal Data Package.",
        "将预算文件转换为 JSON、长格式 CSV、xlsx 或 Fiscal Data Package。"});
    spec.addPositional(Specs.document());
    spec.addOption(Specs.option("--to", String.class, "json|csv|xlsx|fdp", "Target format.").required(true).build());
    spec.addOption(Specs.option("--out", Path.class, "PATH", "Output file (a directory for fdp).").required(true)
        .build());
    spec.addOption(LimitOptions.option());
  }

  /** {@return the picocli model of this command; {@link #call} reads the parsed values from it} */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    in = spec.positionalParameters().get(0).getValue();
    to = spec.findOption("--to").getValue();
    out = spec.findOption("--out").getValue();
    limitOptions.values = LimitOptions.values(spec);
    if (!List.of("json", "csv", "xlsx", "fdp").contains(to)) {
      throw new InputException("unknown target format / 未知目标格式: " + to + " (json, csv, xlsx, fdp)");
    }
    DocumentWriter w = BudgetIo.writer(to)
        .orElseThrow(() -> new InputException("writer not available / 写出格式不可用: " + to));
    dev.yusuan.io.ReadLimits limits = limitOptions.limits();
    Inputs.Source s = Inputs.single(in, ctx.stdin(), limits);
    if (s instanceof Inputs.FileSource f) {
      OutputFile.refuseInputs(out, List.of(f.path()));
    }
    Engine engine = ctx.engines().create(List.of());
    Reading.Outcome o = Reading.readBounded(engine, s, limits);
    if (o.failure() != null) {
      ctx.err().println("yusuan: " + Printable.of(s.name() + ": " + o.failure()) + " (nothing written / 未写出)");
      return Yusuan.FAILURE;
    }
    BudgetDocument d = o.document();
    if (to.equals("fdp")) {
      try {
        w.write(d, out);
      } catch (IOException e) {
        throw OutputFile.failed(out, e);
      }
    } else {
      try (OutputFile f = OutputFile.create(out)) {
        try {
          w.write(d, f.stream());
        } catch (IOException e) {
          throw OutputFile.failed(out, e);
        }
        f.commit();
      }
    }
    ctx.err().println((to.equals("fdp") ? "wrote directory / 已写出目录 " : "wrote / 已写出 ") + out);
    java.util.Optional<String> partly = engine.partlyRead(d);
    if (partly.isPresent()) {
      ctx.err().println("yusuan: " + Printable.of(s.name() + ": " + partly.get()));
      return Yusuan.PARTLY_READ;
    }
    return Yusuan.OK;
  }
}
