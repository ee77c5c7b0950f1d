package dev.yusuan.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor every other figure is compared with: the least work any reader of the Keqiao example must
 * do. Decode its bytes (strict UTF-8), split them into lines and tab-separated cells, and parse every
 * cell that is a decimal number ({@code -1,234.56}: sign, digits, thousands commas, fraction) into a
 * {@link BigDecimal}. No layout, no facts, no diagnostics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BaselineBenchmarks {
  byte[] text;

  /**
   * Loads the bundled Keqiao example's bytes.
   *
   * @throws IOException if the bundled example cannot be read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    text = KeqiaoBenchmarks.example();
  }

  /**
   * Decode, split lines and cells, parse every decimal cell.
   *
   * @return how many numbers were parsed plus the sum of their scales and signs (so that the JIT
   *     cannot drop the parsing)
   */
  @Benchmark
  public int decodeSplitParse() {
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e);
    }
    int numbers = 0;
    int start = 0;
    int len = s.length();
    for (int i = 0; i <= len; i++) {
      if (i == len || s.charAt(i) == '\n') {
        String line = s.substring(start, i > start && s.charAt(i - 1) == '\r' ? i - 1 : i);
        for (String cell : line.split("\t", -1)) {
          String c = cell.strip();
          if (isDecimal(c)) {
            BigDecimal v = new BigDecimal(c.indexOf(',') >= 0 ? c.replace(",", "") : c);
            numbers += 1 + v.scale() + v.signum();
          }
        }
        start = i + 1;
      }
    }
    return numbers;
  }

  /** {@code -?[0-9][0-9,]*(\.[0-9]+)?}, with at least one digit before the point. */
  static boolean isDecimal(String c) {
    int i = 0;
    int n = c.length();
    if (i < n && c.charAt(i) == '-') {
      i++;
    }
    if (i >= n || c.charAt(i) < '0' || c.charAt(i) > '9') {
      return false;
    }
    while (i < n && (c.charAt(i) >= '0' && c.charAt(i) <= '9' || c.charAt(i) == ',')) {
      i++;
    }
    if (i < n && c.charAt(i) == '.') {
      i++;
      int digits = 0;
      while (i < n && c.charAt(i) >= '0' && c.charAt(i) <= '9') {
        i++;
        digits++;
      }
      if (digits == 0) {
        return false;
      }
    }
    return i == n;
  }
}
