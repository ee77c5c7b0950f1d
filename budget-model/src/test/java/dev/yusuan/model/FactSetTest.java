package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactSetTest {
  private static Fact fact(Coordinates c, String wan, String table) {
    return Fact.of(Concept.EXPENDITURE, c, Amount.of(wan, MoneyUnit.WAN_YUAN),
        Provenance.builder().source("keqiao.txt").tableId(table).build());
  }

  private static Coordinates fn(String code) {
    return Coordinates.of(FactDimension.FUNCTION, code);
  }

  private final Fact total = fact(Coordinates.EMPTY, "2706.24", "T03");
  private final Fact c201 = fact(fn("201"), "2187.51", "T03");
  private final Fact c208 = fact(fn("208"), "218.03", "T03");
  private final Fact g20101 = fact(fn("20101"), "2187.51", "T03");
  private final Fact i2010101 = fact(fn("2010101"), "1449.12", "T03");
  private final Fact i2010104 = fact(fn("2010104"), "305.00", "T03");
  private final Fact personnel = fact(fn("2010101").with(FactDimension.SPENDING_TYPE, SpendingType.PERSONNEL), "1301.49", "T03");
  private final Fact dup201 = fact(fn("201"), "2187.51", "T05");
  private final FactSet set = FactSet.of(List.of(total, c201, c208, g20101, i2010101, i2010104, personnel, dup201));

  @Test
  void lookupByKeyKeepsDuplicatesInOrder() {
    assertThat(set.get(Concept.EXPENDITURE, fn("201"))).containsExactly(c201, dup201);
    assertThat(set.first(Concept.EXPENDITURE, fn("201"))).contains(c201);
    assertThat(set.get(Concept.REVENUE, fn("201"))).isEmpty();
    assertThat(set.keys()).hasSize(7);
    assertThat(set.size()).isEqualTo(8);
  }

  @Test
  void partialCoordinatesFindEveryFactWithThoseMembers() {
    assertThat(set.matching(fn("2010101"))).containsExactly(i2010101, personnel);
    assertThat(set.matching(Coordinates.of(FactDimension.SPENDING_TYPE, SpendingType.PERSONNEL)))
        .containsExactly(personnel);
    assertThat(set.matching(fn("2010101").with(FactDimension.SPENDING_TYPE, SpendingType.PERSONNEL)))
        .containsExactly(personnel);
    assertThat(set.matching(fn("999"))).isEmpty();
    assertThat(set.matching(Coordinates.EMPTY)).hasSize(8);
    assertThat(set.matching(Concept.REVENUE, fn("201"))).isEmpty();
    assertThat(set.matching(Concept.EXPENDITURE, fn("201"))).containsExactly(c201, dup201);
  }

  @Test
  void firstPublicationsHoldOneFactPerKey() {
    assertThat(set.firstPublications()).hasSize(set.keys().size()).contains(c201).doesNotContain(dup201);
    assertThat(set.firstPublications()).containsExactly(total, c201, c208, g20101, i2010101, i2010104, personnel);
  }

  @Test
  void childrenFollowTheCodeTree() {
    assertThat(set.children(new FactKey(Concept.EXPENDITURE, Coordinates.EMPTY), FactDimension.FUNCTION))
        .containsExactly(c201, c208, dup201);
    assertThat(set.children(c201.key(), FactDimension.FUNCTION)).containsExactly(g20101);
    assertThat(set.children(g20101.key(), FactDimension.FUNCTION)).containsExactly(i2010101, i2010104);
    assertThat(set.children(i2010101.key(), FactDimension.SPENDING_TYPE)).isEmpty();
    // PERSONNEL's parent is BASIC: its parent key has SPENDING_TYPE=BASIC
    assertThat(set.children(new FactKey(Concept.EXPENDITURE,
        fn("2010101").with(FactDimension.SPENDING_TYPE, SpendingType.BASIC)), FactDimension.SPENDING_TYPE))
        .containsExactly(personnel);
    assertThat(set.children(c201.key(), FactDimension.PROJECT)).isEmpty();
  }

  @Test
  void byTable() {
    assertThat(set.inTable("T05")).containsExactly(dup201);
    assertThat(set.inTable("T99")).isEmpty();
  }

  @Test
  void documentHierarchyOverridesTheDefault() {
    Fact parent = fact(Coordinates.of(FactDimension.PROJECT, "人大工作"), "675.00", "T10");
    Fact child = fact(Coordinates.of(FactDimension.PROJECT, "人大会议"), "305.00", "T10");
    FactSet s = FactSet.of(List.of(parent, child), Map.of(FactDimension.PROJECT,
        m -> m.equals("人大会议") ? Optional.of("人大工作") : Optional.empty()));
    assertThat(s.children(parent.key(), FactDimension.PROJECT)).containsExactly(child);
    assertThat(s.parentMember(FactDimension.PROJECT, "人大会议")).contains("人大工作");
    assertThat(s.parentMember(FactDimension.FUNCTION, "20101")).contains("201");
  }
}
