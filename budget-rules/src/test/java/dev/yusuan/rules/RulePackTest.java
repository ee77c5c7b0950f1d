package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulePackTest {
  /** A pack whose one rule always reports, so a report shows which packs ran. */
  private static RulePack marker(String name) {
    return RulePack.of(name, "1", Rules.rule(name + ".ran").titled(name, name)
        .should(ctx -> ctx.report(ctx.finding().messageZh(name).messageEn(name)
            .addLocations(Provenance.of(ctx.document().source())).build()))
        .because("test").severity(Severity.INFO).build());
  }

  private static List<String> ran(Validator v, BudgetDocument d) {
    return v.validate(d).findings().stream().map(Finding::ruleId).sorted().toList();
  }

  private static BudgetDocument doc(String template) {
    BudgetDocument d = new DocBuilder("d.txt", 2024).build();
    return BudgetDocument.builder().from(d).template(java.util.Optional.ofNullable(template)).build();
  }

  @Test
  void templatePacksRunOnTheirTemplateAndFallbacksOnTheRest() {
    Validator v = Validator.builder()
        .add(marker("zj").forTemplates("zhejiang"))
        .add(marker("js").forTemplates("Jiangsu"))
        .add(marker("generic").asFallback())
        .add(marker("user"))
        .build();
    assertThat(ran(v, doc("zhejiang"))).containsExactly("user.ran", "zj.ran");
    assertThat(ran(v, doc("jiangsu"))).containsExactly("js.ran", "user.ran");
    assertThat(ran(v, doc("shanghai"))).containsExactly("generic.ran", "user.ran");
    assertThat(ran(v, doc(null))).containsExactly("generic.ran", "user.ran");
  }

  @Test
  void standardPacksCheckTheKeqiaoTemplateWithTheZhejiangRulesOnly() {
    List<RulePack> all = StandardRules.all();
    List<RulePack> chosen = RulePack.selectFor(all, doc("zhejiang"));
    assertThat(chosen).extracting(RulePack::name).containsExactly(StandardRules.ZHEJIANG);
    assertThat(RulePack.selectFor(all, doc(null))).extracting(RulePack::name)
        .containsExactly(StandardRules.generic().name());
  }

  @Test
  void departmentBudgetIsTheChoiceOfAll() {
    assertThat(StandardRules.departmentBudget(doc("zhejiang")).name()).isEqualTo(StandardRules.ZHEJIANG);
    assertThat(StandardRules.departmentBudget(doc(null)).name()).isEqualTo(StandardRules.generic().name());
    assertThat(StandardRules.departmentBudget(doc("hubei")).name()).isEqualTo(StandardRules.generic().name());
  }

  @Test
  void aDeferredPackIsMadeOnceAndOnlyWhenADocumentSelectsIt() {
    java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    RulePack js = RulePack.deferred(() -> {
      made.incrementAndGet();
      return marker("js");
    }).forTemplates("jiangsu");
    Validator v = Validator.builder().add(marker("zj").forTemplates("zhejiang")).add(js)
        .add(marker("generic").asFallback()).build();
    assertThat(ran(v, doc("zhejiang"))).containsExactly("zj.ran");
    assertThat(ran(v, doc(null))).containsExactly("generic.ran");
    assertThat(made).hasValue(0);
    assertThat(js.templates()).containsExactly("jiangsu");
    assertThat(ran(v, doc("jiangsu"))).containsExactly("js.ran");
    assertThat(ran(v, doc("jiangsu"))).containsExactly("js.ran");
    assertThat(js.name()).isEqualTo("js");
    assertThat(made).hasValue(1);
  }

  @Test
  void everyStandardPackIsThePackOfItsOwnMethodRestrictedToItsTemplate() {
    List<RulePack> made = List.of(StandardRules.zhejiangBudget().forTemplates("zhejiang"),
        StandardRules.jiangsuBudget().forTemplates("jiangsu"), StandardRules.shanghaiBudget().forTemplates("shanghai"),
        StandardRules.shanghaiFinal().forTemplates("shanghai-final"),
        StandardRules.nationalFinal().forTemplates("national-final"),
        StandardRules.nationalBudget().forTemplates("national-budget"), StandardRules.generic().asFallback());
    List<RulePack> all = StandardRules.all();
    assertThat(all).hasSameSizeAs(made);
    for (int i = 0; i < made.size(); i++) {
      RulePack deferred = all.get(i);
      RulePack eager = made.get(i);
      assertThat(deferred.templates()).isEqualTo(eager.templates());
      assertThat(deferred.isFallback()).isEqualTo(eager.isFallback());
      assertThat(deferred.name()).isEqualTo(eager.name());
      assertThat(deferred.version()).isEqualTo(eager.version());
      assertThat(deferred.rules()).containsExactlyElementsOf(eager.rules());
      assertThat(deferred.infos()).isEqualTo(eager.infos());
      assertThat(deferred).hasToString(eager.toString());
    }
    assertThat(Validator.builder().addAll(all).build().rules())
        .isEqualTo(made.stream().flatMap(p -> p.infos().stream()).toList());
  }
}
