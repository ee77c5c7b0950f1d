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
    try (PDDocument d = Loader.loadPDF(part.bytes())) {
      check.check(d);
      pages = GlyphCollector.collect(d, 1, hidden);
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
    for (PageText p : pages) {
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
    assembly.addPages(part.name(), pages);
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
