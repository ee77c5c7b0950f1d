package dev.yusuan.cli;

import dev.yusuan.io.internal.Printable;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.SeriesReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code yusuan check --previous} and {@code --series}: consecutive disclosures of one department
 * checked together. {@code --previous} names last year's document(s) of the inputs' department;
 * {@code --series} reads every input, joins the files of one department and year (a narrative PDF and
 * its tables PDF) and checks each department's years as one series.
 */
final class SeriesCheck {
  /** Writes the report where it goes (the check command's {@code --out} handling, {@link OutputFile}). */
  interface Output {
    void write(CheckCommand.ReportBody body);
  }

  private final Context ctx;
  private final Engine engine;
  private final ReportWriter writer;
  private final ReportOptions options;
  private final Output output;

  SeriesCheck(Context ctx, Engine engine, ReportWriter writer, ReportOptions options, Output output) {
    this.ctx = ctx;
    this.engine = engine;
    this.writer = writer;
    this.options = options;
    this.output = output;
  }

  int run(List<String> inputs, List<Path> previous, boolean join, boolean series) throws IOException {
    List<List<BudgetDocument>> groups = new ArrayList<>();
    try {
      if (series) {
        groups.addAll(grouped(inputs, previous));
      } else {
        groups.add(withPrevious(inputs, previous, join));
      }
    } catch (InputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      ctx.err().println("yusuan: " + Yusuan.reason(e));
      return Yusuan.FAILURE;
    }
    boolean[] errors = {false};
    boolean[] partly = {false};
    output.write(o -> {
      try (ReportWriter.Sink sink = writer.open(options, o)) {
        for (List<BudgetDocument> g : groups) {
          SeriesReport r = engine.validateSeries(g);
          List<BudgetDocument> byYear = new ArrayList<>(g);
          byYear.sort(java.util.Comparator.comparingInt(BudgetDocument::year));
          for (int i = 0; i < byYear.size(); i++) {
            sink.add(r.reports().get(i), byYear.get(i));
          }
          for (BudgetDocument d : byYear) {
            java.util.Optional<String> why = engine.partlyRead(d);
            if (why.isPresent()) {
              partly[0] = true;
              ctx.err().println("yusuan: " + Printable.of(d.source() + ": " + why.get()));
            }
          }
          errors[0] |= r.hasErrors();
        }
      }
    });
    return errors[0] ? Yusuan.FINDINGS : partly[0] ? Yusuan.PARTLY_READ : Yusuan.OK;
  }

  /** {@code --previous}: this year's document (the inputs) after last year's. */
  private List<BudgetDocument> withPrevious(List<String> inputs, List<Path> previous, boolean join)
      throws IOException {
    if (inputs.isEmpty()) {
      throw new InputException("--previous needs this year's document / --previous 需要本年文件");
    }
    List<Path> now = files(inputs);
    for (Path p : previous) {
      if (!Files.isRegularFile(p)) {
        throw new InputException("no such file / 文件不存在: " + p);
      }
    }
    List<BudgetDocument> docs = new ArrayList<>();
    if (join) {
      docs.add(previous.size() == 1 ? engine.read(previous.get(0)) : engine.read(previous));
      docs.add(now.size() == 1 ? engine.read(now.get(0)) : engine.read(now));
    } else {
      if (now.size() != 1) {
        throw new InputException("--previous checks one document of this year (use --join for its parts, or"
            + " --series) / --previous 只检查一个本年文件（多个部分请用 --join，或用 --series）");
      }
      for (Path p : previous) {
        docs.add(engine.read(p));
      }
      docs.add(engine.read(now.get(0)));
    }
    return docs;
  }

