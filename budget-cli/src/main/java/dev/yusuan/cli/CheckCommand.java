package dev.yusuan.cli;

import dev.yusuan.io.internal.Printable;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code yusuan check}: validate documents and write a report. Its picocli model is built in code
 * ({@link #spec}), not from annotations (see {@link Specs}).
 */
final class CheckCommand implements Callable<Integer> {
  enum Lang { zh, en }

  static final String NAME = "check";

  private final Context ctx;
  private final CommandSpec spec;

  List<String> inputs = new ArrayList<>();
  String format;
  Path out;
  List<Path> rules = new ArrayList<>();
  Path catalogue;
  Severity minSeverity;
  boolean join;
  List<Path> previous = new ArrayList<>();
  boolean series;
  Lang lang;
  LimitOptions limitOptions = new LimitOptions();

  private ReadLimits limits = ReadLimits.defaults();

  CheckCommand(Context ctx) {
    this.ctx = ctx;
    this.spec = Specs.command(this, NAME, new String[] {
        "Checks budget documents; with no FILE, the bundled Keqiao 2024 example.",
        "检查预算文件；未指定文件时检查内置的柯桥区人大办 2024 年部门预算示例。",
        "A directory is checked as a batch, in parallel; each report is written as soon as it is ready, in file order.",
        "目录按批处理并行检查，按文件顺序逐个输出报告。"}, Specs.EXIT_CODES);
    spec.addPositional(PositionalParamSpec.builder().arity("0..*").type(List.class).auxiliaryTypes(String.class)
        .paramLabel("FILE|DIR|-").description("Documents, directories (batch) or - for standard input.").build());
    spec.addOption(Specs.option("--format", String.class, "text|json|sarif|html",
        "Report format (default: ${DEFAULT-VALUE}).").defaultValue("text").build());
    spec.addOption(Specs.option("--out", Path.class, "FILE", "Write the report to FILE instead of stdout.").build());
    spec.addOption(Specs.list("--rules", Path.class, "FILE", "Add the rules of a .rules file (repeatable)."));
    spec.addOption(Specs.option("--catalogue", Path.class, "FILE",
        "Add the official 政府收支分类科目 list of your year/region (TSV, see docs/catalogue.md);"
            + " its codes replace the bundled ones.").build());
    spec.addOption(Specs.option("--min-severity", Severity.class, "ERROR|WARNING|INFO",
        "Leave out less severe findings (default: ${DEFAULT-VALUE}).").defaultValue("INFO").build());
    spec.addOption(Specs.flag("--join",
        "Read all FILEs as one disclosure (e.g. its narrative PDF and its tables PDF)."));
    spec.addOption(Specs.list("--previous", Path.class, "FILE",
        "Last year's disclosure of the same department: check the years together (repeatable: "
            + "one file per earlier year, or with --join the parts of one earlier disclosure)."));
    spec.addOption(Specs.flag("--series",
        "Group the documents (files, directories) by department and year and check each "
            + "department's years together; files of one department and year are joined."));
    spec.addOption(Specs.option("--lang", Lang.class, "zh|en", "Language of messages (default: ${DEFAULT-VALUE}).")
        .defaultValue("zh").build());
    spec.addOption(LimitOptions.option());
  }

  /** {@return the picocli model of this command; {@link #call} reads the parsed values from it} */
  CommandSpec spec() {
    return spec;
  }

  /** Takes the values of the parsed arguments (defaults included) from the model. */
  private void bind() {
    inputs = orEmpty(spec.positionalParameters().get(0).getValue());
    format = spec.findOption("--format").getValue();
    out = spec.findOption("--out").getValue();
    rules = orEmpty(spec.findOption("--rules").getValue());
    catalogue = spec.findOption("--catalogue").getValue();
    minSeverity = spec.findOption("--min-severity").getValue();
    join = spec.findOption("--join").getValue();
    previous = orEmpty(spec.findOption("--previous").getValue());
    series = spec.findOption("--series").getValue();
    lang = spec.findOption("--lang").getValue();
    limitOptions.values = LimitOptions.values(spec);
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? new ArrayList<>() : values;
  }

  /**
   * One document's outcome: its report, or why it could not be checked; {@code partly} says why a
   * checked document was read only partly (null when read completely).
   */
  record Result(String name, BudgetDocument document, Report report, String failure, String partly) {
    Result(String name, BudgetDocument document, Report report, String failure) {
      this(name, document, report, failure, null);
    }

    /** The exit code of this document alone. */
    int exitCode() {
      return failure != null ? Yusuan.FAILURE : report.hasErrors() ? Yusuan.FINDINGS
          : partly != null ? Yusuan.PARTLY_READ : Yusuan.OK;
    }
  }

  /** What the summary table keeps of a document once its report is written. */
  record Row(String name, long errors, long warnings, long infos, String failure, boolean partly) {
    static Row of(Result r) {
      if (r.failure() != null) {
        return new Row(Printable.of(r.name()), 0, 0, 0, Printable.of(r.failure()), false);
      }
      Report p = r.report();
      return new Row(Printable.of(r.name()), p.count(Severity.ERROR), p.count(Severity.WARNING),
          p.count(Severity.INFO), null, r.partly() != null);
    }
  }

  /** Documents read and validated ahead of the one being written, per worker thread. */
  static final int LOOK_AHEAD_PER_THREAD = 4;

  @Override
  public Integer call() throws Exception {
    bind();
    if (!List.of("text", "json", "sarif", "html").contains(format)) {
      throw new InputException("unknown report format / 未知报告格式: " + format + " (text, json, sarif, html)");
    }
    ReportWriter writer = BudgetIo.reportWriter(format)
        .orElseThrow(() -> new InputException("report format not available / 报告格式不可用: " + format));
    for (Path r : rules) {
      if (!Files.isRegularFile(r)) {
        throw new InputException("no such rules file / 规则文件不存在: " + r);
      }
    }
    limits = limitOptions.limits();
    Engine standard = ctx.engines().create(rules);
    Engine engine = catalogue == null ? standard : standard.withCatalogue(Wiring.catalogue(catalogue));
    ReportOptions options = ReportOptions.builder().language(lang.name()).minSeverity(minSeverity)
        .colour("text".equals(format) && out == null && ctx.colour()).build();
    if (series || !previous.isEmpty()) {
      return new SeriesCheck(ctx, new LimitedEngine(engine, limits), writer, options, this::write).run(inputs, previous, join, series);
    }
    if (join) {
      return joined(engine, writer, options);
    }
    Inputs.Expanded in = Inputs.expand(inputs, ctx.stdin(), engine.extensions(), limits);
    if (out != null) {
      OutputFile.refuseInputs(out, in.files());
    }
    if (!in.batch()) {
      Inputs.Source source = in.sources().get(0);
      Result r = DocumentPool.one(limits.maxSecondsPerDocument(), () -> one(engine, source),
          why -> new Result(source.name(), null, null, why));
      if (r.failure() != null) {
        ctx.err().println("yusuan: " + Printable.of(r.name() + ": " + r.failure()));
        return Yusuan.FAILURE;
      }
      write(o -> {
        try (ReportWriter.Sink sink = writer.open(options, o)) {
          sink.add(r.report(), r.document());
        }
      });
      return reported(r);
    }
    long start = System.nanoTime();
    List<Row> rows = new ArrayList<>();
    // the text report on the terminal shares it with the progress bar: erase the bar before each document
    boolean sharesTerminal = out == null && "text".equals(format);
    Progress progress = new Progress(ctx.err(), in.sources().size(), ctx.terminal());
    write(o -> {
      try (ReportWriter.Sink sink = writer.open(options, o)) {
        inOrder(engine, in.sources(), r -> {
          if (sharesTerminal) {
            progress.erase();
          }
          if (r.failure() == null) {
            try {
              sink.add(r.report(), r.document());
            } catch (RuntimeException | StackOverflowError e) {
              // the writer failed on this document (not the output): its row says so, the batch goes on
              r = new Result(r.name(), null, null, "could not be reported / 无法写入报告: " + DocumentPool.reason(e));
            }
          }
          if (r.failure() != null) {
            ctx.err().println("yusuan: " + Printable.of(r.name() + ": " + r.failure()));
          } else if (r.partly() != null) {
            ctx.err().println("yusuan: " + Printable.of(r.name() + ": " + r.partly()));
          }
          rows.add(Row.of(r));
          progress.step();
        });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException("interrupted / 已中断");
      }
    });
    progress.done();
    double seconds = (System.nanoTime() - start) / 1e9;
    summary("text".equals(format) && out == null ? ctx.out() : ctx.err(), rows, seconds);
    if (rows.stream().anyMatch(r -> r.failure() != null)) {
      return Yusuan.FAILURE;
    }
    return rows.stream().anyMatch(r -> r.errors() > 0) ? Yusuan.FINDINGS
        : rows.stream().anyMatch(Row::partly) ? Yusuan.PARTLY_READ : Yusuan.OK;
  }

  /** After a document's report: a partly read one is said on stderr; its exit code. */
  private int reported(Result r) {
    if (r.partly() != null) {
      ctx.err().println("yusuan: " + Printable.of(r.name() + ": " + r.partly()));
    }
    return r.exitCode();
  }

  /** {@code --join}: every FILE argument is one part of a single disclosure. */
  private int joined(Engine engine, ReportWriter writer, ReportOptions options) throws IOException {
    if (inputs.size() < 2) {
      throw new InputException("--join needs at least two files / --join 至少需要两个文件");
    }
    List<Path> files = new ArrayList<>();
    for (String i : inputs) {
      Path p = Path.of(i);
      if (!Files.isRegularFile(p)) {
        throw new InputException("--join takes files only / --join 只接受文件: " + i);
      }
      files.add(p);
    }
    if (out != null) {
      OutputFile.refuseInputs(out, files);
    }
    String name = String.join("+", inputs);
    Result r = DocumentPool.one(limits.maxSecondsPerDocument(), () -> {
      BudgetDocument d = engine.read(files, limits);
      Optional<String> f = engine.failure(d, limits);
      return f.isPresent() ? new Result(name, null, null, f.get()) : checked(engine, name, d);
    }, why -> new Result(name, null, null, why));
    if (r.failure() != null) {
      ctx.err().println("yusuan: " + Printable.of(name + ": " + r.failure()));
      return Yusuan.FAILURE;
    }
    write(o -> {
      try (ReportWriter.Sink sink = writer.open(options, o)) {
        sink.add(r.report(), r.document());
      }
    });
    return reported(r);
  }

  /** Writes the report. */
  interface ReportBody {
    void write(OutputStream o) throws IOException;
  }

  /**
   * Writes the report to the {@code --out} file (through a temporary file moved into place at the
   * end, see {@link OutputFile}) or to standard output. A failure to write, or running out of memory
   * while writing, is "could not write" (exit 2), never taken for a read failure.
   */
  void write(ReportBody body) {
    if (out == null) {
      try {
        body.write(ctx.out());
        ctx.out().flush();
      } catch (IOException e) {
        throw OutputFile.failed(Path.of("-"), e);
      } catch (OutOfMemoryError e) {
        throw new InputException("could not write / 无法写入: " + Reading.outOfMemory("writing / 写出"));
      }
      return;
    }
    try (OutputFile f = OutputFile.create(out)) {
      try {
        body.write(f.stream());
      } catch (IOException e) {
        throw OutputFile.failed(out, e);
      } catch (OutOfMemoryError e) {
        throw new InputException("could not write / 无法写入: " + out + ": "
            + Reading.outOfMemory("writing / 写出"));
      }
      f.commit();
    }
  }

  /** Reads and validates one document; every failure is the result's, never thrown. */
  private Result one(Engine engine, Inputs.Source s) {
    Reading.Outcome o = Reading.read(engine, s, limits);
    if (o.failure() != null) {
      return new Result(s.name(), null, null, o.failure());
    }
    return checked(engine, s.name(), o.document());
  }

  /** Validates a document read completely; every failure is the result's, never thrown. */
  private Result checked(Engine engine, String name, BudgetDocument document) {
    try {
      Report report = engine.validate(document);
      if (report.findings().size() > limits.maxFindings()) {
        return new Result(name, null, null, new LimitExceededException("maxFindings",
            limits.maxFindings(), report.findings().size() + " findings / " + report.findings().size()
                + " 条检查结果").getMessage());
      }
      return new Result(name, document, report, null, engine.partlyRead(document).orElse(null));
    } catch (RuntimeException e) {
      return new Result(name, null, null, "could not be checked / 无法检查: " + Yusuan.reason(e));
    } catch (StackOverflowError e) {
      return new Result(name, null, null, Reading.nested());
    } catch (OutOfMemoryError e) {
      return new Result(name, null, null, Reading.outOfMemory("checking / 检查"));
    }
  }

  /** Receives each document's result, in input order. */
  interface Consumer {
    void accept(Result r) throws IOException;
  }

  /**
   * Reads and validates every source on a {@link DocumentPool} sized to the processors, with one shared
   * engine, and hands the results to {@code consumer} in input order as soon as each is ready. At most
   * {@link #LOOK_AHEAD_PER_THREAD} documents per thread are in flight or waiting to be consumed, so a
   * batch of any size holds a bounded number of documents in memory. A document that crashes or runs
   * out of time is a failed result; the batch goes on.
   */
  private void inOrder(Engine engine, List<Inputs.Source> sources, Consumer consumer)
      throws IOException, InterruptedException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources.size()));
    int window = threads * LOOK_AHEAD_PER_THREAD;
    try (DocumentPool pool = new DocumentPool(threads, limits.maxSecondsPerDocument())) {
      Deque<DocumentPool.Job<Result>> pending = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < sources.size(); i++) {
        while (next < sources.size() && pending.size() < window) {
          Inputs.Source s = sources.get(next++);
          pending.add(pool.submit(() -> one(engine, s)));
        }
        Inputs.Source s = sources.get(i);
        consumer.accept(pool.await(pending.removeFirst(), why -> new Result(s.name(), null, null, why)));
      }
    }
  }

  private void summary(PrintStream p, List<Row> rows, double seconds) {
    boolean en = lang == Lang.en;
    int width = 8;
    for (Row r : rows) {
      width = Math.max(width, Progress.displayWidth(r.name()));
    }
    String head = en ? "document" : "文件";
    p.println();
    p.println(Progress.pad(head, width) + "  " + String.format("%7s %8s %6s  %s", en ? "errors" : "错误",
        en ? "warnings" : "警告", en ? "infos" : "提示", en ? "status" : "状态"));
    long[] tot = new long[3];
    int failed = 0;
    int partly = 0;
    for (Row r : rows) {
      if (r.failure() != null) {
        failed++;
        p.println(Progress.pad(r.name(), width) + "  " + String.format("%7s %8s %6s  %s", "-", "-", "-",
            (en ? "unreadable: " : "无法读取: ") + r.failure()));
        continue;
      }
      long e = r.errors();
      long w = r.warnings();
      long i = r.infos();
      tot[0] += e;
      tot[1] += w;
      tot[2] += i;
      String status = e > 0 ? (en ? "ERROR" : "错误") : r.partly() ? "" : (en ? "ok" : "通过");
      if (r.partly()) {
        partly++;
        status += (e > 0 ? (en ? ", " : "，") : "") + (en ? "partly read" : "未完整读取");
      }
      p.println(Progress.pad(r.name(), width) + "  " + String.format("%7d %8d %6d  %s", e, w, i, status));
    }
    String partlyRead = partly == 0 ? "" : String.format(en ? ", %d partly read" : "，%d 个未完整读取", partly);
    p.println(Progress.pad(en ? "total" : "合计", width) + "  " + String.format("%7d %8d %6d  %s", tot[0], tot[1],
        tot[2], String.format(en ? "%d documents, %d unreadable%s, %.2f s (%.1f documents/s)"
            : "%d 个文件，%d 个无法读取%s，%.2f 秒（每秒 %.1f 个）", rows.size(), failed, partlyRead, seconds,
            rows.size() / Math.max(seconds, 1e-9))));
  }
}
