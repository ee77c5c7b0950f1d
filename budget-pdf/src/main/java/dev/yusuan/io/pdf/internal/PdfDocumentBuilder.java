package dev.yusuan.io.pdf.internal;

import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.tables.internal.PageText;
import dev.yusuan.io.tables.internal.TableAssembly;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Builds a {@link BudgetDocument} from one or more PDF files (narrative + tables of one disclosure):
 * the PDF's positioned text becomes lines of pages ({@link GlyphCollector}, {@link LineBuilder});
 * pages without text are classified ({@link PageImages}); the shared stages ({@link TableAssembly})
 * assemble, rebuild and map the tables.
 */
public final class PdfDocumentBuilder {
  /** One input file. */
  public record Part(String name, byte[] bytes) {}

  /** Checks a loaded PDF before its text is extracted (the reader's limits): throws to stop reading. */
  @FunctionalInterface
  public interface Check {
    /**
     * Checks {@code d}.
     *
     * @param d the loaded PDF
     * @throws LimitExceededException when it exceeds a limit
     */
    void check(PDDocument d) throws LimitExceededException;
  }

  private final TableAssembly assembly = new TableAssembly("pdf");
  /** What the page before printed ({@link #printed}; null: no figure), and its part and page. */
  private String previousPrinted;
  private String[] previousPage;
  /**
   * The pages read that print a figure, by what they print ({@link #printed}): the last such page, its part and
   * page, and the {@link #tables} count when it was read.
   */
  private final Map<String, String[]> printedPages = new HashMap<>();
  /**
   * How many times a page read began another table than the one before it (its table heads, {@link #heads}, other
   * than those of the last page that printed heads); a page repeating an earlier one is printed in the same table
   * as it when this count has not moved since.
   */
  private int tables;
  /** The table heads of the last page read that printed any. */
  private String lastHeads = "";

  private PdfDocumentBuilder() {}

  /**
   * Reads the parts (in order) as one document named {@code source}; each part is loaded once and
   * checked by {@code check} before its text is extracted.
   *
   * @throws LimitExceededException when {@code check} finds a part exceeding a limit
   */
  public static BudgetDocument build(String source, List<Part> parts, Catalogue catalogue, Check check)
      throws LimitExceededException {
    PdfDocumentBuilder b = new PdfDocumentBuilder();
    for (Part p : parts) {
      b.extract(p, check);
    }
    return b.assembly.finish(source, catalogue);
  }

