package dev.yusuan.io.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Word shows a document with its revisions: what a tracked change deleted or moved away, and hidden text
 * ({@code w:vanish}), is not what the document says. The Keqiao example written as .docx ({@link KeqiaoDocx}),
 * then each figure's run rewritten as producers and editors leave it: an older figure deleted before it
 * ({@code w:del} with {@code w:delText}, or with {@code w:t} as some tools write it), the figure moved here
 * ({@code w:moveFrom} of an older figure, {@code w:moveTo}), inserted ({@code w:ins}), an older figure as hidden
 * text before it, a note mark in superscript after it, the figure split over runs with proofing marks between
 * them, a field's result, inside a smart tag. Contract: the facts of the text form (no deleted, moved-away or
 * hidden figure read, none glued to its neighbour), the text form's findings, every hidden figure counted
 * unread at a located WARNING; a figure changed beyond rounding is still an ERROR at its row's paragraph. Before,
 * a {@code w:moveFrom}, a {@code w:del} holding {@code w:t}, hidden text or a superscript mark was read into the
 * figure ({@code 12706.242706.24}: the document refused; {@code 2706.241}: a wrong figure without a word).
 */
class TrackedChangesProperties {
  enum Kind { DEL_INS, DEL_WITH_T, MOVE, INSERTED, HIDDEN_OLD, NOTE_MARK, SPLIT_RUNS, FIELD, SMART_TAG, PLAIN }

  private static final Pattern AMOUNT_RUN = Pattern.compile("<w:r><w:t>(-?[0-9][0-9,]*\\.[0-9]{2})</w:t></w:r>");

  /** The document part of {@code docx} with each amount run rewritten by a kind drawn from {@code seed}. */
  static byte[] revise(byte[] docx, long seed, List<Kind> kinds) {
    Random r = new Random(seed);
    return rewrite(docx, xml -> {
      Matcher m = AMOUNT_RUN.matcher(xml);
      StringBuilder b = new StringBuilder();
      int id = 1;
      while (m.find()) {
        String v = m.group(1);
        String old = "1" + v.replace("-", ""); // an older figure
        String run = switch (kinds.get(r.nextInt(kinds.size()))) {
          case DEL_INS -> "<w:del w:id=\"" + id++ + "\" w:author=\"a\"><w:r><w:delText>" + old
              + "</w:delText></w:r></w:del><w:ins w:id=\"" + id++ + "\" w:author=\"a\"><w:r><w:t>" + v + "</w:t></w:r></w:ins>";
          case DEL_WITH_T -> "<w:del w:id=\"" + id++ + "\" w:author=\"a\"><w:r><w:t>" + old + "</w:t></w:r></w:del>"
              + "<w:r><w:t>" + v + "</w:t></w:r>";
          case MOVE -> "<w:moveFrom w:id=\"" + id++ + "\" w:author=\"a\"><w:r><w:t>" + old + "</w:t></w:r></w:moveFrom>"
              + "<w:moveTo w:id=\"" + id++ + "\" w:author=\"a\"><w:r><w:t>" + v + "</w:t></w:r></w:moveTo>";
          case INSERTED -> "<w:ins w:id=\"" + id++ + "\" w:author=\"a\"><w:r><w:t>" + v + "</w:t></w:r></w:ins>";
          case HIDDEN_OLD -> "<w:r><w:rPr><w:vanish/></w:rPr><w:t>" + old + "</w:t></w:r><w:r><w:t>" + v + "</w:t></w:r>";
          case NOTE_MARK -> "<w:r><w:t>" + v + "</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>"
              + List.of("1", "2", "*", "①", "a").get(r.nextInt(5)) + "</w:t></w:r>";
          case SPLIT_RUNS -> {
            int cut = 1 + r.nextInt(v.length() - 1);
            yield "<w:r><w:t>" + v.substring(0, cut) + "</w:t></w:r><w:proofErr w:type=\"gramStart\"/><w:r><w:t>"
                + v.substring(cut) + "</w:t></w:r>";
          }
          case FIELD -> "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> =SUM(LEFT) "
              + old + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>" + v
              + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
          case SMART_TAG -> "<w:smartTag w:uri=\"u\" w:element=\"n\"><w:r><w:t>" + v + "</w:t></w:r></w:smartTag>";
          case PLAIN -> m.group();
        };
        m.appendReplacement(b, Matcher.quoteReplacement(run));
      }
      m.appendTail(b);
      return b.toString();
    });
  }

