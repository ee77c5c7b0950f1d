package dev.yusuan.cli;

import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import dev.yusuan.rules.SeriesReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An engine whose every read keeps to the command line's limits (size, structure and time, on a
 * {@link DocumentPool} worker) and refuses a document that was not read completely
 * ({@link Engine#failure}) with an {@link InputException} naming it: what {@code --previous} and
 * {@code --series} read goes through the same gate as a single {@code check}.
 */
final class LimitedEngine implements Engine {
  private final Engine engine;
  private final ReadLimits limits;

  LimitedEngine(Engine engine, ReadLimits limits) {
    this.engine = engine;
    this.limits = limits;
  }

  private interface Read {
    BudgetDocument read() throws IOException;
  }

  private BudgetDocument gated(String name, Read read) {
    Reading.Outcome o = DocumentPool.one(limits.maxSecondsPerDocument(), () -> {
      BudgetDocument d = read.read();
      Optional<String> f = engine.failure(d, limits);
      return f.map(Reading.Outcome::failed).orElseGet(() -> new Reading.Outcome(d, null));
    }, Reading.Outcome::failed);
    if (o.failure() != null) {
      throw new InputException(dev.yusuan.io.internal.Printable.of(name + ": " + o.failure()));
    }
    return o.document();
  }

  @Override
  public BudgetDocument read(InputStream in, String name) {
    return gated(name, () -> engine.read(in, name, limits));
  }

  @Override
  public BudgetDocument read(InputStream in, String name, ReadLimits ignored) {
    return read(in, name);
  }

  @Override
  public BudgetDocument read(List<Path> files) {
    return gated(String.join("+", files.stream().map(Path::toString).toList()), () -> engine.read(files, limits));
  }

  @Override
  public BudgetDocument read(List<Path> files, ReadLimits ignored) {
    return read(files);
  }

  @Override
  public Optional<String> failure(BudgetDocument document, ReadLimits limits) {
    return engine.failure(document, limits);
  }

  @Override
  public Report validate(BudgetDocument document) {
    return engine.validate(document);
  }

  @Override
  public SeriesReport validateSeries(List<BudgetDocument> documents) {
    return engine.validateSeries(documents);
  }

  @Override
  public Engine withCatalogue(Catalogue catalogue) {
    return new LimitedEngine(engine.withCatalogue(catalogue), limits);
  }

  @Override
  public List<RuleInfo> rules() {
    return engine.rules();
  }

  @Override
  public Set<String> extensions() {
    return engine.extensions();
  }
}
