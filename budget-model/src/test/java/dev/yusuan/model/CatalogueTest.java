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
  void shippedFileReadWholeGivesTheEntriesOfALineReader() throws IOException {
    // Catalogue.standard() decodes the resource at once and splits its lines: the same entries, in the
    // same order, as the lines of a BufferedReader
    List<String> lines;
    try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.RESOURCE)) {
      lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
    assertThat(Catalogue.standard().entries()).containsExactlyElementsOf(Catalogue.read(lines, "x").entries());
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

  // ---------------------------------------------------------------- coverage of 2018-2026

  @Test
  void codesOfCurrentYearsAreKnown() {
    for (int y = 2019; y <= 2026; y++) {
      assertThat(cat.nameOf(Scheme.FUNCTION, "21201", y)).as("21201 in %d", y).contains("城乡社区管理事务");
      assertThat(cat.children(Scheme.FUNCTION, "21201", y)).extracting(e -> e.code().digits())
          .contains("2120101", "2120102", "2120104", "2120199");
      assertThat(cat.nameOf(Scheme.ECONOMIC_DEPARTMENT, "30311", y)).as("30311 in %d", y)
          .isEqualTo(y >= 2020 ? java.util.Optional.of("代缴社会保险费") : java.util.Optional.empty());
    }
    assertThat(cat.nameOf(Scheme.FUNCTION, "20139", 2024)).contains("社会工作事务");
    assertThat(cat.nameOf(Scheme.FUNCTION, "20139", 2026)).contains("社会工作事务");
    assertThat(cat.lookup(Scheme.FUNCTION, "20139", 2023)).isEmpty();
    // confirmed by the 2025 Putuo budget: 财政事务 items the former catalogue did not have
    for (String c : List.of("2010604", "2010605", "2010607", "2010608", "2109999")) {
      assertThat(cat.lookup(Scheme.FUNCTION, c, 2025)).as(c).isPresent()
          .get().extracting(CatalogueEntry::confidence).isEqualTo(CatalogueEntry.Confidence.CONFIRMED);
    }
  }

  @Test
  void everyFunctionClassOfTheYearsHasItsGroups() {
    List<String> classes = List.of("201", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213",
        "214", "215", "216", "217", "220", "221", "222", "224", "231", "232", "233");
    for (int y = 2018; y <= 2026; y++) {
      for (String c : classes) {
        if (c.equals("224") && y < 2019) {
          assertThat(cat.lookup(Scheme.FUNCTION, c, y)).isEmpty();
          continue;
        }
        assertThat(cat.children(Scheme.FUNCTION, c, y)).as("款 of %s in %d", c, y).isNotEmpty();
      }
    }
  }

  /** The classes budget disclosures use most have 项 under most of their 款. */
  @Test
  void mostUsedClassesHaveTheirItems() {
    List<String> classes = List.of("201", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215",
        "216", "220", "221", "222", "224");
    for (String c : classes) {
      List<CatalogueEntry> groups = cat.children(Scheme.FUNCTION, c, 2024);
      long withItems = groups.stream()
          .filter(g -> !cat.children(Scheme.FUNCTION, g.code().digits(), 2024).isEmpty()).count();
      assertThat(withItems).as("款 of %s with 项", c).isGreaterThanOrEqualTo(Math.max(1, groups.size() / 2));
    }
  }

  @Test
  void renamesResolveBothWaysByYear() {
    // 2019 machinery reform: 农业 → 农业农村, 林业 → 林业和草原, 国土资源事务 → 自然资源事务
    assertThat(cat.nameOf(Scheme.FUNCTION, "21301", 2018)).contains("农业");
    assertThat(cat.nameOf(Scheme.FUNCTION, "21301", 2019)).contains("农业农村");
    assertThat(cat.findByName(Scheme.FUNCTION, "农业", 2018)).extracting(e -> e.code().digits())
        .containsExactly("21301");
    assertThat(cat.findByName(Scheme.FUNCTION, "农业", 2019)).isEmpty();
    assertThat(cat.findByName(Scheme.FUNCTION, "农业农村", 2024)).extracting(e -> e.code().digits())
        .containsExactly("21301");
    assertThat(cat.nameOf(Scheme.FUNCTION, "22001", 2018)).contains("国土资源事务");
    assertThat(cat.nameMatches(Scheme.FUNCTION, "21302", "林业", 2017)).isTrue();
    assertThat(cat.nameMatches(Scheme.FUNCTION, "21302", "林业", 2020)).isFalse();
    // 2021: 扶贫 → 巩固脱贫攻坚成果衔接乡村振兴
    assertThat(cat.nameOf(Scheme.FUNCTION, "21305", 2020)).contains("扶贫");
    assertThat(cat.nameOf(Scheme.FUNCTION, "21305", 2021)).contains("巩固脱贫攻坚成果衔接乡村振兴");
    // codes added by the reform do not exist before it
    assertThat(cat.lookup(Scheme.FUNCTION, "22401", 2018)).isEmpty();
    assertThat(cat.lookup(Scheme.FUNCTION, "2082801", 2018)).isEmpty();
    assertThat(cat.lookup(Scheme.FUNCTION, "2082801", 2019)).isPresent();
    // and codes it removed do not exist after it
    assertThat(cat.nameOf(Scheme.FUNCTION, "21010", 2018)).contains("食品和药品监督管理事务");
    assertThat(cat.lookup(Scheme.FUNCTION, "21010", 2019)).isEmpty();
    assertThat(cat.lookup(Scheme.FUNCTION, "20704", 2019)).isEmpty();
    assertThat(cat.lookup(Scheme.FUNCTION, "20706", 2019)).isPresent();
  }

  @Test
  void governmentEconomicClassificationHasItsGroups() {
    for (String c : List.of("501", "502", "503", "505", "507", "509", "511", "513", "514", "599")) {
      assertThat(cat.children(Scheme.ECONOMIC_GOVERNMENT, c, 2024)).as(c).isNotEmpty();
    }
    assertThat(cat.nameOf(Scheme.ECONOMIC_GOVERNMENT, "50201", 2024)).contains("办公经费");
  }

  @Test
  void historyListsEveryPeriodOfACode() {
    Catalogue c = Catalogue.read(List.of("scheme\tcode\tname\tvalid_from\tvalid_to",
        "FUNCTION\t201\tNew\t2019", "FUNCTION\t201\tOld\t\t2018"), "t");
    assertThat(c.history(Scheme.FUNCTION, "201")).extracting(CatalogueEntry::name).containsExactly("Old", "New");
    assertThat(cat.history(Scheme.FUNCTION, "2082801")).hasSize(1);
    assertThat(cat.history(Scheme.FUNCTION, "2999999")).isEmpty();
  }

  // ---------------------------------------------------------------- a user's catalogue file

  @Test
  void aUserFileListsEveryBadLineWithItsNumber() {
    List<String> lines = List.of(
        "# 本地科目表",
        "scheme\tcode\tname\tvalid_from\tvalid_to\taliases\tconfidence",
        "FUNCTION\t2010101\t行政运行",
        "FUNCTION\t20\t太短",
        "\t2129901\t地方城乡社区项目",
        "FUNCTION\t201\t一般公共服务支出\t二〇一九",
        "FUNCTION\t2010102\t一般行政管理事务\t\t\t\tmaybe",
        "NOPE\t201\tX",
        "FUNCTION\t2010101\t行政运行（重复）");
    assertThatThrownBy(() -> Catalogue.read(lines, "local.tsv"))
        .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
          assertThat(e.source()).isEqualTo("local.tsv");
          assertThat(e.problems()).extracting(CatalogueFormatException.Problem::line)
              .containsExactly(4, 6, 7, 8, 9);
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.messageZh()).isNotBlank());
          assertThat(e.getMessage()).contains("local.tsv", "line 4", "第 4 行", "line 9", "also line 3");
        });
  }

  @Test
  void theSourceColumnListsIdsAndRejectsOthers() {
    String header = "scheme\tcode\tname\tvalid_from\tvalid_to\taliases\tconfidence\tsource";
    Catalogue c = Catalogue.read(List.of(header,
        "FUNCTION\t2010101\t行政运行\t\t\t\t\tlocal-2025|official.2024",
        "FUNCTION\t2010102\t一般行政管理事务\t\t\t\trecalled"), "src.tsv");
    assertThat(c.lookup(Scheme.FUNCTION, "2010101", 2025)).get().extracting(CatalogueEntry::sources)
        .isEqualTo(List.of("local-2025", "official.2024"));
    assertThat(c.lookup(Scheme.FUNCTION, "2010102", 2025)).get().extracting(CatalogueEntry::sources)
        .isEqualTo(List.of());
    assertThatThrownBy(() -> Catalogue.read(List.of(header,
        "FUNCTION\t2010101\t行政运行\t\t\t\t\tLocal 2025",
        "FUNCTION\t2010102\t一般行政管理事务\t\t\t\t\tok|",
        "FUNCTION\t2010103\t机关服务\t\t\t\t\tok\textra"), "bad.tsv"))
        .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
          assertThat(e.problems()).extracting(CatalogueFormatException.Problem::line).containsExactly(2, 3, 4);
          assertThat(e.problems().get(0).messageEn()).contains("source id 'Local 2025'");
          assertThat(e.problems().get(0).messageZh()).contains("来源编号");
        });
  }

  @Test
  void aUserFileMayBeShortInfersTheSchemeAndLoadsFromAPath(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("shanghai-2025.tsv");
    Files.writeString(f, "\uFEFFscheme\tcode\tname\n# 地方增列\n\t2129901\t地方城乡社区项目\n"
        + "ECONOMIC_DEPARTMENT\t30298\t地方商品服务\n");
    Catalogue user = Catalogue.load(f);
    assertThat(user.name()).isEqualTo("shanghai-2025.tsv");
    assertThat(user.isBundled()).isFalse();
    assertThat(user.nameOf(Scheme.FUNCTION, "2129901", 2025)).contains("地方城乡社区项目");
    Catalogue both = cat.withOverrides(user);
    assertThat(both.name()).isEqualTo("bundled + shanghai-2025.tsv");
    assertThat(both.nameOf(Scheme.ECONOMIC_DEPARTMENT, "30298", 2025)).contains("地方商品服务");
    assertThat(both.nameOf(Scheme.FUNCTION, "2010101", 2025)).contains("行政运行");
    assertThat(both.size()).isEqualTo(cat.size() + 2 - (cat.history(Scheme.FUNCTION, "2129901").size()));
    Files.writeString(f, "scheme\tcode\n");
    assertThatThrownBy(() -> Catalogue.load(f)).isInstanceOf(CatalogueFormatException.class)
        .hasMessageContaining("header").hasMessageContaining("表头");
    Files.write(f, new byte[] {'s', (byte) 0xC3, '\n'});
    assertThatThrownBy(() -> Catalogue.load(f)).isInstanceOf(CatalogueFormatException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void overridesReplaceEveryPeriodOfTheCodesTheyList() {
    Catalogue user = Catalogue.builder().name("mine").add(CatalogueEntry.builder().scheme(Scheme.FUNCTION)
        .code(Code.parse(Scheme.FUNCTION, "210")).name("卫生支出").validFrom(2025).build()).build();
    Catalogue both = cat.withOverrides(user);
    assertThat(both.nameOf(Scheme.FUNCTION, "210", 2025)).contains("卫生支出");
    assertThat(both.lookup(Scheme.FUNCTION, "210", 2018)).isEmpty();
    assertThat(both.nameOf(Scheme.FUNCTION, "21011", 2025)).contains("行政事业单位医疗");
    CatalogueEntry a = CatalogueEntry.builder().scheme(Scheme.FUNCTION).code(Code.parse(Scheme.FUNCTION, "201"))
        .name("A").build();
    assertThatThrownBy(() -> Catalogue.builder().add(a).add(a).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same year");
  }

  @Test
  void confidenceLabels() {
    assertThat(CatalogueEntry.Confidence.parse("")).isEqualTo(CatalogueEntry.Confidence.CONFIRMED);
    assertThat(CatalogueEntry.Confidence.parse(" Recalled ")).isEqualTo(CatalogueEntry.Confidence.RECALLED);
    assertThatThrownBy(() -> CatalogueEntry.Confidence.parse("sure")).hasMessageContaining("unsure");
    assertThat(cat.entries()).extracting(CatalogueEntry::confidence)
        .contains(CatalogueEntry.Confidence.CONFIRMED, CatalogueEntry.Confidence.RECALLED,
            CatalogueEntry.Confidence.UNSURE);
  }
}
