package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private final Catalogue cat = Catalogue.standard();

  @Test
  void shippedFileLoadsOnceAndIsNotEmpty() {
    assertThat(Catalogue.standard()).isSameAs(cat);
    assertThat(cat.size()).isGreaterThan(300);
    assertThat(cat.entries()).allSatisfy(e -> assertThat(e.code().scheme()).isEqualTo(e.scheme()));
  }

  @Test
  void everyFunctionClassWeShip() {
    assertThat(cat.nameOf(Scheme.FUNCTION, "201", 2024)).contains("一般公共服务支出");
    assertThat(cat.nameOf(Scheme.FUNCTION, "208", 2024)).contains("社会保障和就业支出");
    assertThat(cat.nameOf(Scheme.FUNCTION, "221", 2024)).contains("住房保障支出");
    assertThat(cat.nameOf(Scheme.FUNCTION, "233", 2024)).contains("债务发行费用支出");
    assertThat(cat.lookup(Scheme.FUNCTION, "218", 2024)).isEmpty();
  }

  @Test
  void renamedClassCarriesAliasByYear() {
    assertThat(cat.nameOf(Scheme.FUNCTION, "210", 2024)).contains("卫生健康支出");
    assertThat(cat.nameOf(Scheme.FUNCTION, "210", 2018)).contains("医疗卫生与计划生育支出");
    assertThat(cat.nameOf(Scheme.FUNCTION, "210", 2019)).contains("卫生健康支出");
    assertThat(cat.nameMatches(Scheme.FUNCTION, "210", "医疗卫生与计划生育支出", 2016)).isTrue();
    assertThat(cat.nameMatches(Scheme.FUNCTION, "210", "医疗卫生与计划生育支出", 2024)).isFalse();
    assertThat(cat.findByName(Scheme.FUNCTION, "医疗卫生与计划生育支出", 2017))
        .extracting(e -> e.code().digits()).containsExactly("210");
    assertThat(cat.findByName(Scheme.FUNCTION, "医疗卫生与计划生育支出", 2020)).isEmpty();
  }

  @Test
  void codeValidFromIsRespected() {
    assertThat(cat.lookup(Scheme.FUNCTION, "224", 2019)).isPresent();
    assertThat(cat.lookup(Scheme.FUNCTION, "224", 2018)).isEmpty();
    assertThat(cat.nameOf(Scheme.FUNCTION, "224", 2018)).isEmpty();
  }

  @Test
  void namesAreComparedAfterNormalisation() {
    // full-width brackets and a space inside, as PDFs print them
    assertThat(cat.nameMatches(Scheme.FUNCTION, "20131", "党委办公厅(室)及相关机构 事务", 2024)).isTrue();
    assertThat(cat.nameMatches(Scheme.ECONOMIC_DEPARTMENT, "30213", "维修(护)费", 2024)).isTrue();
    // U+2ECB (radical 车) as PDFs emit it
    assertThat(cat.findByName(Scheme.ECONOMIC_DEPARTMENT, "公务用\u2ECB运行维护费", 2024))
        .extracting(e -> e.code().digits()).containsExactly("30231");
    assertThat(cat.findByName(Scheme.FUNCTION, "行政事业单位医疗", 2024))
        .extracting(e -> e.code().digits()).containsExactly("21011");
    assertThat(cat.nameMatches(Scheme.FUNCTION, "2010101", "行政运行 ", 2024)).isTrue();
    assertThat(cat.nameMatches(Scheme.FUNCTION, "2010101", "一般行政管理事务", 2024)).isFalse();
  }

  @Test
  void sharedNamesFindEveryEntry() {
    List<CatalogueEntry> runs = cat.findByName(Scheme.FUNCTION, "行政运行", 2024);
    assertThat(runs).extracting(e -> e.code().digits())
        .contains("2010101", "2010201", "2013101", "2040501", "2101501");
    assertThat(runs).allSatisfy(e -> assertThat(e.code().level()).isEqualTo(CodeLevel.ITEM));
  }

  @Test
  void childrenInCodeOrder() {
    assertThat(cat.children(Scheme.FUNCTION, "22102", 2024)).extracting(e -> e.code().digits())
        .containsExactly("2210201", "2210202", "2210203");
    assertThat(cat.children(Scheme.FUNCTION, "2210201", 2024)).isEmpty();
    assertThat(cat.children(Scheme.ECONOMIC_DEPARTMENT, "303", 2024)).extracting(e -> e.name())
        .startsWith("离休费", "退休费").contains("其他对个人和家庭的补助");
    assertThat(cat.children(Scheme.FUNCTION, "210", 2024)).extracting(e -> e.code().digits())
        .contains("21011").doesNotContain("21015x");
    assertThat(cat.children(Scheme.FUNCTION, "210", 2018)).extracting(e -> e.code().digits())
        .doesNotContain("21015");
  }

  @Test
  void wholeDepartmentEconomicClassification() {
    for (String c : List.of("301", "302", "303", "307", "309", "310", "311", "312", "313", "399")) {
      assertThat(cat.lookup(Scheme.ECONOMIC_DEPARTMENT, c, 2024)).as(c).isPresent();
      assertThat(cat.children(Scheme.ECONOMIC_DEPARTMENT, c, 2024)).as(c).isNotEmpty();
    }
  }

  @Test
  void everyParentIsInTheCatalogue() {
    for (CatalogueEntry e : cat.entries()) {
      e.code().parent().ifPresent(p -> assertThat(cat.lookup(p, e.validFrom().orElse(2024)))
          .as("parent of %s", e.code()).isPresent());
    }
  }

  /** Every coded row of the Keqiao 2024 budget is in the catalogue under the name it was printed with. */
  @Test
  void everyCodeOfTheKeqiaoExampleIsKnownByItsPrintedName() throws IOException {
    // budget-model sits below budget-io, so the bundled example is read from the sibling module's
    // sources (the test runs with the module directory as working directory)
    Path file = Path.of("..", "budget-io", "src", "main", "resources", "dev", "yusuan", "io", "examples",
        "keqiao-rendaban-2024-budget.txt");
    assertThat(file).exists();
    assertPrintedCodesKnown(Files.readString(file, StandardCharsets.UTF_8), 2024);
  }

  /** Coded rows of the Jiangsu 2019 PDFs (extracted text, see test resource), under their 2019 names. */
  @Test
  void everyCodeOfTheJiangsuPdfsIsKnownByItsPrintedName() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/jiangsu-2019-codes.txt")) {
      text = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(text).as("test resource").isNotNull();
    assertPrintedCodesKnown(text, 2019);
  }

  private void assertPrintedCodesKnown(String text, int year) {
    Pattern row = Pattern.compile("(?m)^([23]\\d{2}(?:\\d{2}(?:\\d{2})?)?)\\t([^\\t\\n]+)");
    Matcher m = row.matcher(text);
    int n = 0;
    while (m.find()) {
      String code = m.group(1);
      Scheme scheme = code.startsWith("2") ? Scheme.FUNCTION : Scheme.ECONOMIC_DEPARTMENT;
      assertThat(cat.nameMatches(scheme, code, m.group(2), year))
          .as("%s %s in %d (catalogue: %s)", code, m.group(2), year, cat.nameOf(scheme, code, year))
          .isTrue();
      n++;
    }
    assertThat(n).isGreaterThan(20);
  }

  @Test
  void malformedLinesFailAtLoadNamingTheLine() {
    String h = "scheme\tcode\tname\tvalid_from\tvalid_to\taliases";
    assertThatThrownBy(() -> Catalogue.parse(List.of("# c", h, "FUNCTION\t20\t短"), "t.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("t.tsv line 3");
    assertThatThrownBy(() -> Catalogue.parse(List.of(h, "FUNCTION\t201\t一般\tx"), "t.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2").hasMessageContaining("year");
    assertThatThrownBy(() -> Catalogue.parse(List.of(h, "FUNCTION\t201\t一般\t\t\t旧名2014"), "t.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("NAME@FROM-TO");
    assertThatThrownBy(() -> Catalogue.parse(List.of(h, "NOPE\t201\t一般"), "t.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> Catalogue.parse(List.of(h, "FUNCTION\t201\t"), "t.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("blank name");
    assertThatThrownBy(() -> Catalogue.parse(List.of(h, "FUNCTION\t201\tA\t2019\t2018"), "t.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> Catalogue.parse(List.of(h, "FUNCTION\t201\tA", "FUNCTION\t201\tB"), "t.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("same year");
    assertThatThrownBy(() -> Catalogue.parse(List.of("FUNCTION\t201\tA"), "t.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("header");
  }

  @Test
  void aCodeMayHaveSeveralEntriesOverDisjointYears() {
    String h = "scheme\tcode\tname\tvalid_from\tvalid_to\taliases";
    Catalogue c = Catalogue.parse(List.of(h, "FUNCTION\t201\tOld\t\t2018", "FUNCTION\t201\tNew\t2019\t"), "t");
    assertThat(c.nameOf(Scheme.FUNCTION, "201", 2018)).contains("Old");
    assertThat(c.nameOf(Scheme.FUNCTION, "201", 2019)).contains("New");
    assertThat(c.findByName(Scheme.FUNCTION, "Old", 2019)).isEmpty();
  }
}
