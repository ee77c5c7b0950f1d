package dev.yusuan.io.text;

import dev.yusuan.io.DocumentWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.Section;
import dev.yusuan.model.DisclosureTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link BudgetDocument} in the structured-text form {@link TextReader} reads (format name
 * {@code text}): cover, 目录, narrative sections verbatim, and every table with its title, department
 * line, unit line, header rows, 栏次 row, body rows and notes. Reading the output gives back the same
 * tables, facts, claims and targets.
 */
public final class TextWriter implements DocumentWriter {
  @Override
  public String format() {
    return "text";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public void write(BudgetDocument document, OutputStream out) throws IOException {
    out.write(render(document).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The document as structured text, the form {@link TextReader} reads back.
   *
   * @param d the document
   * @return the text
   */
  public String render(BudgetDocument d) {
    StringBuilder b = new StringBuilder();
    b.append(d.department().name()).append('\n');
    b.append(d.year()).append("年").append(d.kind().zh()).append("\n\n");
    if (!d.contents().isEmpty()) {
      b.append("# 目 录\n\n");
      for (ContentsEntry e : d.contents()) {
        b.append(e.level() <= 1 ? "## " : "- ").append(e.title()).append("\n\n");
      }
    }
    for (Section s : d.sections()) {
      if (!s.heading().isEmpty()) {
        b.append("#".repeat(Math.max(1, Math.min(6, s.level()))));
        b.append(' ').append(s.heading()).append('\n');
      }
      if (!s.text().isEmpty()) {
        b.append(s.text()).append('\n');
      }
      b.append('\n');
    }
    String dept = d.department().code().map(c -> c + "-" + d.department().shortName()
        .orElse(d.department().name())).orElse(null);
    for (DisclosureTable t : d.tables()) {
      b.append("## ").append(t.title()).append("\n\n");
      if (dept != null) {
        b.append(dept).append("\n\n");
      }
      b.append("单位：").append(t.unit().symbol()).append("\n\n");
      for (List<String> h : t.headerRows()) {
        b.append(String.join("\t", h)).append('\n');
      }
      if (t.columns().stream().anyMatch(c -> c.number().isPresent())) {
        StringBuilder n = new StringBuilder();
        for (DisclosureTable.Column c : t.columns()) {
          if (c.index() > 0) {
            n.append('\t');
          }
          n.append(c.number().orElse("**"));
        }
        b.append(n).append('\n');
      }
      for (DisclosureTable.Row r : t.rows()) {
        b.append(String.join("\t", r.cells())).append('\n');
      }
      b.append('\n');
      for (String note : t.notes()) {
        b.append(note).append("\n\n");
      }
    }
    return b.toString();
  }
}
