package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The department each table names (部门：/编制部门：) is compared with the one most tables name: a
 * table naming another department is a WARNING at that table; a name cut by its cell's width, or
 * one holding the other, is the same department.
 */
class DepartmentMismatchTest {
  private static BudgetDocument read(String... departments) throws Exception {
    byte[] pdf;
    try (PdfFixture f = new PdfFixture(PdfFixture.requireCjkFont())) {
      int n = 0;
      for (String dept : departments) {
        n++;
        f.page();
        float y = f.heading(50, "表" + n, "2024年部门收入预算总表", "元", dept);
        PdfFixture.Table t = f.table(y, new float[] {40, 140, 400, 600}, false, false, true);
        t.header(0, 0, "科目编码", 1, 1, "科目名称", 2, 2, "合计");
        t.row(null, "合计", "300.00");
        t.row("201", "一般公共服务支出", "300.00");
      }
      pdf = f.bytes();
    }
    return new PdfReader().read(new ByteArrayInputStream(pdf), "test.pdf");
  }

  private static List<Diagnostic> mismatches(BudgetDocument d) {
    return d.diagnostics().stream().filter(g -> g.code().equals("pdf.department-mismatch")).toList();
  }

  @Test
  void aTableNamingAnotherDepartmentIsAWarningAtThatTable() throws Exception {
    BudgetDocument d = read("上海市某区某局", "上海市某区另一局", "上海市某区某局");
    assertThat(mismatches(d)).singleElement().satisfies(g -> {
      assertThat(g.severity()).isEqualTo(Severity.WARNING);
      assertThat(g.location().page()).hasValue(2);
      assertThat(g.messageZh()).contains("上海市某区另一局", "上海市某区某局");
    });
    assertThat(d.department().name()).isEqualTo("上海市某区某局");
  }

  /**
   * A department's set followed by its 本级's (a unit of it, whose name holds the department's): the 本级 is
   * another organisation, though it prints more tables, and its figures are that budget unit's.
   */
  @Test
  void aSetOfTheDepartmentsOwnUnitAfterItsTotalsIsThatUnitsFigures() throws Exception {
    BudgetDocument d = read("某区某局", "某区某局", "某区某局本级", "某区某局本级", "某区某局本级");
    assertThat(d.department().name()).isEqualTo("某区某局");
    assertThat(mismatches(d)).hasSize(3).allSatisfy(g -> assertThat(g.location().page().orElse(0)).isGreaterThan(2));
    assertThat(d.facts()).allSatisfy(f -> assertThat(f.coordinates().get(dev.yusuan.model.FactDimension.BUDGET_UNIT))
        .isEqualTo(f.provenance().page().orElse(0) > 2 ? java.util.Optional.of("某区某局本级")
            : java.util.Optional.empty()));
  }

  @Test
  void aNameCutByItsCellOrWithAPrefixIsTheSameDepartment() throws Exception {
    assertThat(mismatches(read("中共某某省委办公厅", "某某省委办公厅", "中共某某省委办公", "中共某某省委办公厅")))
        .isEmpty();
  }
}
