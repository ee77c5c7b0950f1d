package dev.yusuan.io.text;

import dev.yusuan.io.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.layout.Layouts;

/**
 * Reads the structured-text form of a disclosure (text extracted from a PDF or a web page, with
 * markdown-like headings and tab-separated tables), format name {@code text}, extensions
 * {@code txt} and {@code md}. Recognises Zhejiang-style 部门预算 content (Keqiao): metadata, 目录,
 * narrative sections and claims, tables through {@link Layouts#zhejiang()}, performance targets and
 * projects. Never throws for bad content; problems are the document's diagnostics.
 */
public final class TextReader implements DocumentReader {
  private final Layouts layouts;
  private final Catalogue catalogue;

  /** A reader with the Zhejiang layouts. */
  public TextReader() {
    this(Layouts.zhejiang());
  }

  /** A reader with the given layouts. */
  public TextReader(Layouts layouts) {
    this(layouts, Catalogue.standard());
  }

  /** A reader with the given layouts, resolving names printed without codes with {@code catalogue}. */
  public TextReader(Layouts layouts, Catalogue catalogue) {
    this.layouts = layouts;
    this.catalogue = catalogue;
  }

  @Override
  public DocumentReader withCatalogue(Catalogue catalogue) {
    return new TextReader(layouts, catalogue);
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "md");
  }

  @Override
  public boolean recognises(String fileName, byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    return (s.contains("部门预算") || s.contains("部门决算") || s.contains("单位预算"))
        && (s.contains("目 录") || s.contains("目录") || s.contains("单位：万元")
            || s.contains("单位:万元") || s.contains("预算表"));
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    byte[] bytes = in.readAllBytes();
    return read(new String(bytes, StandardCharsets.UTF_8), source);
  }

  /** Reads text already in memory. */
  public BudgetDocument read(String text, String source) {
    return new TextParser(text, source, layouts, catalogue).parse();
  }
}
