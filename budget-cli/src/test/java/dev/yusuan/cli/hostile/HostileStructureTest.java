package dev.yusuan.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.yusuan.cli.hostile.StructureContract.Outcome;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The cases {@link HostileStructureProperties} shrank to when they failed the contract
 * (docs/security.md, "Structure-level hostility", measured on main at 08959fa: Word amounts lost
 * silently, HTML ERRORs of shifted rows, xlsx amounts lost with fewer counted unread, a workbook
 * refused without naming what is missing), pinned; and the HTML spans both ways.
 */
class HostileStructureTest {
  private static List<String> codes(Outcome o) {
    return o.document().diagnostics().stream().map(Diagnostic::code).toList();
  }

  /** A Word table holding a table in a cell is a table of figures: its amounts are read. */
  @Test
  void wordTableHoldingATableIsReadAsATable() {
    Outcome o = StructureContract.read(HostileDocx.document(
        new HostileDocx.Case(HostileDocx.Kind.NESTED_TABLES, 0, 0, 5, 0)), "hostile.docx");
    StructureContract.holds(HostileStructureProperties.DOCX_BASE, o, "hostile.docx");
    // 297 facts of 324 before: the outer table read as page layout
    assertThat(StructureContract.missing(HostileStructureProperties.DOCX_BASE.document(), o.document())).isEmpty();
    assertThat(codes(o)).contains("word.nested-table");
    // the nested tables' lone amounts (one cell each, in no table) are counted unread, not lost
    assertThat(o.document().diagnostics()).filteredOn(d -> d.code().equals("word.layout-table-amount"))
        .isNotEmpty().allSatisfy(d -> {
          assertThat(d.unreadAmounts()).isEqualTo(1);
          assertThat(d.location().line()).isPresent();
          assertThat(d.messageZh()).contains("100.00");
        });
  }

  /** {@code rowspan="65534"} on the first header cell: clamped, reported, the shifted table doubtful. */
  @Test
  void htmlRowspanPastTheTableIsClampedAndItsTableDoubtful() {
    Outcome o = StructureContract.read(HostileHtml.page(
        new HostileHtml.Case(HostileHtml.Kind.HUGE_ROWSPAN, 0, 0, 1, 0)), "hostile.html");
    // dup.tables and zj.sum.function ERRORs before
    StructureContract.holds(HostileStructureProperties.HTML_BASE, o, "hostile.html");
    assertThat(o.document().diagnostics()).filteredOn(d -> d.code().equals("html.span-clamped"))
        .anySatisfy(d -> {
          assertThat(d.messageEn()).contains("rowspan=65534");
          assertThat(d.location().line()).isPresent();
        });
  }

  /** Random spans that fit the table, one crossing from the header into the figures of a continued table. */
  @Test
  void htmlSpanChaosInAContinuedTableMakesTheStatementDoubtful() {
    Outcome o = StructureContract.read(HostileHtml.page(
        new HostileHtml.Case(HostileHtml.Kind.SPAN_CHAOS, 2, 0, 1, -202)), "hostile.html");
    // a zj.sum.function ERROR before, on a total of the unhurt first part of 部门支出预算总表
    StructureContract.holds(HostileStructureProperties.HTML_BASE, o, "hostile.html");
    assertThat(codes(o)).contains("html.suspicious-span");
  }

  /** A page writing its header groups with spans, correctly: read as the unhurt page, nothing doubtful. */
  @Test
  void htmlHonestSpansReadAsTheUnhurtPage() {
    Outcome o = StructureContract.read(HostileHtml.page(
        new HostileHtml.Case(HostileHtml.Kind.HONEST_SPANS, 1, 0, 1, 0)), "hostile.html");
    StructureContract.holds(HostileStructureProperties.HTML_BASE, o, "hostile.html");
    assertThat(codes(o)).noneMatch(c -> c.startsWith("html."));
    assertThat(o.document().facts()).noneMatch(f -> f.provenance().doubtful());
    assertThat(o.document().facts()).hasSameSizeAs(HostileStructureProperties.HTML_BASE.document().facts());
  }

