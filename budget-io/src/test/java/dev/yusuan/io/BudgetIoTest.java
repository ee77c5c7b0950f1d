package dev.yusuan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.model.BudgetDocument;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The facade loads its services once and shares them safely between threads. */
class BudgetIoTest {
  static final String KEQIAO = "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt";

  @Test
  void servicesAreLoadedOnceAndTheListsAreImmutable() {
    assertThat(BudgetIo.readers()).isSameAs(BudgetIo.readers()).isNotEmpty();
    assertThat(BudgetIo.writers()).isSameAs(BudgetIo.writers()).isNotEmpty();
    assertThat(BudgetIo.reportWriters()).isSameAs(BudgetIo.reportWriters()); // budget-report plugs them in
    assertThat(BudgetIo.reader("text").orElseThrow()).isSameAs(BudgetIo.reader("TEXT").orElseThrow());
    assertThatThrownBy(() -> BudgetIo.readers().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(BudgetIo.readers()).extracting(DocumentReader::format).contains("text", "json", "csv");
  }

  @Test
  void concurrentReadsShareTheReadersAndGiveTheSameDocument() throws Exception {
    byte[] bytes;
    try (InputStream in = BudgetIoTest.class.getResourceAsStream(KEQIAO)) {
      bytes = in.readAllBytes();
    }
    BudgetDocument expected = BudgetIo.read(new ByteArrayInputStream(bytes), "k.txt");
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Set<DocumentReader> seen = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
      List<Future<List<BudgetDocument>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<List<BudgetDocument>> task = () -> {
          start.await();
          List<BudgetDocument> out = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            seen.add(BudgetIo.detect("k.txt", bytes).orElseThrow());
            out.add(BudgetIo.read(new ByteArrayInputStream(bytes), "k.txt"));
          }
          return out;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<BudgetDocument>> f : futures) {
        for (BudgetDocument d : f.get()) {
          assertThat(d).isEqualTo(expected);
        }
      }
      assertThat(seen).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void writesToAStreamAndClassifiesFailuresWithoutInstanceof() throws Exception {
    BudgetDocument doc;
    try (InputStream in = BudgetIoTest.class.getResourceAsStream(KEQIAO)) {
      doc = BudgetIo.read(in, "k.txt");
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    BudgetIo.write(doc, out, "json");
    assertThat(BudgetIo.read(new ByteArrayInputStream(out.toByteArray()), "k.json")).isEqualTo(doc);

    java.io.IOException unsupported = org.assertj.core.api.Assertions.catchThrowableOfType(
        java.io.IOException.class, () -> BudgetIo.write(doc, out, "docx"));
    assertThat(IoFailure.of(unsupported)).isEqualTo(IoFailure.UNSUPPORTED_FORMAT);
    assertThat(((UnsupportedFormatException) unsupported).nameOrFormat()).isEqualTo("docx");
    // the core has no report writers: budget-report plugs them in
    assertThat(IoFailure.of(org.assertj.core.api.Assertions.catchThrowable(
        () -> BudgetIo.writeReport(
        dev.yusuan.rules.Validator.of(dev.yusuan.rules.StandardRules.generic()).validate(doc), doc, out, "html")))).isEqualTo(IoFailure.UNSUPPORTED_FORMAT);
    assertThat(IoFailure.of(org.assertj.core.api.Assertions.catchThrowable(
        () -> BudgetIo.read(java.nio.file.Path.of("no-such-file.txt"))))).isEqualTo(IoFailure.NOT_FOUND);
    assertThat(IoFailure.of(new java.io.IOException("disk full"))).isEqualTo(IoFailure.IO);
    assertThat(IoFailure.of(new IllegalStateException())).isEqualTo(IoFailure.OTHER);
  }
}
