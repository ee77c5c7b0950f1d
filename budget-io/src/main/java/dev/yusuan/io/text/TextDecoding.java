package dev.yusuan.io.text;

import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.internal.Traditional;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finds the encoding of a text disclosure: a byte-order mark (UTF-8, UTF-16, GB18030) first, then
 * strict UTF-8 without NUL characters, then whichever of GB18030 (a superset of GBK and GB2312), Big5, UTF-16LE and UTF-16BE
 * decodes a sample into the most plausible Chinese text (CJK ideographs, ASCII, CJK punctuation,
 * budget words). Empty when none decodes into text (e.g. random bytes).
 */
final class TextDecoding {
  /** The decoded text and the encoding used. */
  record Decoded(String text, Charset charset, boolean bom) {}

  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");
  private static final List<Charset> CANDIDATES =
      List.of(GB18030, BIG5, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
  /** Words of budget disclosures, simplified and traditional: they break ties between encodings. */
  private static final List<String> WORDS = List.of("预算", "預算", "决算", "決算", "支出", "收入", "合计", "合計",
      "万元", "萬元", "部门", "部門", "项目", "項目", "单位", "單位", "财政", "財政", "年");
  private static final int SAMPLE = 64 * 1024;
  /** Share of plausible characters a decoding needs to be taken as text. */
  private static final double PLAUSIBLE = 0.95;

  private TextDecoding() {}

  static Optional<Decoded> decode(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return strict(b, 3, StandardCharsets.UTF_8).map(t -> new Decoded(t, StandardCharsets.UTF_8, true));
    }
    if (startsWith(b, 0x84, 0x31, 0x95, 0x33)) {
      return strict(b, 4, GB18030).map(t -> new Decoded(t, GB18030, true));
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return strict(b, 2, StandardCharsets.UTF_16LE).map(t -> new Decoded(t, StandardCharsets.UTF_16LE, true));
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return strict(b, 2, StandardCharsets.UTF_16BE).map(t -> new Decoded(t, StandardCharsets.UTF_16BE, true));
    }
    Optional<String> utf8 = strict(b, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent() && utf8.get().indexOf('\0') < 0) {
      // valid UTF-8 is a strong sign (GBK and Big5 text rarely is); NULs mean UTF-16 without a BOM
      return Optional.of(new Decoded(utf8.get(), StandardCharsets.UTF_8, false));
    }
    Charset best = null;
    double bestScore = 0;
    for (Charset c : CANDIDATES) {
      if (isUtf16(c) && b.length % 2 != 0) {
        continue;
      }
      String sample = lenient(b, Math.min(b.length, SAMPLE), c);
      double p = plausibility(sample);
      if (p < PLAUSIBLE) {
        continue;
      }
      double score = p + 0.001 * words(sample);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Charset chosen = best;
    return strict(b, 0, chosen).map(t -> new Decoded(t, chosen, false));
  }

  /** The decoded text with its traditional characters simplified, and how many were. */
  record Prepared(String text, Charset charset, boolean bom, int converted) {}

  /**
   * What the text reader reads from {@code b}: {@link #decode}, then {@link Traditional#simplify}, then
   * {@link TextReader#checkLimits}, with the same answer and the same exception. UTF-8 (the usual
   * case) is read once after decoding: the decoder's characters are checked for NULs and the limits
   * and simplified in place, and the text is made from them (no decoded copy read three more times).
   *
   * @throws LimitExceededException when a line or a run of digits is longer than {@code limits} allow
   */
  static Optional<Prepared> prepare(byte[] b, ReadLimits limits) throws LimitExceededException {
    boolean bom = startsWith(b, 0xEF, 0xBB, 0xBF);
    if (bom || !startsWith(b, 0x84, 0x31, 0x95, 0x33) && !startsWith(b, 0xFF, 0xFE) && !startsWith(b, 0xFE, 0xFF)) {
      CharBuffer cb = strictChars(b, bom ? 3 : 0, StandardCharsets.UTF_8);
      if (cb == null && bom) {
        return Optional.empty();
      }
      if (cb != null && cb.hasArray()) {
        char[] a = cb.array();
        int from = cb.arrayOffset() + cb.position();
        int to = cb.arrayOffset() + cb.limit();
        int converted = simplifyChecked(a, from, to, limits, !bom);
        if (converted >= 0) {
          return Optional.of(new Prepared(new String(a, from, to - from), StandardCharsets.UTF_8, bom, converted));
        }
        // a NUL without a byte-order mark: UTF-16 without one, as decode decides
      }
    }
    Optional<Decoded> d = decode(b);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    Traditional.Simplified t = Traditional.simplify(d.get().text());
    TextReader.checkLimits(t.text(), limits);
    return Optional.of(new Prepared(t.text(), d.get().charset(), d.get().bom(), t.converted()));
  }

  /**
   * {@link Traditional#simplify} of {@code a[from, to)} in place, checking {@link TextReader#checkLimits}
   * as it goes: the number of characters replaced; -1, and nothing else done, when {@code refuseNul}
   * and the characters hold a NUL (even after a line that is too long: the text is then not taken as
   * UTF-8 at all, as in {@link #decode}). The limit exception is the one {@code checkLimits} throws,
   * at the same line. Traditional characters are ideographs: simplifying changes no line's length and
   * makes no digit, so the limits of the simplified text are those of the decoded one.
   */
  static int simplifyChecked(char[] a, int from, int to, ReadLimits limits, boolean refuseNul)
      throws LimitExceededException {
    final long maxLine = limits.maxLineLength();
    final long maxNumber = limits.maxNumberLength();
    long line = 0;
    long digits = 0;
    int lineNo = 1;
    int converted = 0;
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c == '\n') {
        line = 0;
        digits = 0;
        lineNo++;
        continue;
      }
      if (c == 0 && refuseNul) {
        return -1;
      }
      boolean tooLong = ++line > maxLine;
      if (!tooLong && (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19')) {
        tooLong = ++digits > maxNumber;
      } else if (!tooLong) {
        digits = 0;
      }
      if (tooLong) {
        if (refuseNul) {
          for (int j = i + 1; j < to; j++) {
            if (a[j] == 0) {
              return -1;
            }
          }
        }
        // the same text to check: the exception of checkLimits at the same line
        TextReader.checkLimits(new String(a, from, to - from), limits);
        throw new IllegalStateException("a limit is exceeded at line " + lineNo);
      }
      char m = Traditional.simplified(c);
      if (m != 0) {
        a[i] = m;
        converted++;
      }
    }
    return converted;
  }