  /** 住房公积金 of 部门支出预算总表 (table 1) published 0.10 higher than its items and its total allow. */
  private static byte[] wrongFigure(HostileHtml.Case c) {
    String page = new String(HostileHtml.page(c), StandardCharsets.UTF_8);
    String row = "<td>2210201</td><td>住房公积金</td><td>183.63</td>";
    assertThat(page).contains(row);
    return page.replaceFirst(row, "<td>2210201</td><td>住房公积金</td><td>183.73</td>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Set<String> findingsOn22102(Outcome o, Severity severity) {
    Set<String> out = new TreeSet<>();
    for (Finding f : o.report().findings()) {
      if (f.severity() == severity && f.locations().stream().anyMatch(p -> p.text().orElse("").equals("183.73"))) {
        out.add(f.ruleId());
      }
    }
    return out;
  }

  /**
   * Both ways: the wrong figure in a table whose header spans are written correctly is an ERROR; in the
   * same table with a span that does not fit it (its cells may be shifted) it is a WARNING.
   */
  @Test
  void aWrongFigureIsAnErrorUnderHonestSpansAndAWarningUnderRepairedOnes() {
    Outcome honest = StructureContract.read(wrongFigure(
        new HostileHtml.Case(HostileHtml.Kind.HONEST_SPANS, 1, 0, 1, 0)), "honest.html");
    assertThat(BudgetIo.partlyRead(honest.document())).isEmpty();
    assertThat(findingsOn22102(honest, Severity.ERROR)).isNotEmpty();

    Outcome hurt = StructureContract.read(wrongFigure(
        new HostileHtml.Case(HostileHtml.Kind.HUGE_ROWSPAN, 1, 0, 1, 0)), "hurt.html");
    assertThat(codes(hurt)).contains("html.span-clamped");
    // every row below the span is shifted one column right: the table's figures are doubtful, those its
    // rows no longer map counted unread (read partly), and no ERROR rests on the wrong figure
    assertThat(BudgetIo.partlyRead(hurt.document())).isPresent();
    assertThat(hurt.document().facts()).filteredOn(f -> f.provenance().tableTitle().orElse("").equals("2024年部门支出预算总表"))
        .allMatch(f -> f.provenance().doubtful());
    assertThat(findingsOn22102(hurt, Severity.ERROR)).isEmpty();
    assertThat(StructureContract.errorRules(hurt.report()))
        .isSubsetOf(StructureContract.errorRules(HostileStructureProperties.HTML_BASE.report()));
  }

  /**
   * What is left, pinned: a vMerge hiding the 合计 label of a project table makes its total row a
   * project; the count of projects (一级项目 N 个) rests on no table cell and stays an ERROR, which the
   * contract leaves unchecked when a repair was reported. The table's figures are doubtful.
   */
  @Test
  void aHiddenLabelChangesACountTheDoubtCannotReach() {
    Outcome o = StructureContract.read(HostileDocx.document(
        new HostileDocx.Case(HostileDocx.Kind.VMERGE_CHAOS, 11, 0, 1, -7)), "hostile.docx");
    StructureContract.holds(HostileStructureProperties.DOCX_BASE, o, "hostile.docx");
    assertThat(codes(o)).contains("word.hidden-by-merge");
    assertThat(o.report().findings()).filteredOn(f -> f.ruleId().equals("zj.projects.count"))
        .allSatisfy(f -> assertThat(f.locations()).allMatch(p -> p.tableId().isEmpty()));
  }

  /** Overlapping merged regions over a table: every number under them counted once, the table doubtful. */
  @Test
  void xlsxOverlappingMergesLoseNothingSilently() {
    Outcome o = StructureContract.read(HostileXlsx.workbook(
        new HostileXlsx.Case(HostileXlsx.Kind.OVERLAPPING_MERGES, 4, 0, 2296, 28969)), "hostile.xlsx");
    // 3 amounts lost while 8 fewer were counted unread before
    StructureContract.holds(HostileStructureProperties.XLSX_BASE, o, "hostile.xlsx");
    assertThat(codes(o)).contains("xlsx.overlapping-merges", "xlsx.merge-unread");
  }

  /** The shared-strings part missing: refused, naming the part. */
  @Test
  void xlsxWithoutSharedStringsNamesTheMissingPart() {
    Outcome o = StructureContract.read(HostileXlsx.workbook(
        new HostileXlsx.Case(HostileXlsx.Kind.NO_SHARED_STRINGS, 0, 0, 1, 0)), "hostile.xlsx");
    assertThat(o.failure()).get().asString().contains("xl/sharedStrings.xml").contains("shared-strings part")
        .contains("共享字符串");
  }

  /** Error values and formulas without a stored result: the rest read, the cells counted unread. */
  @Test
  void xlsxErrorValuesAndUncachedFormulasAreReadPartly() {
    for (HostileXlsx.Kind k : List.of(HostileXlsx.Kind.ERROR_VALUES, HostileXlsx.Kind.FORMULA_WITHOUT_VALUE)) {
      Outcome o = StructureContract.read(HostileXlsx.workbook(new HostileXlsx.Case(k, 3, 4, 1, 7)), "hostile.xlsx");
      StructureContract.holds(HostileStructureProperties.XLSX_BASE, o, "hostile.xlsx");
      assertThat(o.failure()).as("%s", k).isEmpty();
      assertThat(o.document().facts()).as("%s", k).hasSizeGreaterThan(100);
      String code = k == HostileXlsx.Kind.ERROR_VALUES ? "xlsx.error-value" : "xlsx.formula-without-value";
      assertThat(o.document().diagnostics()).filteredOn(d -> d.code().equals(code)).as("%s", k).isNotEmpty()
          .allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.unreadAmounts()).isEqualTo(1);
            assertThat(d.messageEn()).containsPattern("表[0-9]+![A-Z]+[0-9]+");
          });
    }
  }

  /**
   * Found in the fresh-clone CI (seed -6773547302460810467): an unreadable first cell of a row (its label) lost the
   * row's figures without a word; now they are counted unread (xlsx.unlabelled-row).
   */
  @Test
  void anUnreadableLabelCellsRowIsCountedNotLost() {
    for (HostileXlsx.Case c : List.of(new HostileXlsx.Case(HostileXlsx.Kind.ERROR_VALUES, 1, 1, 1, 188252),
        new HostileXlsx.Case(HostileXlsx.Kind.FORMULA_WITHOUT_VALUE, 18, 16, 28, 188252))) {
      StructureContract.holds(HostileStructureProperties.XLSX_BASE,
          StructureContract.read(HostileXlsx.workbook(c), "hostile.xlsx"), "hostile.xlsx");
    }
  }

  /**
   * Found with 200 tries (docs/security.md, DATES_AS_AMOUNTS(table 13, cell 1, size 1, seed 1)): two numeric cells
   * formatted as dates where a table's figures belong lost 4 amounts while 3 more were counted unread (the 合计 shown
   * as a date made its row a header; the project's date stayed in its row as text, counted nowhere). A date among
   * figures is now counted unread (xlsx.date-as-amount).
   */
  @Test
  void datesWhereAmountsBelongAreCountedNotLost() {
    Outcome o = StructureContract.read(HostileXlsx.workbook(
        new HostileXlsx.Case(HostileXlsx.Kind.DATES_AS_AMOUNTS, 13, 1, 1, 1)), "hostile.xlsx");
    StructureContract.holds(HostileStructureProperties.XLSX_BASE, o, "hostile.xlsx");
    // the 合计 (表14!C5) and a project's amount (表14!C7), both shown as dates
    assertThat(o.document().diagnostics()).filteredOn(d -> d.code().equals("xlsx.date-as-amount"))
        .extracting(d -> d.location().text().orElse(""), Diagnostic::unreadAmounts)
        .containsExactly(tuple("表14!C5", 1), tuple("表14!C7", 1));
    // every amount of the project table's 金额 column shown as a date: no figure near them, but days no document is
    // dated (1900-1907); found by a loop of 250 drawn cases over DATES_AS_AMOUNTS
    Outcome all = StructureContract.read(HostileXlsx.workbook(
        new HostileXlsx.Case(HostileXlsx.Kind.DATES_AS_AMOUNTS, 13, 84, 1474, 7683940955942135440L)), "hostile.xlsx");
    StructureContract.holds(HostileStructureProperties.XLSX_BASE, all, "hostile.xlsx");
  }
}
