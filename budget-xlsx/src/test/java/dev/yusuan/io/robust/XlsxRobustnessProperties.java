package dev.yusuan.io.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.robust.ReaderRobustnessProperties.Mutation;
import dev.yusuan.io.xlsx.XlsxDocumentReader;
import dev.yusuan.io.xlsx.XlsxDocumentWriter;
import dev.yusuan.model.BudgetDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Robustness of the xlsx reader on mutated copies of the Keqiao example written by Yusuan: bad
 * content becomes diagnostics, nothing is lost silently. Shares the mutation model of
 * {@link ReaderRobustnessProperties} (budget-io test jar).
 */
class XlsxRobustnessProperties {
  static final BudgetDocument KEQIAO = ReaderRobustnessProperties.KEQIAO;
  static final byte[] XLSX = xlsx(KEQIAO);

  static byte[] xlsx(BudgetDocument d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XlsxDocumentWriter().write(d, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return new ReaderRobustnessProperties().mutations();
  }

  @Provide
  Arbitrary<List<Mutation>> byteMutations() {
    return new ReaderRobustnessProperties().byteMutations();
  }

  /**
   * A corrupt xlsx whose bytes were read is bad content: the reader returns a document with an
   * error diagnostic, or refuses it with a {@link dev.yusuan.io.LimitExceededException} naming the
   * limit (a mutated cell reference can point past the column limit); never another exception.
   */
  @Property(tries = 60)
  void corruptXlsxGivesADiagnostic(@ForAll("byteMutations") List<Mutation> ms) throws IOException {
    byte[] bytes = ReaderRobustnessProperties.mutateBytes(XLSX, ms);
    BudgetDocument d;
    try {
      d = new XlsxDocumentReader().read(new ByteArrayInputStream(bytes), "mutated.xlsx");
    } catch (dev.yusuan.io.LimitExceededException e) {
      assertThat(e.limit()).isNotBlank();
      assertThat(e.getMessage()).contains(e.limit());
      return;
    }
    assertThat(d).isNotNull();
    if (d.facts().size() < KEQIAO.facts().size()) {
      assertThat(d.diagnostics()).as("facts lost without a word").anyMatch(x -> x.severity().name()
          .equals("ERROR"));
    }
  }

  /**
   * A workbook that opens but whose facts sheet has damaged cells (garbage text, numbers, booleans,
   * blanks, removed cells or rows): every remaining data row is a fact or an xlsx.invalid-fact
   * diagnostic with its row number.
   */
  @Property(tries = 40)
  void damagedFactCellsAreFactsOrDiagnostics(@ForAll("mutations") List<Mutation> ms) throws IOException {
    byte[] bytes;
    int rows = 0;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(XLSX))) {
      org.apache.poi.ss.usermodel.Sheet s = wb.getSheet("facts");
      int last = s.getLastRowNum();
      int width = s.getRow(0).getLastCellNum();
      for (Mutation m : ms) {
        org.apache.poi.ss.usermodel.Row row = s.getRow(m.a() % (last + 1));
        if (row == null) {
          continue;
        }
        int col = m.b() % width;
        switch (m.kind()) {
          case 0 -> s.removeRow(row);
          case 1 -> row.createCell(col).setCellValue(m.b() / 7.0);
          case 2 -> row.createCell(col).setCellValue(m.b() % 2 == 0);
          case 3 -> row.createCell(col).setBlank();
          case 4 -> {
            org.apache.poi.ss.usermodel.Cell c = row.getCell(col);
            if (c != null) {
              row.removeCell(c);
            }
          }
          default -> row.createCell(col).setCellValue(m.c());
        }
      }
      for (int r = 1; r <= s.getLastRowNum(); r++) {
        if (s.getRow(r) != null) {
          rows++;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    BudgetDocument d = new XlsxDocumentReader().read(new ByteArrayInputStream(bytes), "damaged.xlsx");
    List<Integer> invalid = d.diagnostics().stream().filter(x -> x.code().equals("xlsx.invalid-fact"))
        .map(x -> x.location().line().orElse(-1)).toList();
    assertThat(invalid).allMatch(n -> n >= 2);
    final int dataRows = rows;
    if (d.diagnostics().stream().anyMatch(x -> x.code().equals("xlsx.facts-no-header")
        && x.messageEn().contains(" " + dataRows + " data rows"))) {
      assertThat(d.facts()).isEmpty();
    } else {
      assertThat(d.facts().size() + invalid.size()).isEqualTo(rows);
    }
  }

  /**
   * Found by the property above (seed 6006649925889348117): with the header row of the facts sheet
   * removed, the reader returned no facts and no word about the 324 rows it skipped.
   */
  @Example
  void factsSheetWithoutHeaderRowSaysSo() throws IOException {
    damagedFactCellsAreFactsOrDiagnostics(List.of(new Mutation(0, 0, 0, "")));
  }

  /**
   * Found by corruptXlsxGivesADiagnostic (seed 473429120234419270): the xlsx cut at byte 34,180 of
   * 69,263 opened (POI reads zips as a stream), lost its facts and document sheets and said only
   * "not a workbook written by Yusuan". Now the missing zip central directory is an error.
   */
  @Example
  void truncatedXlsxIsAnError() throws IOException {
    byte[] cut = java.util.Arrays.copyOf(XLSX, XLSX.length / 2);
    BudgetDocument d = new XlsxDocumentReader().read(new ByteArrayInputStream(cut), "cut.xlsx");
    assertThat(d.diagnostics()).anyMatch(x -> x.code().equals("xlsx.truncated")
        || x.code().equals("xlsx.unreadable"));
  }

}
