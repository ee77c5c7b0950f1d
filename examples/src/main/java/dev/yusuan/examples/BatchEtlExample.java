package dev.yusuan.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * An ETL step: validate every file of a directory on a thread pool with one shared validator
 * (validators are immutable and thread-safe), write one JSON line of findings per document (JSON
 * Lines, in file order), and report documents per second. Run from the repository root:
 * {@code mvn -B -q -pl examples -am process-classes -Dexample=BatchEtlExample -Dargs=DIR}.
 */
public final class BatchEtlExample {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchEtlExample() {}

  /**
   * Command-line entry: validates every regular file of {@code DIR}, JSON lines to standard output,
   * throughput to standard error; exits with status 2 on a wrong number of arguments.
   *
   * @param args one argument, the directory
   * @throws Exception if the directory cannot be listed or a worker is interrupted
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: BatchEtlExample DIR");
      System.exit(2);
    }
    run(Path.of(args[0]), new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
  }

  /**
   * Returns the number of documents; JSON lines go to {@code out}, the throughput to {@code log}.
   *
   * @param dir the directory; its regular files are read in name order, subdirectories ignored
   * @param out receives one JSON line per file
   * @param log receives one line with the throughput
   * @return the number of files processed
   * @throws Exception if the directory cannot be listed, or a worker is interrupted or fails
   *     unexpectedly (an unreadable file is not an exception: its line carries {@code error})
   */
  public static int run(Path dir, PrintStream out, PrintStream log) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    Validator validator = Validator.builder().addAll(StandardRules.all()).build();   // one for all threads
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    long start = System.nanoTime();
    try {
      List<Future<String>> lines = new ArrayList<>();
      for (Path file : files) {
        lines.add(pool.submit(() -> jsonLine(file, validator)));
      }
      for (Future<String> line : lines) {
        out.println(line.get());
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    log.printf("%d documents in %.2f s: %.1f documents/s%n", files.size(), seconds, files.size() / seconds);
    return files.size();
  }

  /** {@code {"file", "title", "errors", "findings": [{ruleId, severity, message, location}]}} or {@code error}. */
  static String jsonLine(Path file, Validator validator) throws IOException {
    ObjectNode line = JSON.createObjectNode().put("file", file.getFileName().toString());
    try {
      BudgetDocument doc = BudgetIo.read(file);      // bad content gives diagnostics, not exceptions
      Report report = validator.validate(doc);       // never throws for bad data
      line.put("title", report.title()).put("errors", report.count(Severity.ERROR));
      ArrayNode findings = line.putArray("findings");
      for (Finding f : report.findings()) {
        ObjectNode n = findings.addObject().put("ruleId", f.ruleId()).put("severity", f.severity().name())
            .put("message", f.messageEn());
        f.locations().stream().findFirst().ifPresent(at -> n.put("location", at.describe()));
      }
    } catch (IOException e) {                         // missing, unreadable or unknown format
      line.put("error", String.valueOf(e.getMessage()));
    }
    return JSON.writeValueAsString(line);
  }
}
