package dev.yusuan.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.yusuan.cli.Cli;
import dev.yusuan.cli.Wiring;
import dev.yusuan.cli.Yusuan;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.csv.CsvFacts;
import dev.yusuan.io.json.JsonFormat;
import dev.yusuan.io.xlsx.XlsxFormat;
import dev.yusuan.model.BudgetDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing every reader through {@link BudgetIo} with mutations of real input: the Keqiao disclosure as
 * UTF-8 and GBK text, its canonical JSON, facts CSV and xlsx, and a hand-made PDF. Each mutant is read
 * within lowered limits and must either be read (and then judged by {@link BudgetIo#failure}) or be
 * refused with an {@link IOException}: never another exception, a stack overflow, running out of
 * memory, or a hang (30 s per mutant). A few tries in the normal build ({@code junit-platform.properties});
 * {@code mvn -Pfuzz} raises them (docs/security.md).
 */
class ReaderFuzzProperties {
  static final ReadLimits LIMITS = ReadLimits.builder().maxFileBytes(8L << 20).maxLineLength(200_000)
      .maxPages(50).maxSpreadsheetCells(50_000).build();
  static final BudgetDocument KEQIAO = keqiao();
  static final List<Seed> SEEDS = seeds();

  /** A real input and the name it is read under. */
  record Seed(String name, byte[] bytes) {}

  static BudgetDocument keqiao() {
    try {
      return BudgetIo.read(new ByteArrayInputStream(HostileInputTest.keqiao().getBytes(StandardCharsets.UTF_8)),
          "keqiao.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Seed> seeds() {
    try {
      String text = HostileInputTest.keqiao();
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      try (Writer w = new OutputStreamWriter(csv, StandardCharsets.UTF_8)) {
        CsvFacts.write(KEQIAO, w);
      }
      ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
      XlsxFormat.write(KEQIAO, xlsx);
      return List.of(new Seed("k.txt", text.getBytes(StandardCharsets.UTF_8)),
          new Seed("k-gbk.txt", text.getBytes(Charset.forName("GBK"))),
          new Seed("k.json", JsonFormat.toJson(KEQIAO).getBytes(StandardCharsets.UTF_8)),
          new Seed("k.csv", csv.toByteArray()),
          new Seed("k.xlsx", xlsx.toByteArray()),
          new Seed("k.pdf", HostileInputTest.Pdfs.text("2024年部门预算 一般公共预算支出表")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One mutation: replace, insert, delete or duplicate a range, or cut the file. */
  record Mutation(int kind, double at, int length, byte value) {
    byte[] apply(byte[] b) {
      int pos = (int) (at * b.length);
      int len = Math.min(length, b.length - pos);
      return switch (kind) {
        case 0 -> {
          byte[] c = b.clone();
          Arrays.fill(c, pos, pos + len, value);
          yield c;
        }
        case 1 -> concat(Arrays.copyOf(b, pos), repeat(value, length), Arrays.copyOfRange(b, pos, b.length));
        case 2 -> concat(Arrays.copyOf(b, pos), Arrays.copyOfRange(b, pos + len, b.length));
        case 3 -> concat(Arrays.copyOf(b, pos + len), Arrays.copyOfRange(b, pos, b.length));
        default -> Arrays.copyOf(b, pos);
      };
    }
  }

  static byte[] repeat(byte v, int n) {
    byte[] r = new byte[n];
    Arrays.fill(r, v);
    return r;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      o.writeBytes(p);
    }
    return o.toByteArray();
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 4),
        Arbitraries.doubles().between(0, 0.999).ofScale(3), Arbitraries.integers().between(1, 4096),
        Arbitraries.bytes()).as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Seed> seed() {
    return Arbitraries.of(SEEDS);
  }

  static byte[] mutate(Seed s, List<Mutation> ms) {
    byte[] b = s.bytes();
    for (Mutation m : ms) {
      b = m.apply(b);
    }
    return b;
  }

  @Property
  void everyReaderReadsOrRefusesMutatedInput(@ForAll("seed") Seed seed,
      @ForAll("mutations") List<Mutation> mutations) {
    byte[] bytes = mutate(seed, mutations);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      BudgetDocument d;
      try {
        d = BudgetIo.read(new ByteArrayInputStream(bytes), seed.name(), LIMITS);
      } catch (IOException refused) {
        assertThat(refused.getMessage()).isNotBlank();
        return;
      }
      assertThat(BudgetIo.failure(d, LIMITS)).isNotNull();
    });
  }

  /** Through the command line: exit 0, 1, 2 or 3 (read partly), and never a stack trace. */
  @Property(tries = 5)
  void checkNeverCrashesOnMutatedInput(@ForAll("seed") Seed seed, @ForAll("mutations") List<Mutation> mutations)
      throws IOException {
    Path f = Files.createTempFile("fuzz", "-" + seed.name());
    try {
      Files.write(f, mutate(seed, mutations));
      Cli c = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(Wiring::standard, "check",
          f.toString(), "--limit", "maxPages=50"));
      assertThat(c.code).isIn(Yusuan.OK, Yusuan.FINDINGS, Yusuan.FAILURE, Yusuan.PARTLY_READ);
      assertThat(c.err).doesNotContain("\tat ").doesNotContain("Exception in thread");
      if (c.code == Yusuan.FAILURE) {
        assertThat(c.err).startsWith("yusuan: ");
      }
    } finally {
      Files.deleteIfExists(f);
    }
  }
}
