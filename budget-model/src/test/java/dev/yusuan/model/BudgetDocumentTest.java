package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BudgetDocumentTest {
  private final Department dept = Department.builder().name("绍兴市柯桥区人大常委会办公室").shortName("区人大办")
      .code("102").build();

  private BudgetDocument.Builder doc() {
    return BudgetDocument.builder().source("keqiao.txt").region("绍兴市柯桥区").department(dept).year(2024)
        .kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN);
  }

  @Test
  void provenanceDescribesWhereANumberWasPrinted() {
    Provenance p = Provenance.builder().source("keqiao.txt").line(412).tableId("T03")
        .tableTitle("支出总表").rowCode("2010101").rowLabel("行政运行").columnHeader("基本支出/人员经费")
        .columnNumber("2").build();
    assertThat(p.describe()).isEqualTo("keqiao.txt:412 支出总表 2010101 行政运行 / 基本支出/人员经费 [栏2]");
    assertThat(Provenance.of("a.pdf").describe()).isEqualTo("a.pdf");
    assertThat(Provenance.builder().source("a.pdf").page(3).tableId("T1").build().describe()).isEqualTo("a.pdf p.3 T1");
    assertThat(Provenance.builder().from(p).line(1).build().describe()).startsWith("keqiao.txt:1 ");
    assertThatThrownBy(() -> Provenance.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void documentHoldsFactsAndIndexesThemWithItsProjectTree() {
    Fact parent = Fact.of(Concept.EXPENDITURE, Coordinates.of(FactDimension.PROJECT, "人大工作"),
        Amount.of("675.00", MoneyUnit.WAN_YUAN), Provenance.of("keqiao.txt"));
    Fact child = Fact.of(Concept.EXPENDITURE, Coordinates.of(FactDimension.PROJECT, "人大会议"),
        Amount.of("305.00", MoneyUnit.WAN_YUAN), Provenance.of("keqiao.txt"));
    BudgetDocument d = doc()
        .addBudgetUnits(BudgetUnit.of("绍兴市柯桥区人民代表大会常务委员会办公室", true))
        .addProjects(Project.builder().unit("本级").name("人大工作").level(1).build())
        .addProjects(Project.builder().unit("本级").name("人大会议").level(2).parent("人大工作").build())
        .addFacts(parent, child).build();
    assertThat(d.factSet().children(parent.key(), FactDimension.PROJECT)).containsExactly(child);
    assertThat(d.factSet()).isSameAs(d.factSet());
    assertThat(d.unitNamed("绍兴市柯桥区人民代表大会常务委员会办")).isPresent();
    assertThat(d.unitNamed("别的单位")).isEmpty();
    assertThat(d.table("T01")).isEmpty();
    assertThat(d.at(OptionalInt.of(7)).describe()).isEqualTo("keqiao.txt:7");
    assertThat(d.department().shortName()).contains("区人大办");
    assertThat(d.kind().zh()).isEqualTo("部门预算");
  }

  @Test
  void copyWithBuilderFrom() {
    BudgetDocument d = doc().build();
    BudgetDocument e = BudgetDocument.builder().from(d).year(2025).build();
    assertThat(e.year()).isEqualTo(2025);
    assertThat(e.department()).isEqualTo(d.department());
    assertThat(d.facts()).isEqualTo(List.of());
  }
}
