package dev.yusuan.cli;

import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads one source for any command and decides whether it was read completely
 * ({@link Engine#failure}): a document that was not is a failure with its reason, never a document to
 * check or convert. Nothing a document does escapes as a stack trace: exceptions, a stack overflow or
 * running out of memory on that document become its failure, so a batch goes on.
 */
final class Reading {
  private Reading() {}

  /** A document read completely, or why not. */
  record Outcome(BudgetDocument document, String failure) {
    static Outcome failed(String reason) {
      return new Outcome(null, reason);
    }
  }

  static Outcome read(Engine engine, Inputs.Source s, ReadLimits limits) {
    try (InputStream is = s.open()) {
      BudgetDocument d = engine.read(is, s.name(), limits);
      Optional<String> f = engine.failure(d, limits);
      return f.map(Outcome::failed).orElseGet(() -> new Outcome(d, null));
    } catch (IOException | RuntimeException e) {
      return Outcome.failed(Yusuan.reason(e));
    } catch (StackOverflowError e) {
      return Outcome.failed(nested());
    } catch (OutOfMemoryError e) {
      return Outcome.failed(outOfMemory("reading / 读取"));
    }
  }

  /** {@link #read} on a worker of its own, bounded in time ({@code maxSecondsPerDocument}, see {@link DocumentPool}). */
  static Outcome readBounded(Engine engine, Inputs.Source s, ReadLimits limits) {
    return DocumentPool.one(limits.maxSecondsPerDocument(), () -> read(engine, s, limits), Outcome::failed);
  }

  static String nested() {
    return "structure nested too deeply to read / 结构嵌套过深，无法读取";
  }

  static String outOfMemory(String what) {
    return "out of memory while " + what + " (lower the limits with --limit or raise java -Xmx) / 内存不足"
        + "（可用 --limit 降低限制或以 java -Xmx 增加内存）";
  }
}
