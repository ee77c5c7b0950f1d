package dev.yusuan.bench;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.BudgetUnit;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Code;
import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Concept;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Synthetic department budgets of any size, for benchmarks and scaling tests: a Zhejiang-template
 * document whose tables are 一般公共预算支出表 (kind {@code zj.gpb-expenditure}), one per budget unit,
 * each listing a fixed list of 302 2024 支出功能分类 codes (类, 款, 项, named as in the catalogue)
 * with five columns: 合计, 基本支出 (小计, 人员经费, 公用经费) and 项目支出.
 *
 * <p>Values are random but consistent: every 类 and 款 is the exact sum of its children, every
 * 合计 row the sum of the 类, 合计 = 基本支出 + 项目支出 and 基本支出 = 人员经费 + 公用经费. So the
 * standard rules find nothing wrong, and a benchmark measures evaluation rather than report writing.
 * The same size and seed give the same document.
 */
public final class SyntheticDocuments {
  /** Title of every generated table (all are continuation tables of one logical table). */
  public static final String TABLE_TITLE = "2024年部门一般公共预算支出表";
  static final String KIND = "zj.gpb-expenditure";
  static final int YEAR = 2024;
  private static final String[] HEADERS = {"合 计", "基本支出/小计", "基本支出/人员经费", "基本支出/公用经费", "项目支出"};
  private static final SpendingType[] TYPES = {null, SpendingType.BASIC, SpendingType.PERSONNEL,
      SpendingType.PUBLIC_OPERATION, SpendingType.PROJECT};
  /** The 栏次 of the money columns, one string per column shared by its cells (as the readers do). */
  private static final String[] COLUMN_NUMBERS = {"1", "2", "3", "4", "5"};
  /** Facts per table row: one per money column. */
  public static final int FACTS_PER_ROW = HEADERS.length;

  /** A 类 of the catalogue with its 款, each with its 项, in code order. */
  private record Node(CatalogueEntry entry, List<Node> children) {}

  /** The codes of the synthetic tables (resource {@code synthetic-function-codes.txt}). */
  private static final java.util.Set<String> CODES = codes();
  private static final List<Node> CLASSES = tree();

  private SyntheticDocuments() {}

  /**
   * A consistent document of about {@code facts} facts: whole 类 subtrees are added, unit after unit,
   * until there are at least {@code facts}, so the count exceeds it by less than one 类 (see
   * {@link BudgetDocument#facts()} for the exact number).
   *
   * @param facts the minimum number of facts, ≥ 1
   * @param seed the seed of the random amounts: the same seed and size give the same document
   * @return the document; every total equals the sum of its items
   * @throws IllegalArgumentException if {@code facts} is less than 1
   */
  public static BudgetDocument departmentBudget(int facts, long seed) {
    if (facts < 1) {
      throw new IllegalArgumentException("facts must be positive: " + facts);
    }
    SplittableRandom random = new SplittableRandom(seed);
    String source = "synthetic-" + facts + ".txt";
    List<DisclosureTable> tables = new ArrayList<>();
    List<Fact> all = new ArrayList<>();
    List<BudgetUnit> units = new ArrayList<>();
    int line = 1;
    while (all.size() < facts) {
      int u = units.size() + 1;
      String unit = "合成预算单位" + u;
      units.add(BudgetUnit.of(unit, u == 1));
      String tableId = "T" + u;
      // what every fact of the unit's table shares, made once per table (as the readers make a section's)
      Coordinates unitBase = Coordinates.of(FactDimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
          .with(FactDimension.BUDGET_UNIT, unit);
      List<DisclosureTable.Row> rows = new ArrayList<>();
      List<Fact> tableFacts = new ArrayList<>();
      int titleLine = line++;
      int totalLine = line++;
      long[] total = new long[3];
      for (Node c : CLASSES) {
        // stop within a unit once the facts so far (and this table's 合计 row) reach the size
        if (!tableFacts.isEmpty() && all.size() + tableFacts.size() + FACTS_PER_ROW >= facts) {
          break;
        }
        List<Object[]> subtree = new ArrayList<>();
        long[] v = values(c, random, subtree);
        for (int k = 0; k < 3; k++) {
          total[k] += v[k];
        }
        for (Object[] r : subtree) {
          CatalogueEntry e = (CatalogueEntry) r[0];
          rows.add(row(e.code().digits(), e.nameIn(YEAR), (long[]) r[1], line));
          add(tableFacts, source, tableId, unitBase, e.code().digits(), e.nameIn(YEAR), (long[]) r[1], line);
          line++;
        }
      }
      rows.add(0, row(null, "合计", total, totalLine));
      List<Fact> totalFacts = new ArrayList<>();
      add(totalFacts, source, tableId, unitBase, null, "合计", total, totalLine);
      all.addAll(totalFacts);
      all.addAll(tableFacts);
      tables.add(table(source, tableId, rows, titleLine));
    }
    return BudgetDocument.builder().source(source).region("合成市")
        .department(Department.builder().name("合成部门").build()).year(YEAR)
        .kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN).template("zhejiang")
        .addAllBudgetUnits(units).addContents(ContentsEntry.of(1, TABLE_TITLE)).addAllTables(tables)
        .addAllFacts(all).build();
  }