  /**
   * {@code --series}: every file read once; files of one department, year and kind joined into one
   * disclosure (a narrative PDF and its tables PDF); one series per department, departments in order
   * of first appearance. Files whose names differ only by words such as tables or 说明 ({@link #partKey})
   * are read together as one disclosure, each file once. Read documents belong together when they name
   * the same department (中国共产党…委员会 and 中共…委 are one), or when their file names differ only by
   * the year and such words (a narrative whose department was not recognised still joins its tables);
   * parts of one year that their names did not pair are read again, together.
   */
  private List<List<BudgetDocument>> grouped(List<String> inputs, List<Path> previous) throws IOException {
    List<String> all = new ArrayList<>(inputs);
    previous.forEach(p -> all.add(p.toString()));
    if (all.contains("-")) { // refused before a byte of standard input is read
      throw new InputException("--series takes files and directories / --series 只接受文件和目录: stdin");
    }
    Inputs.Expanded in = Inputs.expand(all, ctx.stdin(), engine.extensions());
    Map<String, List<Path>> parts = new LinkedHashMap<>();
    for (Inputs.Source s : in.sources()) {
      if (!(s instanceof Inputs.FileSource f)) {
        throw new InputException("--series takes files and directories / --series 只接受文件和目录: " + s.name());
      }
      String k = partKey(f.path());
      parts.computeIfAbsent(k.isEmpty() ? "#" + parts.size() : k, x -> new ArrayList<>()).add(f.path());
    }
    // one read per disclosure whose parts the names pair; each file read once
    List<List<Path>> pathsOf = new ArrayList<>();
    List<BudgetDocument> docs = new ArrayList<>();
    for (List<Path> files : parts.values()) {
      List<Path> ordered = new ArrayList<>(files);
      // the narrative before the tables, as a user would name them
      ordered.sort(java.util.Comparator.comparing((Path p) -> isTablesPart(p)).thenComparing(Path::toString));
      if (ordered.size() > 1) {
        try {
          docs.add(engine.read(ordered));
          pathsOf.add(ordered);
          continue;
        } catch (dev.yusuan.io.UnsupportedFormatException e) {
          // a format read one file at a time: the parts are read (and grouped) one by one
        } catch (IOException | RuntimeException e) {
          throw new InputException(ordered + ": " + Yusuan.reason(e));
        }
      }
      for (Path f : ordered) {
        try {
          docs.add(engine.read(f));
        } catch (IOException | RuntimeException e) {
          throw new InputException(f + ": " + Yusuan.reason(e));
        }
        pathsOf.add(List.of(f));
      }
    }
    // union of documents naming the same department or sharing a file-name key
    int[] root = new int[docs.size()];
    Map<String, Integer> firstOf = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      root[i] = i;
      for (String k : List.of("d:" + departmentKey(docs.get(i)), "f:" + fileKey(pathsOf.get(i).get(0)))) {
        if (k.equals("d:")) {
          continue;
        }
        Integer j = firstOf.putIfAbsent(k, i);
        if (j != null) {
          union(root, i, j);
        }
      }
    }
    Map<Integer, Map<String, List<Integer>>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      BudgetDocument d = docs.get(i);
      byGroup.computeIfAbsent(find(root, i), k -> new TreeMap<>())
          .computeIfAbsent(d.year() + "|" + d.kind(), k -> new ArrayList<>()).add(i);
    }
    List<List<BudgetDocument>> out = new ArrayList<>();
    for (Map<String, List<Integer>> years : byGroup.values()) {
      List<BudgetDocument> series = new ArrayList<>();
      for (List<Integer> same : years.values()) {
        if (same.size() == 1) {
          series.add(docs.get(same.get(0)));
        } else {
          List<Path> files = new ArrayList<>();
          same.forEach(i -> files.addAll(pathsOf.get(i)));
          series.add(engine.read(files));
        }
      }
      out.add(series);
    }
    return out;
  }

  /**
   * The name of a file without extension and the words that tell the parts of one disclosure apart
   * (tables, narrative, 说明, 表格, 公开表, 附表): the parts of one disclosure share it. Unlike
   * {@link #fileKey} it keeps the year and the kind (预算, 决算), so only the parts of one year's
   * disclosure share it; empty when nothing is left.
   */
  static String partKey(Path p) {
    String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    String k = (dot < 0 ? n : n.substring(0, dot)).replaceAll(PART_WORDS, "").replaceAll("[^\\p{L}\\p{N}]+", "");
    return k.isEmpty() ? "" : k + "." + ext;
  }

  private static final String PART_WORDS = "tables?|narrative|text|说明|表格|公开表|附表";

  /** Whether a file name says it holds the tables (read after the narrative). */
  private static boolean isTablesPart(Path p) {
    return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*(?:tables?|表格|公开表|附表).*");
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  }

  private static void union(int[] root, int a, int b) {
    int x = find(root, a);
    int y = find(root, b);
    if (x != y) {
      root[Math.max(x, y)] = Math.min(x, y);
    }
  }

  /** The department as a grouping key ({@link SeriesReport#departmentKey}), empty when unknown. */
  static String departmentKey(BudgetDocument d) {
    return SeriesReport.departmentKey(d.department().name());
  }

  /** A file name without extension, years and the words that tell the parts of one disclosure apart. */
  static String fileKey(Path p) {
    String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.[a-z0-9]+$", "");
    return n.replaceAll("(?:19|20)\\d\\d", "")
        .replaceAll(PART_WORDS + "|部门预算|部门决算|预算|决算|budget|final|accounts?", "")
        .replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private static List<Path> files(List<String> inputs) {
    List<Path> l = new ArrayList<>();
    for (String i : inputs) {
      Path p = Path.of(i);
      if (!Files.isRegularFile(p)) {
        throw new InputException("--previous takes files only / --previous 只接受文件: " + i);
      }
      l.add(p);
    }
    return l;
  }
}
