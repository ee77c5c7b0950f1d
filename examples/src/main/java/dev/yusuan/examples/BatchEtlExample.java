package dev.yusuan.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.cli.Engine;
import dev.yusuan.cli.Wiring;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
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
 * Validate every file of a directory on a thread pool with one shared (thread-safe) validator, write
 * one JSON line of findings per document, and report documents per second. Run:
 * {@code mvn -B -q -pl examples -am process-classes -Dexample=BatchEtlExample -Dexec.args=DIR}.
 */
public final class BatchEtlExample {
  private BatchEtlExample() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: BatchEtlExample DIR");
      System.exit(2);
    }
    run(Wiring.standard(List.of()), Path.of(args[0]), new PrintStream(System.out, true, StandardCharsets.UTF_8),
        System.err);
  }

  /** Returns the number of documents validated; JSON lines go to {@code out}, throughput to {@code log}. */
  public static int run(Engine engine, Path dir, PrintStream out, PrintStream log) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    long start = System.nanoTime();
    try {
      List<Future<String>> lines = new ArrayList<>();
      for (Path f : files) {
        lines.add(pool.submit(() -> {
          ObjectNode line = json.createObjectNode().put("file", f.getFileName().toString());
          try {
            BudgetDocument doc = engine.read(f);
            Report report = engine.validate(doc);          // one validator for every thread
            ArrayNode findings = line.putArray("findings");
            for (Finding x : report.findings()) {
              findings.addObject().put("ruleId", x.ruleId()).put("severity", x.severity().name())
                  .put("message", x.messageEn());
            }
          } catch (Exception e) {
            line.put("error", String.valueOf(e.getMessage()));
          }
          return json.writeValueAsString(line);
        }));
      }
      for (Future<String> l : lines) {
        out.println(l.get());                              // in file order, one JSON line each
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    log.printf("%d documents in %.2f s: %.1f documents/s%n", files.size(), seconds, files.size() / seconds);
    return files.size();
  }
}
