package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.internal.CodeNames;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Code;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Direction;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  private static Section section(int level, String heading, int line, String text) {
    return Section.builder().level(level).heading(heading).text(text)
        .provenance(Provenance.builder().source("s").line(line).build()).build();
  }

  private static NarrativeContext ctx() {
    CodeNames names = new CodeNames();
    names.add(Code.parse(Scheme.FUNCTION, "201"), "一般公共服务支出");
    names.add(Code.parse(Scheme.FUNCTION, "20101"), "人大事务");
    names.add(Code.parse(Scheme.FUNCTION, "2010101"), "行政运行");
    return new NarrativeContext("s", MoneyUnit.WAN_YUAN, names);
  }

  @Test
  void sentenceBrokenAcrossBlankLinesAndFullWidthForms() {
    ClaimExtractor.Result r = ClaimExtractor.extract(List.of(section(2, "(二) 收入预算", 10,
        "\n其中：一般公共预算拨款\n\n收入 ２，７０６.２４ 万元，占 １００.０％。")), ctx());
    assertThat(r.claims()).extracting(c -> c.kind()).containsExactly(ClaimKind.AMOUNT,
        ClaimKind.SHARE);
    assertThat(r.claims().get(0).amount().get().value()).isEqualByComparingTo("2706.24");
    assertThat(r.claims().get(0).amount().get().grouped()).isTrue();
    assertThat(r.claims().get(0).provenance().line()).hasValue(14); // heading 10, text from line 11
    assertThat(r.claims().get(1).percent().get().value()).isEqualByComparingTo("100.0");
    assertThat(r.facts()).hasSize(1);
  }

  @Test
  void itemPathsWithMixedBracketsResolveToCodes() {
    ClaimExtractor.Result r = ClaimExtractor.extract(List.of(
        section(2, "(五) 一般公共预算当年拨款情况说明", 1,
            "(1)一般公共服务支出（类）人大事务(款)行 政运行（项）安排 1449.12 万元。")), ctx());
    assertThat(r.claims()).singleElement().satisfies(c -> assertThat(c.coordinates())
        .isEqualTo(Coordinates.parse("FUNCTION=2010101,FUND_SOURCE=GENERAL_PUBLIC_BUDGET")));
  }

  @Test
  void unresolvedNamesAndUnclaimedNumbersAreDiagnostics() {
    ClaimExtractor.Result r = ClaimExtractor.extract(List.of(section(2, "(五) 一般公共预算", 1,
        "(1)教育支出(类)普通教育(款)小学教育(项)安排 5.00 万元。单价 30 元以上的设备。")), ctx());
    assertThat(r.claims()).isEmpty();
    assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly(
        "narrative.unresolved-name", "narrative.unclaimed-number", "narrative.unclaimed-number");
  }

  @Test
  void changeStatements() {
    ClaimExtractor.Result r = ClaimExtractor.extract(List.of(section(3, "1. 机关运行经费。", 1,
        "机关运行经费财政拨款预算 154.08 万元，比上年预算减少 1.7 万元，下降 1.09%。")), ctx());
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.CHANGE).singleElement()
        .satisfies(c -> {
          assertThat(c.basePeriod()).contains(FiscalPeriod.PRIOR_BUDGET);
          assertThat(c.direction()).contains(Direction.DECREASE);
          assertThat(c.delta().get().value()).isEqualByComparingTo("1.7");
          assertThat(c.percent().get().value()).isEqualByComparingTo("1.09");
        });
  }
}
