package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 目录 of the real disclosures read as printed (Jiangsu: 第X部分 / 一、…; Shanghai: 一、… / 1. 2025年…
 * with dot leaders) and matched to the tables the reader found: every table listed, every listed table
 * present, so {@code structure.contents} is quiet on them.
 */
class PdfContentsRealTest {
  private static final PdfReader READER = new PdfReader();

  static Path file(String dir, String name) {
    try {
      return Path.of(PdfContentsRealTest.class.getResource("/" + dir + "/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("jiangsu-cppcc-office-2017", List.of(file("real", "jiangsu-cppcc-office-2017-budget.pdf"),
            file("real", "jiangsu-cppcc-office-2017-budget-tables.pdf")), 12),
        Arguments.of("jiangsu-cppcc-office-2018", List.of(file("real", "jiangsu-cppcc-office-2018-budget.pdf"),
            file("real", "jiangsu-cppcc-office-2018-budget-tables.pdf")), 12),
        Arguments.of("jiangsu-cppcc-office-2019", List.of(file("real", "jiangsu-cppcc-office-2019-budget.pdf"),
            file("real", "jiangsu-cppcc-office-2019-budget-tables.pdf")), 12),
        Arguments.of("jiangsu-party-committee-office-2017", List.of(
            file("real", "jiangsu-party-committee-office-2017-budget.pdf"),
            file("real", "jiangsu-party-committee-office-2017-budget-tables.pdf")), 12),
        Arguments.of("jiangsu-party-committee-office-2018", List.of(
            file("real", "jiangsu-party-committee-office-2018-budget.pdf"),
            file("real", "jiangsu-party-committee-office-2018-budget-tables.pdf")), 12),
        Arguments.of("jiangsu-party-committee-office-2019", List.of(
            file("real", "jiangsu-party-committee-office-2019-budget.pdf"),
            file("real", "jiangsu-party-committee-office-2019-budget-tables.pdf")), 12),
        Arguments.of("jiangsu-high-court-2019", List.of(file("real", "jiangsu-high-court-2019-budget.pdf")), 12),
        Arguments.of("jiangsu-npcsc-office-2019", List.of(file("real", "jiangsu-npcsc-office-2019-budget.pdf"),
            file("real", "jiangsu-npcsc-office-2019-budget-tables.pdf")), 12),
        Arguments.of("shanghai-putuo-finance-bureau-2025",
            List.of(file("corpus", "shanghai-putuo-finance-bureau-2025-budget.pdf")), 9),
        Arguments.of("shanghai-finance-bureau-2025-unit",
            List.of(file("corpus", "shanghai-finance-bureau-2025-unit-budget.pdf")), 9));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theContentsListEveryTableOfTheDocument(String name, List<Path> files, int tables) throws Exception {
    BudgetDocument d = READER.read(files);
    List<ContentsEntry> all = d.contents();
    long listed = java.util.stream.IntStream.range(0, all.size())
        .filter(i -> all.get(i).title().endsWith("表")
            && !(i + 1 < all.size() && all.get(i + 1).level() > all.get(i).level())).count();
    List<Finding> f = Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(x -> x.ruleId().equals("structure.contents")).toList();
    System.out.println(name + ": " + all.size() + " entries, " + listed + " tables listed; " + f);
    assertThat(listed).as(name + " " + all).isEqualTo(tables);
    assertThat(f).as(name).isEmpty();
    // the twin: the same document without its first table (listed in the contents) is reported
    String dropped = d.tables().get(0).kind();
    BudgetDocument without = BudgetDocument.builder().from(d)
        .tables(d.tables().stream().filter(t -> !t.kind().equals(dropped)).toList()).build();
    assertThat(Validator.of(StandardRules.departmentBudget(d)).validate(without).findings())
        .as(name + " without " + dropped)
        .anySatisfy(x -> assertThat(x.ruleId() + " " + x.messageZh()).startsWith("structure.contents 目录列出"));
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(file("corpus", "shanghai-finance-bureau-2025-unit-budget.pdf"), DocumentKind.UNIT_BUDGET),
        Arguments.of(file("corpus", "shanghai-putuo-finance-bureau-2025-budget.pdf"), DocumentKind.DEPARTMENT_BUDGET),
        Arguments.of(file("real", "jiangsu-high-court-2019-budget.pdf"), DocumentKind.DEPARTMENT_BUDGET));
  }

  /** The kind the cover and the table titles state: a 单位预算 (预算单位 titles) is not a 部门预算. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void theKindIsTheOneTheTitlesState(Path file, DocumentKind kind) throws Exception {
    assertThat(READER.read(List.of(file)).kind()).isEqualTo(kind);
  }
}