  /**
   * Fills {@code out} with the rows of the subtree of {@code n} (the node first, then its children
   * recursively) and returns the node's {personnel, public operation, project} in 0.01 万元.
   */
  private static long[] values(Node n, SplittableRandom random, List<Object[]> out) {
    long[] v = new long[3];
    Object[] row = {n.entry(), v};
    out.add(row);
    if (n.children().isEmpty()) {
      v[0] = random.nextLong(0, 500_000);
      v[1] = random.nextLong(0, 100_000);
      v[2] = random.nextLong(0, 300_000);
      return v;
    }
    for (Node c : n.children()) {
      long[] cv = values(c, random, out);
      for (int k = 0; k < 3; k++) {
        v[k] += cv[k];
      }
    }
    return v;
  }

  /** The five column values of {personnel, public operation, project}. */
  private static BigDecimal[] columns(long[] v) {
    long basic = v[0] + v[1];
    long[] cols = {basic + v[2], basic, v[0], v[1], v[2]};
    BigDecimal[] out = new BigDecimal[cols.length];
    for (int i = 0; i < cols.length; i++) {
      out[i] = BigDecimal.valueOf(cols[i], 2);
    }
    return out;
  }

  private static DisclosureTable.Row row(String code, String label, long[] v, int line) {
    List<String> cells = new ArrayList<>();
    cells.add(code == null ? "" : code);
    cells.add(label);
    for (BigDecimal d : columns(v)) {
      cells.add(d.toPlainString());
    }
    DisclosureTable.Row.Builder b = DisclosureTable.Row.builder().addAllCells(cells).label(label).line(line);
    if (code != null) {
      b.code(code);
    }
    return b.build();
  }

  private static void add(List<Fact> out, String source, String tableId, Coordinates unitBase, String code,
      String label, long[] v, int line) {
    BigDecimal[] cols = columns(v);
    // the row's coordinates, shared by its cells (the 合计 column's is the row's own)
    Coordinates base = code == null ? unitBase : unitBase.with(FactDimension.FUNCTION, code);
    // one provenance per row, shared by its cells (as the readers build them)
    Provenance.Builder p = Provenance.builder().source(source).tableId(tableId).tableTitle(TABLE_TITLE)
        .rowLabel(label).line(line);
    if (code != null) {
      p.rowCode(code);
    }
    Provenance row = p.build();
    for (int i = 0; i < cols.length; i++) {
      Coordinates c = TYPES[i] == null ? base : base.with(FactDimension.SPENDING_TYPE, TYPES[i]);
      out.add(Fact.of(Concept.EXPENDITURE, c, Amount.of(cols[i], MoneyUnit.WAN_YUAN),
          row.cell(Optional.of(HEADERS[i]), Optional.of(COLUMN_NUMBERS[i]), Optional.empty())));
    }
  }

