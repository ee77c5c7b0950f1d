package dev.yusuan.cli;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the command line needs from the library: read a document, validate it, list the rules. One
 * instance serves a whole batch, from many threads ({@link #validate} must be thread-safe).
 * {@link Wiring#standard} builds the real one.
 */
public interface Engine {
  /** Reads a document; format detected from content and name. */
  BudgetDocument read(InputStream in, String name) throws IOException;

  /** Reads a document within {@code limits}; the default ignores them. */
  default BudgetDocument read(InputStream in, String name, dev.yusuan.io.ReadLimits limits) throws IOException {
    return read(in, name);
  }

  /**
   * Why a document that was read cannot be checked as a whole (not read completely, no disclosure in it,
   * a limit exceeded), or empty: {@link dev.yusuan.io.BudgetIo#failure}.
   */
  default java.util.Optional<String> failure(BudgetDocument document, dev.yusuan.io.ReadLimits limits) {
    return dev.yusuan.io.BudgetIo.failure(document, limits);
  }

  /**
   * Why a document that was read was read only partly (amounts it prints not read as facts), or empty:
   * {@link dev.yusuan.io.BudgetIo#partlyRead}.
   */
  default java.util.Optional<String> partlyRead(BudgetDocument document) {
    return dev.yusuan.io.BudgetIo.partlyRead(document);
  }

  /** Reads a file. */
  default BudgetDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    }
  }

  /** Reads one disclosure published as several files (narrative PDF + tables PDF). */
  default BudgetDocument read(List<Path> files) throws IOException {
    return dev.yusuan.io.BudgetIo.read(files);
  }

  /** Reads one disclosure published as several files within {@code limits}; the default ignores them. */
  default BudgetDocument read(List<Path> files, dev.yusuan.io.ReadLimits limits) throws IOException {
    return read(files);
  }

  /** Validates a document; never throws for bad data. */
  Report validate(BudgetDocument document);

  /**
   * This engine reading and validating with {@code catalogue} ({@code --catalogue}) instead of the
   * bundled one.
   *
   * @throws InputException when this engine cannot take a catalogue
   */
  default Engine withCatalogue(Catalogue catalogue) {
    throw new InputException("this engine takes no catalogue / 此引擎不支持自定义科目表");
  }

  /**
   * Validates consecutive disclosures of one department together (see
   * {@link dev.yusuan.rules.Validator#validateSeries}). This default has no cross-year rules: each
   * document is validated on its own, oldest first.
   */
  default dev.yusuan.rules.SeriesReport validateSeries(List<BudgetDocument> documents) {
    dev.yusuan.rules.SeriesReport.Builder b = dev.yusuan.rules.SeriesReport.builder();
    documents.stream().sorted(java.util.Comparator.comparingInt(BudgetDocument::year))
        .forEach(d -> b.addReports(validate(d)));
    return b.build();
  }

  /** Every rule of the active packs. */
  List<RuleInfo> rules();

  /** File name extensions (lower case, no dot) a directory batch picks up; empty = every file. */
  Set<String> extensions();

  /** Creates an engine with the standard pack plus rule files. */
  @FunctionalInterface
  interface Factory {
    Engine create(List<Path> ruleFiles) throws IOException;
  }
}
