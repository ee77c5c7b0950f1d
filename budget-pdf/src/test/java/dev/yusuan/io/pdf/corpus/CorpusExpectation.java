package dev.yusuan.io.pdf.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hand-written ground truth for one real document of the corpus, read from a {@code .expect}
 * file (format in {@code docs/corpus.md}). Independent of the reader: nothing here comes from
 * Yusuan's own code.
 */
record CorpusExpectation(String name, List<String> sources, int year, String kind,
    List<TableExpectation> tables, List<Inconsistency> inconsistencies) {

  /** A table the document prints: how to recognise it by its title, and what it prints. */
  record TableExpectation(String id, List<String> include, List<String> exclude, String unit,
      String pages, List<String> amounts, List<Total> totals, List<Row> rows, boolean empty) {

    /** Whether a title read from the document names this table. */
    boolean matchesTitle(String title) {
      String t = normalise(title);
      return include.stream().allMatch(k -> t.contains(normalise(k)))
          && exclude.stream().noneMatch(k -> t.contains(normalise(k)));
    }
  }

  /** A row printed with a classification code, and the amounts printed in it. */
  record Row(String code, List<String> amounts) {}

  /** A printed total: the row label ("*" when the table has no total row, only a total column). */
  record Total(String label, String column, String value) {}

  /** A contradiction verified by hand: which rule may report it, and where ("at"). */
  record Inconsistency(String id, Pattern rule, String at, String evidence) {}

  private static final Pattern FIELD = Pattern.compile("\\s*\\|\\s*");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern PRINTED =
      Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  /** Removes what varies in the printing of a title or label but not its meaning. */
  static String normalise(String s) {
    return s.replaceAll("[\\s\\u3000“”\"'‘’「」]", "").replace('（', '(').replace('）', ')')
        .toLowerCase(Locale.ROOT);
  }

  /** The value of a printed amount ("31,214,205.80") as an exact decimal. */
  static BigDecimal value(String printed) {
    return new BigDecimal(printed.replace(",", ""));
  }

  static CorpusExpectation read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CorpusExpectation parse(String where, List<String> lines) {
    String name = null;
    int year = 0;
    String kind = null;
    List<String> sources = new ArrayList<>();
    List<TableExpectation> tables = new ArrayList<>();
    List<Inconsistency> inconsistencies = new ArrayList<>();
    TableBuilder table = null;
    int n = 0;
    for (String raw : lines) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int sp = line.indexOf(' ');
      String key = sp < 0 ? line : line.substring(0, sp);
      String rest = sp < 0 ? "" : line.substring(sp + 1).strip();
      String at = where + ":" + n + ": ";
      switch (key) {
        case "document" -> name = rest;
        case "source" -> sources.add(rest);
        case "year" -> year = Integer.parseInt(rest);
        case "kind" -> kind = rest;
        case "table" -> {
          if (table != null) {
            tables.add(table.build(at));
          }
          table = new TableBuilder(at, FIELD.split(rest));
        }
        case "amounts" -> {
          require(table != null, at + "amounts outside a table");
          for (String a : SPACE.split(rest)) {
            require(PRINTED.matcher(a).matches(), at + "not a printed amount: " + a);
            table.amounts.add(a);
          }
        }
        case "row" -> {
          require(table != null, at + "row outside a table");
          String[] f = FIELD.split(rest);
          require(f.length == 2 && f[0].matches("\\d{3,9}"), at + "row needs 'code | amounts'");
          List<String> printed = List.of(SPACE.split(f[1]));
          printed.forEach(a -> require(PRINTED.matcher(a).matches(), at + "not a printed amount: " + a));
          table.rows.add(new Row(f[0], printed));
        }
        case "empty" -> {
          require(table != null, at + "empty outside a table");
          table.empty = true;
        }
        case "total" -> {
          require(table != null, at + "total outside a table");
          String[] f = FIELD.split(rest);
          require(f.length == 3 && PRINTED.matcher(f[2]).matches(),
              at + "total needs 'label | column | amount'");
          table.totals.add(new Total(f[0], f[1], f[2]));
        }
        case "inconsistency" -> {
          String[] f = FIELD.split(rest);
          require(f.length == 4 && f[1].startsWith("rule=") && f[2].startsWith("at="),
              at + "inconsistency needs 'id | rule=GLOB | at=TEXT | evidence'");
          inconsistencies.add(new Inconsistency(f[0], glob(f[1].substring(5)), f[2].substring(3),
              f[3]));
        }
        default -> throw new IllegalArgumentException(at + "unknown key " + key);
      }
    }
    if (table != null) {
      tables.add(table.build(where + ":end: "));
    }
    require(name != null && year > 0 && kind != null && !sources.isEmpty(),
        where + ": document, source, year and kind are required");
    return new CorpusExpectation(name, List.copyOf(sources), year, kind, List.copyOf(tables),
        List.copyOf(inconsistencies));
  }

  static Pattern glob(String g) {
    StringBuilder b = new StringBuilder();
    for (char c : g.toCharArray()) {
      b.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(b.toString());
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private static final class TableBuilder {
    final String id;
    final List<String> include = new ArrayList<>();
    final List<String> exclude = new ArrayList<>();
    String unit;
    String pages = "";
    final List<String> amounts = new ArrayList<>();
    final List<Total> totals = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    boolean empty;

    TableBuilder(String at, String[] f) {
      require(f.length >= 3, at + "table needs 'id | keywords | unit=U | pages=P'");
      id = f[0];
      for (String k : SPACE.split(f[1])) {
        (k.startsWith("-") ? exclude : include).add(k.startsWith("-") ? k.substring(1) : k);
      }
      for (int i = 2; i < f.length; i++) {
        if (f[i].startsWith("unit=")) {
          unit = f[i].substring(5);
        } else if (f[i].startsWith("pages=")) {
          pages = f[i].substring(6);
        } else {
          throw new IllegalArgumentException(at + "unknown table field " + f[i]);
        }
      }
      require(unit != null, at + "table " + id + " needs unit=");
    }

    TableExpectation build(String at) {
      require(empty == amounts.isEmpty(),
          at + "table " + id + ": either 'empty' or amounts, not both or neither");
      return new TableExpectation(id, List.copyOf(include), List.copyOf(exclude), unit, pages,
          List.copyOf(amounts), List.copyOf(totals), List.copyOf(rows), empty);
    }
  }
}
