package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Code;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code structure.catalogue}: a well-formed code the catalogue does not know is a WARNING, never an
 * ERROR; the validator's catalogue (a user's official list) is the one checked against.
 */
class CatalogueRuleTest {
  static final Validator V = Validator.of(StandardRules.zhejiangBudget());

  /** The Keqiao 2024 budget with every 30239 其他交通费用 row printed as {@code code} instead. */
  static BudgetDocument withCode(String code, String label) {
    BudgetDocument k = KeqiaoFixture.document();
    List<Fact> facts = k.facts().stream().map(f -> !"30239".equals(f.provenance().rowCode().orElse("")) ? f
        : Fact.builder().from(f).coordinates(f.coordinates().with(FactDimension.ECONOMIC, code))
            .provenance(Provenance.builder().from(f.provenance()).rowCode(code).rowLabel(label).build()).build())
        .toList();
    return BudgetDocument.builder().from(k).facts(facts).build();
  }

  static List<Finding> catalogueFindings(Report r) {
    return r.findings().stream().filter(f -> f.ruleId().equals("structure.catalogue")).toList();
  }

  @Test
  void theRuleIsAWarningRule() {
    assertThat(V.rules()).filteredOn(i -> i.id().equals("structure.catalogue"))
        .singleElement().extracting(RuleInfo::severity).isEqualTo(Severity.WARNING);
  }

  @Test
  void anUnknownWellFormedCodeIsAWarningNamingTheBundledYearCatalogue() {
    Report base = V.validate(KeqiaoFixture.document());
    assertThat(catalogueFindings(base)).isEmpty();
    Report r = V.validate(withCode("30298", "其他交通费用"));
    List<Finding> found = catalogueFindings(r);
    assertThat(found).isNotEmpty().allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.messageZh()).contains("30298", "不在内置 2024 年");
      assertThat(f.messageEn()).contains("30298", "not in the bundled 2024 catalogue");
      assertThat(f.locations()).extracting(p -> p.rowCode().orElse("")).contains("30298");
    });
    // nothing else changes: the unknown code adds no ERROR
    assertThat(r.count(Severity.ERROR)).isEqualTo(base.count(Severity.ERROR));
  }

  @Test
  void aUserCatalogueListingTheCodeSilencesTheWarning() {
    Catalogue user = Catalogue.read(List.of("scheme\tcode\tname", "ECONOMIC_DEPARTMENT\t30298\t其他交通费用"),
        "local.tsv");
    Validator v = V.withCatalogue(Catalogue.standard().withOverrides(user));
    assertThat(v.catalogue().name()).isEqualTo("bundled + local.tsv");
    assertThat(catalogueFindings(v.validate(withCode("30298", "其他交通费用")))).isEmpty();
    // a name differing from the user's list is a WARNING naming that list
    List<Finding> renamed = catalogueFindings(v.validate(withCode("30298", "交通补助")));
    assertThat(renamed).isNotEmpty().allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.messageZh()).contains("bundled + local.tsv", "交通补助", "其他交通费用");
    });
    assertThat(Validator.builder().add(StandardRules.zhejiangBudget()).catalogue(user).build().catalogue())
        .isSameAs(user);
  }

  @Test
  void aCodeOfOtherYearsSaysWhichYears() {
    Catalogue old = Catalogue.builder().name("old").add(CatalogueEntry.builder().scheme(Scheme.ECONOMIC_DEPARTMENT)
        .code(Code.parse(Scheme.ECONOMIC_DEPARTMENT, "30298")).name("旧科目").validFrom(2019).validTo(2020).build())
        .build();
    List<Finding> found = catalogueFindings(V.withCatalogue(Catalogue.standard().withOverrides(old))
        .validate(withCode("30298", "旧科目")));
    assertThat(found).isNotEmpty().allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.hint()).get().asString().contains("2019–2020", "旧科目");
    });
  }

  @Test
  void aNameDifferingFromAnEntryTheCatalogueIsUnsureOfIsInfo() {
    Catalogue unsure = Catalogue.builder().add(CatalogueEntry.builder().scheme(Scheme.ECONOMIC_DEPARTMENT)
        .code(Code.parse(Scheme.ECONOMIC_DEPARTMENT, "30298")).name("可能的名称")
        .confidence(CatalogueEntry.Confidence.UNSURE).build()).build();
    List<Finding> found = catalogueFindings(V.withCatalogue(Catalogue.standard().withOverrides(unsure))
        .validate(withCode("30298", "其他交通费用")));
    assertThat(found).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  /**
   * Before the 2018 reform of the 支出经济分类 (30311 住房公积金 and 30312 提租补贴 were 对个人和家庭的补助
   * codes, 30104 社会保障缴费) the old codes are not checked against the new lists: one INFO, no
   * WARNING; from 2018 the same code is a WARNING.
   */
  @Test
  void preReformEconomicCodesAreOneInfoNotWarnings() {
    BudgetDocument old = BudgetDocument.builder().from(withCode("30311", "住房公积金")).year(2017).build();
    List<Finding> found = catalogueFindings(V.validate(old));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.messageZh()).contains("2017", "2018", "30311 住房公积金");
      assertThat(f.messageEn()).contains("predates the 2018 reform");
    });
    BudgetDocument reformed = BudgetDocument.builder().from(withCode("30311", "住房公积金")).year(2018).build();
    assertThat(catalogueFindings(V.validate(reformed))).isNotEmpty()
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }
}
