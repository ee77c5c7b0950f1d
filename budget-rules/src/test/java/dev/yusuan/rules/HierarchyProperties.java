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

  /**
   * Codes of three levels under 20 classes (2xx, 2xxyy, 2xxyyzz): enough distinct rows for hundreds of
   * buckets, so that the bucketing's table grows and its cache of recent buckets is missed and
   * overwritten (rows in random order, repeated, levels missing).
   */
  @Provide
  Arbitrary<List<String>> manyRows() {
    Arbitrary<String> code = Arbitraries.integers().between(0, 2_199).map(k -> {
      String c = String.format("2%02d", 1 + k % 20);
      String g = c + String.format("%02d", 1 + (k / 20) % 10);
      int level = (k / 200) % 11;
      return level == 0 ? c : level == 1 ? g : g + String.format("%02d", level - 1);
    });
    Arbitrary<String> value = Arbitraries.integers().between(-1, 6).map(v -> v < 0 ? "" : String.valueOf(v));
    Arbitrary<String> row = code.flatMap(c -> value.list().ofSize(4)
        .map(vs -> c + "\t科目" + c + "\t" + String.join("\t", vs)));
    return row.list().ofMinSize(200).ofMaxSize(1_500);
  }

  @Property(tries = 40)
  void manyBucketsAsTheNaiveModel(@ForAll("manyRows") List<String> rows) {
    theSumsFoundAreTheNaiveModelsSums(rows);
  }

  static final Validator UNITS = Validator.of(RulePack.parse("hierarchy-units-test.rules", """
      pack hierarchy-units-test version 1.0

      rule t.sum.function error
        title "功能分类" "Function"
        sum FUNCTION in every table

      rule t.sum.unit error
        title "预算单位" "Budget unit"
        sum BUDGET_UNIT in every table

      rule t.sum.unit-function error
        title "预算单位与功能分类" "Budget unit and function"
        sum BUDGET_UNIT + FUNCTION in every table
      """));

  @Provide
  Arbitrary<List<List<String>>> tables() {
    return rows().list().ofMinSize(2).ofMaxSize(7);
  }

  /**
   * A table continued over several tables of one title (one table group), each of another budget unit,
   * the first one the department's total when {@code total} (no unit): the sums over budget units
   * (their buckets hold one fact per table, tables apart in the group: the hierarchy rule lays each
   * bucket's facts out in one run), over budget unit and function, and over function within each
   * table, are the naive model's, with their children in order.
   */
  @Property(tries = 150)
  void sumsAcrossContinuedTablesAreTheNaiveModelsSums(@ForAll("tables") List<List<String>> tables,
      @ForAll boolean total) {
    DocBuilder b = new DocBuilder("u.txt", 2024);
    for (int t = 0; t < tables.size(); t++) {
      Coordinates base = total && t == 0 ? Coordinates.EMPTY
          : Coordinates.EMPTY.with(FactDimension.BUDGET_UNIT, "单位" + t);
      b.table("T" + (t + 1), "expenditure", "支出表").concept(Concept.EXPENDITURE, base)
          .codes(FactDimension.FUNCTION)
          .columns(DocBuilder.col("合计", c -> c),
              DocBuilder.col("基本支出", c -> c.with(FactDimension.SPENDING_TYPE, SpendingType.BASIC.name())),
              DocBuilder.col("基本支出/人员经费", c -> c.with(FactDimension.SPENDING_TYPE, SpendingType.PERSONNEL.name())),
              DocBuilder.col("项目支出", c -> c.with(FactDimension.SPENDING_TYPE, SpendingType.PROJECT.name())))
          .rows(String.join("\n", tables.get(t))).done();
    }
    BudgetDocument d = b.build();
    Report r = UNITS.validate(d);
    Map<String, List<List<Provenance>>> expected = new LinkedHashMap<>();
    expected.put("t.sum.function", failedSums(d.facts(), List.of(FactDimension.FUNCTION)));
    expected.put("t.sum.unit", failedSums(d.facts(), List.of(FactDimension.BUDGET_UNIT)));
    expected.put("t.sum.unit-function",
        failedSums(d.facts(), List.of(FactDimension.BUDGET_UNIT, FactDimension.FUNCTION)));
    expected.forEach((id, sums) -> assertThat(r.findings().stream().filter(f -> f.ruleId().equals(id))
        .map(f -> f.locations()).toList()).as("%s, total %s, on %s", id, total, tables)
        .containsExactlyInAnyOrderElementsOf(sums));
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
        if (fails(parent, children)) {
          failed.add(parent.provenance());
        }
      });
    }
    return failed;
  }

  /**
   * The naive models' test of one sum: whole-unit figures, each ± 0.5, so the sum fails when twice the
   * gap exceeds the number of figures (parent and children).
   */
  static boolean fails(Fact parent, List<Fact> children) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Fact c : children) {
      sum = sum.add(c.amount().value());
    }
    BigDecimal twiceGap = parent.amount().value().subtract(sum).abs().multiply(BigDecimal.valueOf(2));
    return twiceGap.compareTo(BigDecimal.valueOf(children.size() + 1)) > 0;
  }

  static final Validator TWO = Validator.of(RulePack.parse("hierarchy-two-test.rules", """
      pack hierarchy-two-test version 1.0

      rule t.sum.two error
        title "功能分类与支出用途" "Function and spending type"
        sum FUNCTION + SPENDING_TYPE in every table
      """));

  /** The spending-type columns a table may have: the total, a middle level, its children, a top level. */
  private static final SpendingType[] COLUMNS = {null, SpendingType.BASIC, SpendingType.PERSONNEL,
      SpendingType.PUBLIC_OPERATION, SpendingType.PROJECT};

  @Provide
  Arbitrary<List<Integer>> columns() {
    return Arbitraries.integers().between(0, COLUMNS.length - 1).list().ofMinSize(1).ofMaxSize(6);
  }

  /**
   * A sum over two dimensions ({@code sum FUNCTION + SPENDING_TYPE}) finds the sums, with their
   * children in order, of a naive model on member texts (the form the member-number search replaced):
   * each published coordinate's parent is the published generalisation with the fewest steps up the
   * two hierarchies (each walked from the member through its ancestors to no member), the first in
   * the order varying the function's step fastest on a tie. Rows have codes with missing and
   * unpublished middle levels, and the columns any subset of the spending types (basic without its
   * children, children without basic, the total or not, repeated). Each finding's locations (the
   * parent, then its children in order) are compared; the order of the findings is the report's.
   */
  @Property(tries = 300)
  void twoDimensionSumsAreTheNaiveModelsSums(@ForAll("rows") List<String> rows,
      @ForAll("columns") List<Integer> columns) {
    DocBuilder b = new DocBuilder("h2.txt", 2024);
    DocBuilder.Col[] cols = new DocBuilder.Col[columns.size()];
    for (int c = 0; c < cols.length; c++) {
      SpendingType t = COLUMNS[columns.get(c)];
      cols[c] = t == null ? DocBuilder.col("合计", x -> x)
          : DocBuilder.col(t.zh(), x -> x.with(FactDimension.SPENDING_TYPE, t.name()));
    }
    List<String> lines = new ArrayList<>();
    for (String row : rows) {
      // the generated rows hold four values: as many as there are columns, cycled
      String[] cells = row.split("\t", -1);
      StringBuilder line = new StringBuilder(cells[0] + "\t" + cells[1]);
      for (int c = 0; c < cols.length; c++) {
        line.append('\t').append(cells[2 + c % 4]);
      }
      lines.add(line.toString());
    }
    b.table("T1", "expenditure", "支出表").concept(Concept.EXPENDITURE, Coordinates.EMPTY)
        .codes(FactDimension.FUNCTION).columns(cols).rows(String.join("\n", lines)).done();
    BudgetDocument d = b.build();
    List<List<Provenance>> expected = failedSums(d.facts(), List.of(FactDimension.FUNCTION, FactDimension.SPENDING_TYPE));
    List<List<Provenance>> found = TWO.validate(d).findings().stream().filter(f -> f.ruleId().equals("t.sum.two"))
        .map(f -> f.locations()).toList();
    assertThat(found).as("columns %s on\n%s", columns, String.join("\n", lines))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * The naive model over several dimensions: the locations (parent, then its children) of every sum
   * that fails.
   */
  static List<List<Provenance>> failedSums(List<Fact> facts, List<FactDimension> dims) {
    Map<Coordinates, Map<List<String>, Fact>> buckets = new LinkedHashMap<>();
    for (Fact f : facts) {
      Coordinates outside = f.coordinates();
      for (FactDimension d : dims) {
        outside = outside.without(d);
      }
      buckets.computeIfAbsent(outside, k -> new LinkedHashMap<>()).putIfAbsent(membersIn(f.coordinates(), dims), f);
    }
    List<List<Provenance>> failed = new ArrayList<>();
    for (Map<List<String>, Fact> pub : buckets.values()) {
      if (pub.size() < 2) {
        continue;
      }
      Map<Fact, List<Fact>> kids = new LinkedHashMap<>();
      for (Map.Entry<List<String>, Fact> e : pub.entrySet()) {
        Fact parent = nearest(dims, e.getKey(), pub);
        if (parent != null) {
          kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.getValue());
        }
      }
      kids.forEach((parent, children) -> {
        if (fails(parent, children)) {
          List<Provenance> locs = new ArrayList<>();
          locs.add(parent.provenance());
          children.forEach(c -> locs.add(c.provenance()));
          failed.add(locs);
        }
      });
    }
    return failed;
  }

  private static List<String> membersIn(Coordinates c, List<FactDimension> dims) {
    List<String> m = new ArrayList<>();
    for (FactDimension d : dims) {
      m.add(c.getOrNull(d));
    }
    return m;
  }

  /**
   * Every combination of steps up the dimensions' chains (member, ancestors, none), varying the first
   * dimension fastest; the published one with the fewest steps (more than none) wins, the first on a tie.
   */
  private static Fact nearest(List<FactDimension> dims, List<String> key, Map<List<String>, Fact> pub) {
    List<List<String>> chains = new ArrayList<>();
    for (int k = 0; k < dims.size(); k++) {
      List<String> chain = new ArrayList<>();
      String m = key.get(k);
      chain.add(m);
      if (m != null) {
        for (Optional<String> p = dims.get(k).parentOf(m); p.isPresent(); p = dims.get(k).parentOf(p.get())) {
          chain.add(p.get());
        }
        chain.add(null);
      }
      chains.add(chain);
    }
    Fact best = null;
    int bestSteps = Integer.MAX_VALUE;
    int[] idx = new int[dims.size()];
    while (true) {
      int steps = 0;
      List<String> g = new ArrayList<>();
      for (int k = 0; k < idx.length; k++) {
        steps += idx[k];
        g.add(chains.get(k).get(idx[k]));
      }
      if (steps > 0 && steps < bestSteps && pub.containsKey(g)) {
        best = pub.get(g);
        bestSteps = steps;
      }
      int k = 0;
      while (k < idx.length && ++idx[k] == chains.get(k).size()) {
        idx[k++] = 0;
      }
      if (k == idx.length) {
        return best;
      }
    }
  }
}
