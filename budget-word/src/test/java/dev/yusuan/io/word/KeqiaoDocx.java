package dev.yusuan.io.word;

import dev.yusuan.io.text.TextReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Keqiao example (the structured-text form) written as a .docx with POI's XWPF, in the ways
 * departments write one: headings in heading styles (English or Chinese style ids), each line a
 * paragraph, each run of tab rows a Word table; by style the header cells merged (gridSpan across, vMerge
 * down), the unit as a paragraph or a merged first row, the title (and the lines under it) inside the
 * table, {@code 一、} and {@code 1.} as Word's automatic numbering, empty paragraphs, tables split in two.
 */
final class KeqiaoDocx {
  static final String TEXT = load();

  private KeqiaoDocx() {}

  static String load() {
    try (InputStream in = TextReader.class.getResourceAsStream(
        "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Style(boolean mergedHeader, boolean unitRow, boolean titleInside, boolean numbering,
      boolean emptyParagraphs, boolean split, boolean chineseStyleIds, long seed) {}

  /** A generated document and, for each line of the text, the paragraph number that prints it (or 0). */
  record Written(byte[] bytes, int[] paragraphOfLine) {}

  private static final Pattern CHINESE_NUMBER = Pattern.compile("^([一二三四五六七八九十]+)、(.+)$");
  private static final Pattern DECIMAL_NUMBER = Pattern.compile("^(\\d+)\\. (.+)$");
  private static final String DIGITS = "一二三四五六七八九";

  static Written write(String text, Style st) {
    return new Writer(text, st).write();
  }

  private static final class Writer {
    final String[] lines;
    final Style st;
    final Random r;
    final XWPFDocument doc = new XWPFDocument();
    final int[] paragraphOfLine;
    int paragraphs;
    XWPFNumbering numbering;
    /** Per list kind ("cn", "dec"): the list in use and its last number. */
    final Map<String, BigInteger> lists = new HashMap<>();
    final Map<String, Integer> last = new HashMap<>();

    Writer(String text, Style st) {
      this.lines = text.split("\n", -1);
      this.st = st;
      this.r = new Random(st.seed());
      this.paragraphOfLine = new int[lines.length];
    }

    Written write() {
      XWPFStyles styles = doc.createStyles();
      for (int level = 1; level <= 6; level++) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(st.chineseStyleIds() ? Integer.toString(level) : "Heading" + level);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal("heading " + level);
        styles.addStyle(new XWPFStyle(s));
      }
      int i = 0;
      while (i < lines.length) {
        String l = lines[i];
        if (l.indexOf('\t') >= 0) {
          List<Integer> rows = new ArrayList<>();
          int j = i;
          while (j < lines.length && (lines[j].indexOf('\t') >= 0 || lines[j].isBlank())) {
            if (!lines[j].isBlank()) {
              rows.add(j);
            }
            j++;
          }
          table(rows, List.of());
          i = j;
          continue;
        }
        if (l.isBlank()) {
          if (st.emptyParagraphs() && r.nextInt(3) == 0) {
            paragraph("");
          }
          i++;
          continue;
        }
        // the lines that head a table (caption, department, unit) when they go inside it
        List<Integer> head = tableHead(i);
        if (!head.isEmpty()) {
          int k = head.get(head.size() - 1) + 1;
          List<Integer> rows = new ArrayList<>();
          while (k < lines.length && (lines[k].indexOf('\t') >= 0 || lines[k].isBlank())) {
            if (!lines[k].isBlank()) {
              rows.add(k);
            }
            k++;
          }
          table(rows, head);
          i = k;
          continue;
        }
        line(i);
        i++;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (doc) {
        doc.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Written(out.toByteArray(), paragraphOfLine);
    }

    /**
     * When the style puts them inside the table: from line {@code i} the lines before the next tab row
     * that go into it (the caption heading, department and unit lines with the title inside; the unit
     * line alone with the unit as a row), or none.
     */
    List<Integer> tableHead(int i) {
      int k = i;
      List<Integer> nonBlank = new ArrayList<>();
      while (k < lines.length && lines[k].indexOf('\t') < 0 && nonBlank.size() < 4) {
        if (!lines[k].isBlank()) {
          nonBlank.add(k);
        }
        k++;
      }
      if (k >= lines.length || lines[k].indexOf('\t') < 0 || nonBlank.isEmpty()) {
        return List.of();
      }
      String first = lines[nonBlank.get(0)].strip();
      boolean unitOnly = nonBlank.size() == 1 && first.startsWith("单位");
      if (st.unitRow() && unitOnly) {
        return nonBlank;
      }
      if (st.titleInside() && first.startsWith("#") && nonBlank.size() <= 3) {
        return nonBlank;
      }
      return List.of();
    }

    XWPFParagraph paragraph(String text) {
      XWPFParagraph p = doc.createParagraph();
      paragraphs++;
      if (!text.isEmpty()) {
        p.createRun().setText(text);
      }
      return p;
    }

    void line(int i) {
      String l = lines[i];
      int level = 0;
      while (level < l.length() && l.charAt(level) == '#') {
        level++;
      }
      String text = l.substring(level).strip();
      XWPFParagraph p = doc.createParagraph();
      paragraphs++;
      paragraphOfLine[i] = paragraphs;
      if (level > 0) {
        p.setStyle(st.chineseStyleIds() ? Integer.toString(Math.min(6, level)) : "Heading" + Math.min(6, level));
      }
      if (st.numbering()) {
        text = numbered(p, text);
      }
      p.createRun().setText(text);
    }

    /** {@code 一、} and {@code 1. } as automatic numbers where they count on from the list's last one. */
    String numbered(XWPFParagraph p, String text) {
      Matcher cn = CHINESE_NUMBER.matcher(text);
      Matcher dec = DECIMAL_NUMBER.matcher(text);
      String kind;
      int n;
      String rest;
      if (cn.matches() && cn.group(1).length() == 1) {
        kind = "cn";
        n = DIGITS.indexOf(cn.group(1).charAt(0)) + 1;
        rest = cn.group(2);
      } else if (dec.matches() && dec.group(1).length() <= 2) {
        kind = "dec";
        n = Integer.parseInt(dec.group(1));
        rest = dec.group(2);
      } else {
        return text;
      }
      if (n == 1) {
        lists.put(kind, newList(kind));
      } else if (!lists.containsKey(kind) || last.get(kind) != n - 1) {
        return text; // not the next number of the list: kept as typed
      }
      last.put(kind, n);
      p.setNumID(lists.get(kind));
      p.setNumILvl(BigInteger.ZERO);
      return rest;
    }

    BigInteger newList(String kind) {
      if (numbering == null) {
        numbering = doc.createNumbering();
      }
      CTAbstractNum a = CTAbstractNum.Factory.newInstance();
      a.setAbstractNumId(BigInteger.valueOf(lists.size() + 100L + r.nextInt(1000)));
      CTLvl lvl = a.addNewLvl();
      lvl.setIlvl(BigInteger.ZERO);
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(kind.equals("cn") ? STNumberFormat.CHINESE_COUNTING : STNumberFormat.DECIMAL);
      lvl.addNewLvlText().setVal(kind.equals("cn") ? "%1、" : "%1.");
      BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(a, numbering));
      return numbering.addNum(abstractId);
    }

    /** A Word table of the tab rows at {@code rowLines}, headed inside by the lines {@code head}. */
    void table(List<Integer> rowLines, List<Integer> head) {
      List<String[]> rows = new ArrayList<>();
      for (int k : rowLines) {
        rows.add(lines[k].split("\t", -1));
      }
      int width = 0;
      for (String[] row : rows) {
        width = Math.max(width, row.length);
      }
      int headers = header(rows);
      int split = st.split() && rows.size() - headers >= 4 ? headers + 1 + r.nextInt(rows.size() - headers - 2)
          : -1;
      XWPFTable t = newTable();
      for (int k : head) {
        String text = lines[k].replaceFirst("^#+", "").strip();
        XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
        paragraphs++;
        paragraphOfLine[k] = paragraphs;
        XWPFTableCell c = row.addNewTableCell();
        c.getParagraphs().get(0).createRun().setText(text);
        c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(width));
      }
      // merges in the header: gridSpan across the empty cells after a text, vMerge down over the empty
      // cells below a text
      for (int k = 0; k < rows.size(); k++) {
        if (k == split) {
          paragraph(""); // Word keeps two tables apart by a paragraph
          t = newTable();
        }
        String[] cells = java.util.Arrays.copyOf(rows.get(k), width);
        XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
        paragraphOfLine[rowLines.get(k)] = paragraphs + 1;
        for (int c = 0; c < width; c++) {
          String text = cells[c] == null ? "" : cells[c];
          int span = 1;
          boolean header = k < headers;
          if (st.mergedHeader() && header && !text.isEmpty()) {
            while (c + span < width && (cells[c + span] == null || cells[c + span].isEmpty())) {
              span++;
            }
          }
          XWPFTableCell cell = row.addNewTableCell();
          paragraphs++;
          if (!text.isEmpty()) {
            cell.getParagraphs().get(0).createRun().setText(text);
          }
          CTTcPr pr = cell.getCTTc().addNewTcPr();
          if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
          }
          if (st.mergedHeader() && header && span == 1) {
            if (!text.isEmpty() && k + 1 < headers && empty(rows.get(k + 1), c)) {
              pr.addNewVMerge().setVal(STMerge.RESTART);
            } else if (text.isEmpty() && k > 0 && k < headers && vMerged(rows, k, c)) {
              pr.addNewVMerge(); // continues the merge above
            }
          }
          c += span - 1;
        }
      }
      paragraph(""); // a paragraph after each table, as Word writes
    }

    /** Rows before the first with a number (at most 3): the header. */
    static int header(List<String[]> rows) {
      int header = 0;
      while (header < rows.size() && header < 3 && !hasNumber(rows.get(header))) {
        header++;
      }
      return header;
    }

    /** Whether the cell above an empty header cell has a text (which its vertical merge continues). */
    static boolean vMerged(List<String[]> rows, int k, int c) {
      return !empty(rows.get(k - 1), c);
    }

    static boolean empty(String[] row, int c) {
      return c >= row.length || row[c].isEmpty();
    }

    XWPFTable newTable() {
      XWPFTable t = doc.createTable();
      t.removeRow(0); // XWPF starts a table with one row of one cell
      return t;
    }
  }

  static boolean hasNumber(String[] row) {
    for (String c : row) {
      if (c.matches("-?[\\d,]+(\\.\\d+)?")) {
        return true;
      }
    }
    return false;
  }
}