  /**
   * Decodes a head of the file for format recognition: the encoding {@link #decode} would choose. A
   * head cut inside a UTF-8 character is UTF-8 up to that character (without this, the strict UTF-8
   * test failed on most heads of Chinese UTF-8 files and every other encoding was tried and scored).
   */
  static String head(byte[] head) {
    int whole = completeUtf8(head);
    if (whole < head.length) {
      Optional<String> utf8 = strict(java.util.Arrays.copyOf(head, whole), 0, StandardCharsets.UTF_8);
      if (utf8.isPresent() && utf8.get().indexOf('\0') < 0) {
        return utf8.get();
      }
    }
    // another multi-byte encoding may be cut too: drop up to three bytes before giving up
    for (int cut = 0; cut < 4 && cut < head.length; cut++) {
      Optional<Decoded> d = decode(java.util.Arrays.copyOf(head, head.length - cut));
      if (d.isPresent()) {
        return d.get().text();
      }
    }
    return new String(head, StandardCharsets.UTF_8);
  }

  /**
   * The length of {@code b} without a UTF-8 character cut at its end: the index of the last lead
   * byte when its sequence needs more bytes than follow it, else {@code b.length}.
   */
  static int completeUtf8(byte[] b) {
    int n = b.length;
    int k = n - 1;
    while (k >= 0 && k > n - 4 && (b[k] & 0xC0) == 0x80) {
      k--; // continuation bytes
    }
    if (k < 0) {
      return n;
    }
    int lead = b[k] & 0xFF;
    int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return k + need > n ? k : n;
  }

  private static boolean isUtf16(Charset c) {
    return c.equals(StandardCharsets.UTF_16LE) || c.equals(StandardCharsets.UTF_16BE);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> strict(byte[] b, int offset, Charset c) {
    CharBuffer cb = strictChars(b, offset, c);
    return cb == null ? Optional.empty() : Optional.of(cb.toString());
  }

  /** The characters of {@code b} from {@code offset} in {@code c}; null when they are not valid in it. */
  private static CharBuffer strictChars(byte[] b, int offset, Charset c) {
    CharsetDecoder d = c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Decodes at most {@code n} bytes, malformed input as U+FFFD (a sample may cut a character). */
  private static String lenient(byte[] b, int n, Charset c) {
    CharsetDecoder d = c.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(n + 1);
    d.decode(ByteBuffer.wrap(b, 0, n), out, true);
    out.flip();
    String s = out.toString();
    // the last character may be cut by the sample's end
    return n < b.length && s.endsWith("\uFFFD") ? s.substring(0, s.length() - 1) : s;
  }

  /** Share of characters that occur in Chinese disclosures; 1 for empty text. */
  static double plausibility(String s) {
    if (s.isEmpty()) {
      return 1;
    }
    long ok = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' || c == '\f'
          || c >= 0x4E00 && c <= 0x9FFF // CJK unified ideographs
          || c >= 0x3000 && c <= 0x303F // CJK punctuation
          || c >= 0xFF00 && c <= 0xFFEF // full-width forms
          || c >= 0x2000 && c <= 0x206F && c != 0x202A && c != 0x202B && c != 0x202C && c != 0x202D
              && c != 0x202E && (c < 0x2066 || c > 0x2069) // general punctuation, without bidi controls
          || c >= 0x2150 && c <= 0x24FF // number forms, arrows, enclosed numbers
          || c >= 0x2500 && c <= 0x25FF // box drawing, geometric shapes
          || c == 0xA0 || c == 0xB7 || c == 0xD7 || c == 0xB0 || c == 0xFEFF
          || c >= 0x3400 && c <= 0x4DBF) { // CJK extension A
        ok++;
      }
    }
    return (double) ok / s.length();
  }

  private static int words(String s) {
    int n = 0;
    for (String w : WORDS) {
      for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + w.length())) {
        n++;
      }
    }
    return n;
  }
}
