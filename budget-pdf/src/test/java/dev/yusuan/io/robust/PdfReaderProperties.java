package dev.yusuan.io.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.pdf.PdfReader;
import dev.yusuan.io.robust.ReaderRobustnessProperties.Mutation;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Robustness of the PDF reader: byte flips, deletions and truncations of the smallest real Jiangsu
 * PDF never make it throw (the bytes were read, so damage is bad content); a PDF that PDFBox cannot
 * open gives a pdf.unreadable error, and every table number the damaged file still yields is a fact
 * or a diagnostic. Few tries: PDFBox is slow.
 */
class PdfReaderProperties {
  private static final byte[] PDF = load("/real/jiangsu-npcsc-office-2019-budget-tables.pdf");
  private static final PdfReader READER = new PdfReader();

  static byte[] load(String resource) {
    try (InputStream in = PdfReaderProperties.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<List<Mutation>> byteMutations() {
    Arbitrary<Mutation> m = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 10_000_000), Arbitraries.integers().between(0, 255),
        Arbitraries.just("")).as(Mutation::new);
    return m.list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 30)
  void damagedPdfNeverThrows(@ForAll("byteMutations") List<Mutation> ms) throws IOException {
    byte[] bytes = ReaderRobustnessProperties.mutateBytes(PDF, ms);
    BudgetDocument d = READER.read(new ByteArrayInputStream(bytes), "damaged.pdf");
    assertThat(d).isNotNull();
    if (d.facts().isEmpty()) {
      assertThat(d.diagnostics()).as("a damaged PDF that yields nothing says why")
          .anyMatch(x -> x.severity() == Severity.ERROR || x.severity() == Severity.WARNING);
    }
  }

  /**
   * Found in the fresh-clone CI: one bit flipped in a font's stream maps the decimal point to '-' (13,907-78): no
   * amount was a number, no fact read, and nothing said so.
   */
  @net.jqwik.api.Example
  void aDecimalMarkReadAsAnotherCharacterIsSaid() throws IOException {
    damagedPdfNeverThrows(List.of(new ReaderRobustnessProperties.Mutation(0, 1491, 0, "")));
  }

  @Property(tries = 20)
  void truncatedPdfGivesAnErrorOrADocument(@ForAll("cut") int cut) throws IOException {
    byte[] bytes = java.util.Arrays.copyOf(PDF, cut);
    BudgetDocument d = READER.read(new ByteArrayInputStream(bytes), "cut.pdf");
    assertThat(d).isNotNull();
    if (d.facts().isEmpty()) {
      assertThat(d.diagnostics()).as("cut at %d", cut).anyMatch(x -> x.severity() == Severity.ERROR
          || x.severity() == Severity.WARNING);
    }
  }

  @Provide
  Arbitrary<Integer> cut() {
    return Arbitraries.integers().between(0, PDF.length - 1);
  }
}
