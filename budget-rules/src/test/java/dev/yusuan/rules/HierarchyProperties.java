package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.SpendingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hierarchy sums ({@code sum FUNCTION}, {@code sum SPENDING_TYPE}) find exactly the sums a naive
 * model finds: facts bucketed by concept and their coordinates outside the summed dimension, in each
 * bucket the first publication of each member, each member's parent its nearest published ancestor
 * (unpublished levels skipped) or else the published total, and a parent whose integer value differs
 * from the sum of its k children by more than the rounding of k + 1 half-units is a finding at the
 * parent's cell. Tables have random rows (codes of three levels in any order, repeated, missing
 * levels, a total row or none), blank cells, and small values so that some sums hold and some fail.
 */
class HierarchyProperties {
  private static final String[] CODES = {"", "201", "20101", "2010101", "2010102", "2010150", "20102",
      "2010201", "205", "20501", "2050101", "2050199"};
  private static final FactDimension[] SUMMED = {FactDimension.FUNCTION, FactDimension.SPENDING_TYPE};
  static final Validator V = Validator.of(RulePack.parse("hierarchy-test.rules", """
      pack hierarchy-test version 1.0

      rule t.sum.function error
        title "功能分类" "Function"
        sum FUNCTION in every table

      rule t.sum.spending-type error
        title "支出用途" "Spending type"
        sum SPENDING_TYPE in every table
      """));

  @Provide
  Arbitrary<List<String>> rows() {
    Arbitrary<String> value = Arbitraries.integers().between(-1, 6).map(v -> v < 0 ? "" : String.valueOf(v));
    Arbitrary<String> row = Arbitraries.of(CODES).flatMap(code -> value.list().ofSize(4)
        .map(vs -> code + "\t科目" + code + "\t" + String.join("\t", vs)));
    return row.list().ofMinSize(1).ofMaxSize(24);
  }

  @Property(tries = 300)
  void theSumsFoundAreTheNaiveModelsSums(@ForAll("rows") List<String> rows) {
    DocBuilder b = new DocBuilder("h.txt", 2024);
    b.table("T1", "expenditure", "支出表").concept(Concept.EXPENDITURE, Coordinates.EMPTY)
        .codes(FactDimension.FUNCTION)
        .columns(DocBuilder.col("合计", c -> c),
            DocBuilder.col("基本支出", c -> c.with(FactDimension.SPENDING_TYPE, SpendingType.BASIC.name())),
            DocBuilder.col("基本支出/人员经费", c -> c.with(FactDimension.SPENDING_TYPE, SpendingType.PERSONNEL.name())),
            DocBuilder.col("项目支出", c -> c.with(FactDimension.SPENDING_TYPE, SpendingType.PROJECT.name())))
        .rows(String.join("\n", rows)).done();
    BudgetDocument d = b.build();
    Map<String, List<Provenance>> expected = new HashMap<>();
    expected.put("t.sum.function", failedParents(d.facts(), FactDimension.FUNCTION));
    expected.put("t.sum.spending-type", failedParents(d.facts(), FactDimension.SPENDING_TYPE));
    Report r = V.validate(d);
    for (FactDimension dim : SUMMED) {
      String id = dim == FactDimension.FUNCTION ? "t.sum.function" : "t.sum.spending-type";
      List<Provenance> found = r.findings().stream().filter(f -> f.ruleId().equals(id))
          .map(f -> f.locations().get(0)).toList();
      assertThat(found).as("%s on\n%s", id, String.join("\n", rows))
          .containsExactlyInAnyOrderElementsOf(expected.get(id));
    }
  }

  /** The naive model: the parent cell of every sum that fails. */
  static List<Provenance> failedParents(List<Fact> facts, FactDimension d) {
    Map<Coordinates, Map<Optional<String>, Fact>> buckets = new LinkedHashMap<>();
    for (Fact f : facts) {
      buckets.computeIfAbsent(f.coordinates().without(d), k -> new LinkedHashMap<>())
          .putIfAbsent(f.coordinates().get(d), f);
    }
    List<Provenance> failed = new ArrayList<>();
    for (Map<Optional<String>, Fact> pub : buckets.values()) {
      Map<Fact, List<Fact>> kids = new LinkedHashMap<>();
      for (Map.Entry<Optional<String>, Fact> e : pub.entrySet()) {
        if (e.getKey().isEmpty()) {
          continue;
        }
        Fact parent = null;
        Optional<String> p = d.parentOf(e.getKey().get());
        while (p.isPresent() && parent == null) {
          parent = pub.get(p);
          p = d.parentOf(p.get());
        }
        if (parent == null) {
          parent = pub.get(Optional.<String>empty());
        }
        if (parent != null) {
          kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.getValue());
        }
      }
      kids.forEach((parent, children) -> {
        BigDecimal sum = BigDecimal.ZERO;
        for (Fact c : children) {
          sum = sum.add(c.amount().value());
        }
        BigDecimal twiceGap = parent.amount().value().subtract(sum).abs().multiply(BigDecimal.valueOf(2));
        if (twiceGap.compareTo(BigDecimal.valueOf(children.size() + 1)) > 0) {
          failed.add(parent.provenance());
        }
      });
    }
    return failed;
  }
}
