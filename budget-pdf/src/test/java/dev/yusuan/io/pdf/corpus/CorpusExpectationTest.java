package dev.yusuan.io.pdf.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.io.pdf.corpus.CorpusExpectation.TableExpectation;
import dev.yusuan.io.pdf.corpus.CorpusExpectation.Total;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ground truth itself: every expectation file parses, names PDFs that exist (once, byte for
 * byte as published: no copy of a file already in {@code real/}), and is consistent with itself.
 */
class CorpusExpectationTest {

  @Test
  void everyExpectationParsesAndItsSourcesExist() throws IOException {
    List<CorpusExpectation> all = CorpusTest.expectations();
    assertThat(all).extracting(CorpusExpectation::name).doesNotHaveDuplicates()
        .contains("shanghai-putuo-finance-bureau-2025", "shanghai-finance-bureau-2025-unit",
            "jiangsu-party-committee-office-2017", "jiangsu-cppcc-office-2018");
    for (CorpusExpectation e : all) {
      assertThat(e.sources()).allSatisfy(s -> assertThat(CorpusTest.resource(s)).isRegularFile());
      assertThat(e.tables()).as(e.name()).isNotEmpty();
      assertThat(e.tables()).extracting(TableExpectation::id).as(e.name()).doesNotHaveDuplicates();
    }
  }

  @Test
  void corpusPdfsAreUsedAndDoNotDuplicateTheRealFolder() throws IOException {
    Set<String> used = new HashSet<>();
    CorpusTest.expectations().forEach(e -> used.addAll(e.sources()));
    List<Path> corpusPdfs = pdfs(CorpusTest.resource("corpus"));
    assertThat(corpusPdfs).allSatisfy(p -> assertThat(used).contains("corpus/" + p.getFileName()));
    for (Path c : corpusPdfs) {
      for (Path r : pdfs(CorpusTest.resource("real"))) {
        assertThat(Files.mismatch(c, r)).as("%s is a copy of real/%s", c.getFileName(),
            r.getFileName()).isNotEqualTo(-1L);
      }
    }
  }

  @Test
  void everyTotalAndRowAmountIsOneOfItsTablesPrintedAmounts() throws IOException {
    for (CorpusExpectation e : CorpusTest.expectations()) {
      for (TableExpectation t : e.tables()) {
        List<BigDecimal> printed = t.amounts().stream().map(CorpusExpectation::value).toList();
        for (Total total : t.totals()) {
          BigDecimal v = CorpusExpectation.value(total.value());
          assertThat(printed).as("%s / %s total %s", e.name(), t.id(), total)
              .anyMatch(p -> p.compareTo(v) == 0);
        }
        assertThat(t.empty()).as("%s / %s", e.name(), t.id()).isEqualTo(t.amounts().isEmpty());
        List<BigDecimal> left = new ArrayList<>(printed);
        for (CorpusExpectation.Row r : t.rows()) {
          for (String a : r.amounts()) {
            assertThat(removeOne(left, CorpusExpectation.value(a)))
                .as("%s / %s row %s: %s is one of the table's amounts", e.name(), t.id(), r.code(), a)
                .isTrue();
          }
        }
      }
      assertThat(e.inconsistencies()).allSatisfy(i -> {
        assertThat(i.at()).isNotBlank();
        assertThat(i.evidence()).hasSizeGreaterThan(40);
      });
    }
  }

  /**
   * The code rows of the ground truth add up (类 = Σ款, 款 = Σ项, first column) within the rounding
   * of the printed figures: a typing slip in an expectation shows here.
   */
  @Test
  void codeRowsOfTheGroundTruthAddUp() throws IOException {
    int checked = 0;
    for (CorpusExpectation e : CorpusTest.expectations()) {
      for (TableExpectation t : e.tables()) {
        java.util.Map<String, BigDecimal> first = new java.util.LinkedHashMap<>();
        t.rows().forEach(r -> first.putIfAbsent(r.code(), CorpusExpectation.value(r.amounts().get(0))));
        for (var parent : first.entrySet()) {
          List<BigDecimal> children = first.entrySet().stream()
              .filter(c -> c.getKey().length() == parent.getKey().length() + 2
                  && c.getKey().startsWith(parent.getKey()))
              .map(java.util.Map.Entry::getValue).toList();
          if (children.isEmpty()) {
            continue;
          }
          BigDecimal sum = children.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal ulp = BigDecimal.ONE.movePointLeft(parent.getValue().scale());
          BigDecimal allowance = ulp.multiply(BigDecimal.valueOf(children.size() + 1))
              .divide(BigDecimal.valueOf(2));
          assertThat(parent.getValue().subtract(sum).abs())
              .as("%s / %s: %s = %s, its children add to %s", e.name(), t.id(), parent.getKey(),
                  parent.getValue(), sum)
              .isLessThanOrEqualTo(allowance);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(200);
  }

  @Test
  void titlesMatchByKeywordsWhateverTheSpacingQuotesAndBrackets() {
    TableExpectation t = CorpusExpectation.parse("t", List.of("document d", "source s", "year 2019",
        "kind DEPARTMENT_BUDGET", "table x | 收支预算总表 -财政拨款 | unit=万元", "empty")).tables().get(0);
    assertThat(t.matchesTitle("一、2018年度江苏省高级人民法院收支 预算总表")).isTrue();
    assertThat(t.matchesTitle("财政拨款收支预算总表")).isFalse();
    TableExpectation three = CorpusExpectation.parse("t", List.of("document d", "source s",
        "year 2019", "kind DEPARTMENT_BUDGET", "table x | 三公 (一般公共预算) | unit=万元", "empty"))
        .tables().get(0);
    assertThat(three.matchesTitle("“三公”经费、会议费、培训费支出预算表（一般公共预算）")).isTrue();
  }

  @Test
  void malformedExpectationsAreRejectedWithTheirLine() {
    List<String> head = List.of("document d", "source s", "year 2019", "kind DEPARTMENT_BUDGET");
    assertThatThrownBy(() -> CorpusExpectation.parse("f.expect", concat(head,
        "table x | k | unit=万元", "amounts 1,2.00"))).hasMessageContaining("f.expect:6")
        .hasMessageContaining("not a printed amount");
    assertThatThrownBy(() -> CorpusExpectation.parse("f.expect", concat(head,
        "table x | k | unit=万元"))).hasMessageContaining("either 'empty' or amounts");
    assertThatThrownBy(() -> CorpusExpectation.parse("f.expect", concat(head,
        "table x | k | unit=万元", "empty", "total 合计 | 9.00"))).hasMessageContaining("total needs");
    assertThatThrownBy(() -> CorpusExpectation.parse("f.expect", concat(head, "colour blue")))
        .hasMessageContaining("unknown key colour");
    assertThatThrownBy(() -> CorpusExpectation.parse("f.expect", List.of("document d")))
        .hasMessageContaining("required");
  }

  private static boolean removeOne(List<BigDecimal> values, BigDecimal v) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).compareTo(v) == 0) {
        values.remove(i);
        return true;
      }
    }
    return false;
  }

  private static List<String> concat(List<String> head, String... more) {
    return Stream.concat(head.stream(), Stream.of(more)).toList();
  }

  private static List<Path> pdfs(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
  }
}
