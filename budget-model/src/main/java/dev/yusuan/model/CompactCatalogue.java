package dev.yusuan.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The bundled catalogue in a compact binary form ({@code catalogue.bin}, next to {@code catalogue.tsv}),
 * read at start-up instead of parsing the text: no regular expression, no line or column splitting, no
 * name normalisation. The text file stays the source of truth: the binary form records the CRC-32 of
 * the text it was made from, and {@link #read} returns null (the caller then parses the text) when it
 * does not match, so an edited text is never shadowed by a stale binary form. {@code
 * CompactCatalogueTest} checks that the checked-in binary form is the one {@link #write} makes from
 * the text, and regenerates it on request.
 *
 * <p>Layout (big-endian): magic {@code YSC1}; the CRC-32 of the text; the string table (count, the
 * UTF-8 bytes of every string concatenated, each string's length in UTF-16 units); the entries (scheme,
 * code, name, years, confidence, aliases, sources) with what the indexes of {@link Catalogue} need
 * precomputed: each entry's distinct name keys ({@link Names#key} of its name and aliases) and its
 * parent code. Strings are indexes into the table (u16); absent years are 0.
 */
final class CompactCatalogue {
  private static final int MAGIC = 0x59534331; // "YSC1"

  private CompactCatalogue() {}

  /** {@return the CRC-32 of {@code text}} */
  static int crc(byte[] text) {
    CRC32 c = new CRC32();
    c.update(text);
    return (int) c.getValue();
  }

  /**
   * The binary form of {@code catalogue}, made from {@code text} (whose CRC-32 it records).
   *
   * @throws IllegalArgumentException when the catalogue does not fit the form (e.g. 65,536 strings)
   */
  static byte[] write(Catalogue catalogue, byte[] text) {
    Strings strings = new Strings();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(body)) {
      List<CatalogueEntry> entries = catalogue.entries();
      out.writeInt(entries.size());
      for (CatalogueEntry e : entries) {
        out.writeByte(e.scheme().ordinal());
        out.writeShort(strings.index(e.code().digits()));
        out.writeShort(strings.index(e.name()));
        out.writeShort(year(e.validFrom().orElse(0)));
        out.writeShort(year(e.validTo().orElse(0)));
        out.writeByte(e.confidence().ordinal());
        out.writeByte(count(e.aliases().size()));
        for (CatalogueEntry.Alias a : e.aliases()) {
          out.writeShort(strings.index(a.name()));
          out.writeShort(year(a.fromYear()));
          out.writeShort(year(a.toYear()));
        }
        out.writeByte(count(e.sources().size()));
        for (String s : e.sources()) {
          out.writeShort(strings.index(s));
        }
        List<String> keys = Catalogue.nameKeys(e);
        out.writeByte(count(keys.size()));
        for (String k : keys) {
          out.writeShort(strings.index(k));
        }
        out.writeShort(e.code().parent().map(p -> strings.index(p.digits())).orElse(0xFFFF));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(all)) {
      out.writeInt(MAGIC);
      out.writeInt(crc(text));
      byte[] utf8 = String.join("", strings.list).getBytes(StandardCharsets.UTF_8);
      out.writeInt(strings.list.size());
      out.writeInt(utf8.length);
      out.write(utf8);
      for (String s : strings.list) {
        out.writeShort(count16(s.length()));
      }
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toByteArray();
  }

  private static int year(int y) {
    return count16(y);
  }

  private static int count(int n) {
    if (n > 0xFF) {
      throw new IllegalArgumentException("more than 255 items in one catalogue entry: " + n);
    }
    return n;
  }

  private static int count16(int n) {
    if (n < 0 || n >= 0xFFFF) {
      throw new IllegalArgumentException("value out of the compact catalogue's range: " + n);
    }
    return n;
  }

  /** The strings of the table, each once, in order of first use. */
  private static final class Strings {
    final List<String> list = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();

    int index(String s) {
      return index.computeIfAbsent(s, k -> {
        list.add(k);
        return count16(list.size() - 1);
      });
    }
  }

  /**
   * Reads the binary form made from {@code text}.
   *
   * @return the catalogue named {@code name}, or null when {@code bin} was not made from {@code text}
   * @throws IllegalArgumentException when {@code bin} is malformed
   */
  static Catalogue read(byte[] bin, byte[] text, String name) {
    Cursor in = new Cursor(bin);
    if (bin.length < 8 || in.i32() != MAGIC) {
      throw new IllegalArgumentException("not a compact catalogue");
    }
    if (in.i32() != crc(text)) {
      return null;
    }
    try {
      String[] strings = new String[in.i32()];
      int bytes = in.i32();
      String all = new String(bin, in.pos, bytes, StandardCharsets.UTF_8);
      in.pos += bytes;
      for (int i = 0, at = 0; i < strings.length; i++) {
        int n = in.u16();
        strings[i] = all.substring(at, at + n);
        at += n;
      }
      Scheme[] schemes = Scheme.values();
      CatalogueEntry.Confidence[] confidences = CatalogueEntry.Confidence.values();
      int n = in.i32();
      List<CatalogueEntry> entries = new ArrayList<>(n);
      String[][] keys = new String[n][];
      String[] parents = new String[n];
      for (int i = 0; i < n; i++) {
        Scheme scheme = schemes[in.u8()];
        CatalogueEntry.Builder b = CatalogueEntry.builder().scheme(scheme)
            .code(Code.ofDigits(scheme, strings[in.u16()])).name(strings[in.u16()]);
        int from = in.u16();
        int to = in.u16();
        if (from != 0) {
          b.validFrom(from);
        }
        if (to != 0) {
          b.validTo(to);
        }
        b.confidence(confidences[in.u8()]);
        for (int a = in.u8(); a > 0; a--) {
          b.addAliases(new CatalogueEntry.Alias(strings[in.u16()], in.u16(), in.u16()));
        }
        for (int s = in.u8(); s > 0; s--) {
          b.addSources(strings[in.u16()]);
        }
        String[] k = new String[in.u8()];
        for (int j = 0; j < k.length; j++) {
          k[j] = strings[in.u16()];
        }
        keys[i] = k;
        int parent = in.u16();
        parents[i] = parent == 0xFFFF ? null : strings[parent];
        entries.add(b.build());
      }
      if (in.pos != bin.length) {
        throw new IllegalArgumentException("trailing bytes in the compact catalogue");
      }
      return Catalogue.of(name, entries, keys, parents);
    } catch (ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated or malformed compact catalogue", e);
    }
  }

  /** Big-endian reads from a byte array, without a stream's per-call overhead. */
  private static final class Cursor {
    final byte[] b;
    int pos;

    Cursor(byte[] b) {
      this.b = b;
    }

    int u8() {
      return b[pos++] & 0xFF;
    }

    int u16() {
      int v = (b[pos] & 0xFF) << 8 | (b[pos + 1] & 0xFF);
      pos += 2;
      return v;
    }

    int i32() {
      int v = (b[pos] & 0xFF) << 24 | (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8 | (b[pos + 3] & 0xFF);
      pos += 4;
      return v;
    }
  }
}
