package dev.yusuan.cli;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yusuan check}: validate documents and write a report. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Checks budget documents; with no FILE, the bundled Keqiao 2024 example.",
        "检查预算文件；未指定文件时检查内置的柯桥区人大办 2024 年部门预算示例。",
        "A directory is checked as a batch, in parallel. 目录按批处理并行检查。"},
    exitCodeListHeading = "%nExit codes / 退出码:%n",
    exitCodeList = {"0:no ERROR finding / 无错误", "1:ERROR findings / 发现错误",
        "2:usage or input failure / 用法或输入错误"})
final class CheckCommand implements Callable<Integer> {
  enum Lang { zh, en }

  private final Context ctx;

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-",
      description = "Documents, directories (batch) or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif|html",
      description = "Report format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path out;

  @Option(names = "--rules", paramLabel = "FILE", description = "Add the rules of a .rules file (repeatable).")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--min-severity", defaultValue = "INFO", paramLabel = "ERROR|WARNING|INFO",
      description = "Leave out less severe findings (default: ${DEFAULT-VALUE}).")
  Severity minSeverity;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
      description = "Language of messages (default: ${DEFAULT-VALUE}).")
  Lang lang;

  CheckCommand(Context ctx) {
    this.ctx = ctx;
  }

  /** One document's outcome. */
  record Result(String name, BudgetDocument document, Report report, String failure) {}

  @Override
  public Integer call() throws Exception {
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
    Engine engine = ctx.engines().create(rules);
    Inputs.Expanded in = Inputs.expand(inputs, ctx.stdin(), engine.extensions());
    long start = System.nanoTime();
    List<Result> results = in.batch() ? parallel(engine, in.sources()) : List.of(one(engine, in.sources().get(0)));
    double seconds = (System.nanoTime() - start) / 1e9;

    List<Report> reports = new ArrayList<>();
    List<BudgetDocument> docs = new ArrayList<>();
    boolean failed = false;
    for (Result r : results) {
      if (r.failure() != null) {
        failed = true;
        ctx.err().println("yusuan: " + r.name() + ": " + r.failure());
      } else {
        reports.add(r.report());
        docs.add(r.document());
      }
    }
    if (!in.batch() && failed) {
      return Yusuan.FAILURE;
    }
    ReportOptions options = ReportOptions.builder().language(lang.name()).minSeverity(minSeverity)
        .colour("text".equals(format) && out == null && ctx.colour()).build();
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        writer.write(reports, docs, options, o);
      }
    } else {
      writer.write(reports, docs, options, ctx.out());
      ctx.out().flush();
    }
    if (in.batch()) {
      summary("text".equals(format) && out == null ? ctx.out() : ctx.err(), results, seconds);
    }
    if (failed) {
      return Yusuan.FAILURE;
    }
    return reports.stream().anyMatch(Report::hasErrors) ? Yusuan.FINDINGS : Yusuan.OK;
  }

  private Result one(Engine engine, Inputs.Source s) {
    try (InputStream is = s.open()) {
      BudgetDocument d = engine.read(is, s.name());
      return new Result(s.name(), d, engine.validate(d), null);
    } catch (IOException | RuntimeException e) {
      return new Result(s.name(), null, null, Yusuan.reason(e));
    }
  }

  /** Every source on a pool sized to the processors, with one shared engine; results in input order. */
  private List<Result> parallel(Engine engine, List<Inputs.Source> sources) throws InterruptedException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "yusuan-check");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletionService<Integer> cs = new ExecutorCompletionService<>(pool);
      Result[] results = new Result[sources.size()];
      for (int i = 0; i < sources.size(); i++) {
        int k = i;
        cs.submit(() -> {
          results[k] = one(engine, sources.get(k));
          return k;
        });
      }
      Progress progress = new Progress(ctx.err(), sources.size(), ctx.terminal());
      for (int i = 0; i < sources.size(); i++) {
        try {
          cs.take().get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
        progress.step();
      }
      progress.done();
      return List.of(results);
    } finally {
      pool.shutdownNow();
    }
  }

  private void summary(PrintStream p, List<Result> results, double seconds) {
    boolean en = lang == Lang.en;
    int width = 8;
    for (Result r : results) {
      width = Math.max(width, Progress.displayWidth(r.name()));
    }
    String head = en ? "document" : "文件";
    p.println();
    p.println(Progress.pad(head, width) + "  " + String.format("%7s %8s %6s  %s", en ? "errors" : "错误",
        en ? "warnings" : "警告", en ? "infos" : "提示", en ? "status" : "状态"));
    long[] tot = new long[3];
    int failed = 0;
    for (Result r : results) {
      if (r.failure() != null) {
        failed++;
        p.println(Progress.pad(r.name(), width) + "  " + String.format("%7s %8s %6s  %s", "-", "-", "-",
            (en ? "unreadable: " : "无法读取: ") + r.failure()));
        continue;
      }
      long e = r.report().count(Severity.ERROR);
      long w = r.report().count(Severity.WARNING);
      long i = r.report().count(Severity.INFO);
      tot[0] += e;
      tot[1] += w;
      tot[2] += i;
      p.println(Progress.pad(r.name(), width) + "  " + String.format("%7d %8d %6d  %s", e, w, i,
          e > 0 ? (en ? "ERROR" : "错误") : (en ? "ok" : "通过")));
    }
    p.println(Progress.pad(en ? "total" : "合计", width) + "  " + String.format("%7d %8d %6d  %s", tot[0], tot[1],
        tot[2], String.format(en ? "%d documents, %d unreadable, %.2f s (%.1f documents/s)"
            : "%d 个文件，%d 个无法读取，%.2f 秒（每秒 %.1f 个）", results.size(), failed, seconds,
            results.size() / Math.max(seconds, 1e-9))));
  }
}
