package dev.yusuan.cli.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Keqiao example (structured-text form) as blocks the structure generators write in their format:
 * headings ({@code #} lines), paragraphs, and tables (runs of tab-separated lines, with the title and
 * unit lines before them as paragraphs). The base every hostile structure is added to or made of.
 */
final class KeqiaoBlocks {
  sealed interface Block permits Heading, Paragraph, Table {}

  record Heading(int level, String text) implements Block {}

  record Paragraph(String text) implements Block {}

  record Table(List<List<String>> rows) implements Block {
    int columns() {
      return rows.stream().mapToInt(List::size).max().orElse(0);
    }
  }

  static final List<Block> BLOCKS = parse();

  private KeqiaoBlocks() {}

  static List<Block> parse() {
    String text;
    try {
      text = HostileInputTest.keqiao();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> out = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      if (line.contains("\t")) {
        rows.add(List.of(line.split("\t", -1)));
        continue;
      }
      if (!rows.isEmpty()) {
        out.add(new Table(List.copyOf(rows)));
        rows.clear();
      }
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("#")) {
        int level = 0;
        while (level < l.length() && l.charAt(level) == '#') {
          level++;
        }
        out.add(new Heading(Math.min(6, level), l.substring(level).strip()));
      } else {
        out.add(new Paragraph(l));
      }
    }
    if (!rows.isEmpty()) {
      out.add(new Table(List.copyOf(rows)));
    }
    return List.copyOf(out);
  }

  /** The tables of the example, in order. */
  static List<Table> tables() {
    return BLOCKS.stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
  }

  /** Whether a cell holds an amount (digits with an optional sign and decimals). */
  static boolean amount(String cell) {
    return cell.strip().matches("-?[0-9][0-9,]*(\\.[0-9]+)?");
  }
}
