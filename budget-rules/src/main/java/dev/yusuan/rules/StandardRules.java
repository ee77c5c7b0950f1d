package dev.yusuan.rules;

import static dev.yusuan.model.Severity.ERROR;
import static dev.yusuan.rules.Rules.claims;
import static dev.yusuan.rules.Rules.facts;
import static dev.yusuan.rules.Rules.rule;

import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The standard rule packs. The arithmetic of the tables is written in the rule language
 * ({@code zhejiang-budget.rules}); checks that need more than arithmetic — duplicates, narrative
 * claims, structure and performance targets — are written with the Java DSL.
 */
public final class StandardRules {
  /** Name of the Zhejiang pack. */
  public static final String ZHEJIANG = "zhejiang-budget";
  private static final String RESOURCE = "zhejiang-budget.rules";

  private StandardRules() {}

  /** The pack for the Zhejiang budget set (the Keqiao example). */
  public static RulePack zhejiangBudget() {
    return Holder.ZJ;
  }

  /** The text of the Zhejiang arithmetic rules, as shipped. */
  public static String zhejiangRulesText() {
    try (InputStream in = StandardRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pack for a department budget, chosen by the template the reader recognised. */
  public static RulePack departmentBudget(BudgetDocument document) {
    String t = document.template().orElse("").toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.startsWith("zhejiang") || t.startsWith("zj")) {
      return zhejiangBudget();
    }
    return generic();
  }

  /** Rules that hold for any template: duplicates and narrative claims. */
  public static RulePack generic() {
    return Holder.GENERIC;
  }

  private static final class Holder {
    static final RulePack GENERIC = RulePack.builder("generic-budget", "1.0")
        .add(duplicates())
        .add(narrativeAmounts())
        .build();
    static final RulePack ZJ = RulePack.parse(RESOURCE, zhejiangRulesText()).plus(
        RulePack.builder(ZHEJIANG, "1.0").addAll(GENERIC).build());
  }

  static Rule.Builder duplicates() {
    return rule("dup.tables")
        .titled("同一数据多处公布时必须一致", "A figure published more than once agrees everywhere")
        .given(facts())
        .should(Rules.duplicatesAgree())
        .because("收支总表、支出总表、财政拨款总表等重复公布同一数据：同一事实只有一个真值")
        .severity(ERROR);
  }

  static Rule.Builder narrativeAmounts() {
    return rule("narrative.amount")
        .titled("说明中的金额与表格一致", "Amounts stated in the narrative agree with the tables")
        .given(claims())
        .should(Rules.narrativeAgreesWithTables())
        .because("说明文字引用的每个金额都必须与表格中的同一数据一致")
        .severity(ERROR);
  }

}