  private static DisclosureTable table(String source, String id, List<DisclosureTable.Row> rows, int line) {
    List<DisclosureTable.Column> columns = new ArrayList<>();
    columns.add(DisclosureTable.Column.of(0, List.of("科目编码"), Optional.empty()));
    columns.add(DisclosureTable.Column.of(1, List.of("科目名称"), Optional.empty()));
    for (int i = 0; i < HEADERS.length; i++) {
      columns.add(DisclosureTable.Column.of(i + 2, List.of(HEADERS[i].split("/")), Optional.of(String.valueOf(i + 1))));
    }
    return DisclosureTable.builder().id(id).title(TABLE_TITLE).kind(KIND).unit(MoneyUnit.WAN_YUAN)
        .addHeaderRows(List.of("科目编码", "科目名称", "合 计", "基本支出", "", "", "项目支出"))
        .addHeaderRows(List.of("", "", "", "小计", "人员经费", "公用经费", ""))
        .addAllColumns(columns).addAllRows(rows)
        .provenance(Provenance.builder().source(source).tableId(id).tableTitle(TABLE_TITLE).line(line).build())
        .build();
  }

  private static java.util.Set<String> codes() {
    try (java.io.InputStream in = SyntheticDocuments.class.getResourceAsStream("synthetic-function-codes.txt")) {
      if (in == null) {
        throw new IllegalStateException("synthetic-function-codes.txt is missing from the classpath");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The listed 2024 function codes of the standard catalogue as a tree of 类 → 款 → 项. */
  private static List<Node> tree() {
    List<CatalogueEntry> entries = Catalogue.standard().entries().stream()
        .filter(e -> e.scheme() == Scheme.FUNCTION && e.isValidIn(YEAR))
        // a fixed list of codes: the document keeps the size the benchmarks were calibrated with,
        // whatever else the catalogue lists and whatever confidence it gives its entries
        .filter(e -> CODES.contains(e.code().digits()))
        .sorted(Comparator.comparing(CatalogueEntry::code)).toList();
    List<Node> roots = new ArrayList<>();
    java.util.Map<String, Node> byCode = new java.util.HashMap<>();
    for (CatalogueEntry e : entries) {
      Node n = new Node(e, new ArrayList<>());
      byCode.put(e.code().digits(), n);
      Optional<Code> parent = e.code().parent();
      Node p = parent.map(c -> byCode.get(c.digits())).orElse(null);
      if (p != null) {
        p.children().add(n);
      } else if (parent.isEmpty()) {
        roots.add(n);
      }
      // an entry whose parent is not in the catalogue is left out: its sum would have no parent row
    }
    return roots;
  }

  /**
   * The number of facts of {@link #departmentBudget}{@code (facts, seed)} (for any seed), without
   * making the document: what a benchmark of {@code facts} divides by for a cost per fact.
   *
   * @param facts the minimum number of facts, ≥ 1
   * @return the exact number of facts of the document
   */
  public static int factCount(int facts) {
    if (facts < 1) {
      throw new IllegalArgumentException("facts must be positive: " + facts);
    }
    int all = 0;
    while (all < facts) {
      int table = 0;
      for (Node c : CLASSES) {
        if (table > 0 && all + table + FACTS_PER_ROW >= facts) {
          break;
        }
        table += FACTS_PER_ROW * rows(c);
      }
      all += FACTS_PER_ROW + table;
    }
    return all;
  }

  /** The rows of a 类's subtree: the node and its descendants. */
  private static int rows(Node n) {
    int r = 1;
    for (Node c : n.children()) {
      r += rows(c);
    }
    return r;
  }

  /**
   * The number of facts of one complete unit table.
   *
   * @return rows (the 合计 row and every 类, 款 and 项) × {@link #FACTS_PER_ROW}
   */
  public static int factsPerUnit() {
    int rows = 1;
    List<Node> stack = new ArrayList<>(CLASSES);
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      rows++;
      stack.addAll(n.children());
    }
    return rows * FACTS_PER_ROW;
  }
}