  private void extract(Part part, Check check) throws LimitExceededException {
    List<PageText> pages;
    Map<Integer, PageImages.Content> empty = new HashMap<>();
    List<GlyphCollector.Hidden> hidden = new ArrayList<>();
    List<GlyphCollector.Slanted> slanted = new ArrayList<>();
    List<GlyphCollector.TurnedFigures> turned = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(part.bytes())) {
      check.check(d);
      pages = GlyphCollector.collect(d, 1, hidden, slanted, turned);
      for (PageText p : pages) {
        if (p.lines().isEmpty()) {
          empty.put(p.page(), PageImages.classify(d.getPage(p.page() - 1)));
        }
      }
    } catch (LimitExceededException e) {
      throw e;
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      assembly.diagnostic(Diagnostic.of(Severity.ERROR, "pdf.password",
          "PDF 设有打开密码，无法读取（请提供未加密的文件）",
          "the PDF is protected by a password to open it; it cannot be read (supply an unencrypted "
              + "copy)", Provenance.of(part.name())));
      return;
    } catch (IOException | RuntimeException e) {
      assembly.diagnostic(Diagnostic.of(Severity.ERROR, "pdf.unreadable",
          "无法读取 PDF: " + e.getMessage(), "cannot read the PDF: " + e.getMessage(),
          Provenance.of(part.name())));
      return;
    }
    hidden.forEach(h -> hidden(part.name(), h));
    slanted.forEach(s -> slanted(part.name(), s));
    turned.forEach(t -> turned(part.name(), t));
    List<PageText> read = new ArrayList<>(pages.size());
    for (PageText p : pages) {
      if (duplicate(part.name(), p)) {
        continue; // said, read once
      }
      read.add(p);
      if (p.unmapped() > 0) {
        assembly.diagnostic(Diagnostic.of(Severity.ERROR, "pdf.unmapped-glyphs",
            "第 " + p.page() + " 页有 " + p.unmapped() + " 个字符的字体没有 Unicode 映射（缺少 ToUnicode），"
                + "无法提取，可能缺失数字或文字",
            "page " + p.page() + " shows " + p.unmapped() + " glyphs whose font maps them to no "
                + "Unicode text (no ToUnicode map); they cannot be extracted, digits or words may be "
                + "missing",
            Provenance.builder().source(part.name()).page(p.page()).build()));
      }
      if (p.lines().isEmpty() && p.unmapped() == 0) {
        Provenance at = Provenance.builder().source(part.name()).page(p.page()).build();
        switch (empty.get(p.page())) {
          case SCANNED -> assembly.diagnostic(Diagnostic.of(Severity.ERROR, "pdf.scanned-page",
              "第 " + p.page() + " 页是扫描图像，没有文字层，其内容无法读取（不做文字识别 OCR）",
              "page " + p.page() + " is a scanned image without a text layer; its content cannot be "
                  + "read (no OCR)", at));
          case DRAWINGS -> assembly.diagnostic(Diagnostic.of(Severity.ERROR, "pdf.drawn-text",
              "第 " + p.page() + " 页有图形内容但没有可提取的文字（文字可能已转为曲线），其内容无法读取",
              "page " + p.page() + " has drawn content but no extractable text (text converted to "
                  + "outlines?); its content cannot be read", at));
          default -> assembly.diagnostic(Diagnostic.of(Severity.WARNING, "pdf.no-text",
              "第 " + p.page() + " 页没有可提取的文字（空白页），未读取",
              "page " + p.page() + " has no extractable text (blank page); not read", at));
        }
      }
    }
    assembly.addPages(part.name(), read);
  }

  /**
   * A page printing exactly what an earlier page printed (every line's text at the same place, its top and bottom
   * edges, where page numbers and running lines are, left aside), figures among them, in the same table: the page
   * before it, or one further back when no other table began between them (no page read since printed another
   * table's title or caption; a copy printing the original's own title restarts no table). Pages of two tables may
   * print the same rows honestly (部门支出总表 and 一般公共预算支出表 of a department spending only that budget,
   * each continued on a page of the same rows): a table's title between them tells them apart, so they are both read.
   * Its figures agree with themselves, so no rule objects; what its author meant is one page: a WARNING naming both
   * pages, and the copy is not read again (a continued table's rows read twice would double them under their total).
   *
   * @return whether {@code p} repeats an earlier page
   */
  private boolean duplicate(String part, PageText p) {
    String printed = printed(p);
    String[] first = previousPage;
    boolean same = printed != null && printed.equals(previousPrinted);
    String heads = heads(p);
    boolean begins = !heads.isEmpty() && !heads.equals(lastHeads);
    if (!same && printed != null && !begins) {
      String[] earlier = printedPages.get(printed);
      if (earlier != null && Integer.parseInt(earlier[2]) == tables) {
        first = earlier;
        same = true;
      }
    }
    if (!same) {
      previousPrinted = printed;
      previousPage = new String[] {part, String.valueOf(p.page())};
      if (begins) {
        tables++;
        lastHeads = heads;
      }
      if (printed != null) {
        printedPages.put(printed, new String[] {part, String.valueOf(p.page()), String.valueOf(tables)});
      }
      return false;
    }
    previousPrinted = printed;
    previousPage = first;
    String otherZh = (first[0].equals(part) ? "" : first[0] + " ") + "第 " + first[1] + " 页";
    String otherEn = "page " + first[1] + (first[0].equals(part) ? "" : " of " + first[0]);
    assembly.diagnostic(Diagnostic.of(Severity.WARNING, "pdf.duplicate-page",
        "第 " + p.page() + " 页与" + otherZh + "内容完全相同（同一页印了两次？），只按" + otherZh + "读取一次",
        "page " + p.page() + " prints exactly what " + otherEn + " prints (the same page printed twice?); read "
            + "once, as " + otherEn,
        Provenance.builder().source(part).page(p.page()).build()));
    return true;
  }

  /** The keys of the lines of a page that begin a table (a title or a caption, as the table stages tell them). */
  private static String heads(PageText p) {
    StringBuilder sb = new StringBuilder();
    for (dev.yusuan.io.tables.internal.TextLine l : p.lines()) {
      String head = dev.yusuan.io.tables.internal.PageAssembler.tableHead(l);
      if (head != null) {
        sb.append(head).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * What a page prints away from its top 7 % and bottom 12 % (page numbers, running lines): each line's
   * segments with their text and place, to a tenth of a point; null when that holds no figure.
   */
  private static String printed(PageText p) {
    StringBuilder sb = new StringBuilder();
    boolean figure = false;
    for (dev.yusuan.io.tables.internal.TextLine l : p.lines()) {
      if (l.baseline() > p.height() * 0.88 || l.baseline() < p.height() * 0.07) {
        continue;
      }
      for (dev.yusuan.io.tables.internal.Segment s : l.segments()) {
        String t = s.text();
        for (int i = 0; i < t.length() && !figure; i++) {
          figure = Character.isDigit(t.charAt(i));
        }
        sb.append(t).append('@').append(Math.round(s.x0() * 10)).append(',')
            .append(Math.round(s.baseline() * 10)).append('\n');
      }
    }
    return figure ? sb.toString() : null;
  }

  /**
   * Slanted text (a diagonal watermark): not read; said, a WARNING when it holds a digit (it may be a figure), and
   * each amount in it (a decimal point or thousands separators) counted unread: a page that draws a figure slanted
   * is read partly, never passed.
   */
  private void slanted(String part, GlyphCollector.Slanted s) {
    Provenance at = Provenance.builder().source(part).page(s.page()).build();
    boolean digit = s.text().chars().anyMatch(Character::isDigit) || s.amounts() > 0;
    assembly.diagnostic(Diagnostic.builder().from(Diagnostic.of(digit ? Severity.WARNING : Severity.INFO,
        "pdf.slanted-text",
        "第 " + s.page() + " 页有 " + s.glyphs() + " 个斜向绘制的字符（水印？）未读取" + (s.amounts() > 0
            ? "，其中 " + s.amounts() + " 个金额" : "") + "：" + s.text(),
        "page " + s.page() + " draws " + s.glyphs() + " glyphs slanted across the page (a watermark?); not read"
            + (s.amounts() > 0 ? ", " + s.amounts() + " amounts among them" : "") + ": " + s.text(), at))
        .unreadAmounts(s.amounts()).build());
  }

  /**
   * Text turned 90° that holds a digit (a figure printed vertically): not read, a WARNING, each amount in it
   * counted unread (a page that draws a figure turned is read partly, never passed).
   */
  private void turned(String part, GlyphCollector.TurnedFigures t) {
    Provenance at = Provenance.builder().source(part).page(t.page()).build();
    assembly.diagnostic(Diagnostic.builder().from(Diagnostic.of(Severity.WARNING, "pdf.turned-figure",
        "第 " + t.page() + " 页有 " + t.strings() + " 段旋转 90° 绘制的含数字文字未读取" + (t.amounts() > 0
            ? "，其中 " + t.amounts() + " 个金额" : "") + "：" + t.text(),
        "page " + t.page() + " draws " + t.strings() + " strings turned 90° that hold digits; not read"
            + (t.amounts() > 0 ? ", " + t.amounts() + " amounts among them" : "") + ": " + t.text(), at))
        .unreadAmounts(t.amounts()).build());
  }

  /** Text a page draws but does not show: not read (or, when it is all the page has, read and said so). */
  private void hidden(String part, GlyphCollector.Hidden h) {
    Provenance at = Provenance.builder().source(part).page(h.page()).build();
    int p = h.page();
    if (h.readInvisible()) {
      assembly.diagnostic(Diagnostic.of(Severity.WARNING, "pdf.invisible-text",
          "第 " + p + " 页只有不可见文字（" + h.invisible() + " 个字符，文本渲染模式 3，常见于扫描图像上的 OCR 文字层），"
              + "按其读取：它不是页面显示的内容，可能有识别错误",
          "page " + p + " has only invisible text (" + h.invisible() + " glyphs, text render mode 3, as an OCR "
              + "layer under a scanned image has); read from it, but it is not what the page shows and may "
              + "hold recognition errors", at));
    } else if (h.invisible() > 0) {
      assembly.diagnostic(Diagnostic.of(Severity.WARNING, "pdf.invisible-text",
          "第 " + p + " 页有 " + h.invisible() + " 个不可见字符（文本渲染模式 3 或字号小于半磅），页面不显示，未读取",
          "page " + p + " draws " + h.invisible() + " invisible glyphs (text render mode 3, or under half a point);"
              + " not shown, not read",
          at));
    }
  }
}