  static byte[] rewrite(byte[] zip, java.util.function.UnaryOperator<String> f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          b = f.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<List<Kind>> kinds() {
    return Arbitraries.of(Kind.class).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<KeqiaoDocx.Style> styles() {
    return new WordDocumentReaderProperties().styles();
  }

  @Property(tries = 30)
  void revisionsReadAsTheDocumentShowsThem(@ForAll("styles") KeqiaoDocx.Style st, @ForAll("kinds") List<Kind> kinds,
      @ForAll long seed) throws IOException {
    byte[] docx = revise(KeqiaoDocx.write(KeqiaoDocx.TEXT, st).bytes(), seed, kinds);
    BudgetDocument d = WordDocumentReaderProperties.read(docx);
    BudgetDocument text = WordDocumentReaderProperties.TEXT_FORM;
    assertThat(WordDocumentReaderProperties.key(d.facts())).as("%s", kinds)
        .isEqualTo(WordDocumentReaderProperties.key(text.facts()));
    assertThat(WordDocumentReaderProperties.findings(d)).isEqualTo(WordDocumentReaderProperties.findings(text));
    // hidden figures are counted, each at its paragraph; nothing else is unread
    List<Diagnostic> hidden = d.diagnostics().stream().filter(x -> x.code().equals("word.hidden-text")).toList();
    assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(hidden.stream().mapToInt(Diagnostic::unreadAmounts).sum());
    assertThat(hidden).allSatisfy(x -> assertThat(x.location().line()).isPresent());
    if (!kinds.contains(Kind.HIDDEN_OLD)) {
      assertThat(hidden).isEmpty();
    }
  }

  @Property(tries = 15)
  void aChangedFigureUnderRevisionsIsAnErrorAtItsRow(@ForAll("styles") KeqiaoDocx.Style st,
      @ForAll("kinds") List<Kind> kinds, @ForAll long seed, @ForAll("rowIndex") int which) throws IOException {
    String[] lines = KeqiaoDocx.TEXT.split("\n", -1);
    java.util.List<Integer> items = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches("^\\d{7}\t[^\t]+\t\\d+\\.\\d\\d(\t.*)?$")) {
        items.add(i);
      }
    }
    int line = items.get(which % items.size());
    String[] cells = lines[line].split("\t", -1);
    cells[2] = new java.math.BigDecimal(cells[2]).add(new java.math.BigDecimal("100.00")).toPlainString();
    lines[line] = String.join("\t", cells);
    String changed = String.join("\n", lines);
    KeqiaoDocx.Written w = KeqiaoDocx.write(changed, st);
    BudgetDocument d = WordDocumentReaderProperties.read(revise(w.bytes(), seed, kinds));
    int paragraph = w.paragraphOfLine()[line];
    assertThat(dev.yusuan.rules.Validator.of(dev.yusuan.rules.StandardRules.departmentBudget(d)).validate(d).findings())
        .as("an ERROR at paragraph %d (%s) with %s", paragraph, cells[1], kinds)
        .anySatisfy(f -> {
          assertThat(f.severity()).isEqualTo(dev.yusuan.model.Severity.ERROR);
          assertThat(f.locations()).anySatisfy(p -> assertThat(p.line()).hasValue(paragraph));
        });
  }

  @Provide
  Arbitrary<Integer> rowIndex() {
    return Arbitraries.integers().between(0, 10_000);
  }
}
