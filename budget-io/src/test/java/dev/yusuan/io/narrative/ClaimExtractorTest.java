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

  private static List<dev.yusuan.model.Claim> claims(String heading, String text) {
    return ClaimExtractor.extract(List.of(section(2, heading, 1, text)), ctx()).claims();
  }

  private static List<dev.yusuan.model.Claim> amounts(List<dev.yusuan.model.Claim> cs) {
    return cs.stream().filter(c -> c.kind() == ClaimKind.AMOUNT).toList();
  }

  @Test
  void aFundsExpenditureIsNotTotalExpenditure() {
    List<dev.yusuan.model.Claim> cs = claims("(三) 政府性基金预算支出情况说明",
        "2023年政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元。");
    assertThat(amounts(cs)).singleElement().satisfies(c -> {
      assertThat(c.concept()).isEqualTo(dev.yusuan.model.Concept.EXPENDITURE);
      assertThat(c.coordinates()).isEqualTo(Coordinates.parse("FUND_SOURCE=GOVERNMENT_FUND"));
    });
    assertThat(cs).filteredOn(c -> c.kind() == ClaimKind.CHANGE).singleElement().satisfies(c -> {
      assertThat(c.basePeriod()).contains(FiscalPeriod.PRIOR_BUDGET);
      assertThat(c.direction()).contains(Direction.INCREASE);
      assertThat(c.delta().get().value()).isEqualByComparingTo("1421.25");
    });
  }

  @Test
  void theYearsBudgetInAFinalAccountIsNotTheActual() {
    List<dev.yusuan.model.Claim> cs = claims("(六) “三公”经费财政拨款支出决算情况说明",
        "2023年度“三公”经费财政拨款支出决算为2.10万元，年初预算为2.85万元，决算数比年初预算减少0.75万元。"
            + "因公出国(境)费年初预算为1.00万元。");
    List<dev.yusuan.model.Claim> a = amounts(cs);
    assertThat(a).extracting(c -> c.amount().get().value().toPlainString())
        .containsExactly("2.10", "2.85", "1.00");
    assertThat(a.get(0).coordinates()).isEqualTo(Coordinates.EMPTY);
    assertThat(a.get(1).coordinates()).isEqualTo(Coordinates.parse("PERIOD=CURRENT_BUDGET"));
    assertThat(a.get(2).coordinates())
        .isEqualTo(Coordinates.parse("THREE_PUBLIC_ITEM=OUTBOUND_TRAVEL,PERIOD=CURRENT_BUDGET"));
  }

  @Test
  void aReservedShareIsNotTotalProcurement() {
    List<dev.yusuan.model.Claim> cs = claims("(八) 政府采购预算情况",
        "2024年政府采购预算总额300.00万元，其中面向中小企业预留采购份额246.47万元。");
    assertThat(amounts(cs)).singleElement().satisfies(c -> {
      assertThat(c.concept()).isEqualTo(dev.yusuan.model.Concept.PROCUREMENT);
      assertThat(c.amount().get().value()).isEqualByComparingTo("300.00");
    });
  }

  @Test
  void aChangeWithoutItsAmountIsNoAmount() {
    List<dev.yusuan.model.Claim> cs = claims("(七) 机关运行经费", "机关运行经费比上年减少0.15万元，主要原因是压减会议费。");
    assertThat(amounts(cs)).isEmpty();
  }

  @Test
  void quotedAndBracketedNamesResolve() {
    List<dev.yusuan.model.Claim> cs = claims("(五) 一般公共预算当年拨款情况说明",
        "1.“一般公共服务支出”科目100.00万元。2.“一般公共服务”（类）“人大事务”（款）“行政运行”（项）50.00万元。");
    assertThat(amounts(cs)).extracting(c -> c.coordinates().getOrNull(dev.yusuan.model.FactDimension.FUNCTION))
        .containsExactly("201", "2010101");
  }

  @Test
  void totalsOfAFinalAccountAndFlatStatements() {
    List<dev.yusuan.model.Claim> cs = claims("二、财政拨款收入支出决算总体情况说明",
        "2023年度财政拨款收入支出总计0.3万元，与上年持平。收入支出总计3000.00万元。"
            + "公务用车购置费减少为0.00万元，与上年持平。");
    assertThat(amounts(cs)).extracting(c -> c.coordinates()).containsExactly(
        Coordinates.parse("FUND_SOURCE=FISCAL_TOTAL"), Coordinates.EMPTY,
        Coordinates.parse("THREE_PUBLIC_ITEM=VEHICLE_PURCHASE"));
    assertThat(cs).filteredOn(c -> c.kind() == ClaimKind.CHANGE)
        .extracting(c -> c.subject() + ":" + c.direction().get())
        .containsExactly("2023年度财政拨款收入支出总计:FLAT", "公务用车购置费:FLAT", "公务用车购置费:DECREASE");
  }

  @Test
  void aChangeThenFlatIsTwoDirections() {
    List<dev.yusuan.model.Claim> cs = claims("(七) 机关运行经费",
        "机关运行经费预算10.00万元，比上年增加0.50万元，与上年持平。");
    assertThat(cs).filteredOn(c -> c.kind() == ClaimKind.CHANGE)
        .extracting(c -> c.direction().get()).containsExactly(Direction.INCREASE, Direction.FLAT);
  }
}
