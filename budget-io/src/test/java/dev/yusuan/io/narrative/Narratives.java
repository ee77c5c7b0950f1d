package dev.yusuan.io.narrative;

import dev.yusuan.io.internal.CodeNames;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Code;
import dev.yusuan.model.Department;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Section;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.util.List;

/** Test support: a document made of one narrative section, validated with the generic pack. */
final class Narratives {
  static final Validator GENERIC = Validator.of(StandardRules.generic());

  private Narratives() {}

  static BudgetDocument document(DocumentKind kind, String heading, String text) {
    CodeNames names = new CodeNames();
    names.add(Code.parse(Scheme.FUNCTION, "201"), "一般公共服务支出");
    names.add(Code.parse(Scheme.FUNCTION, "20101"), "人大事务");
    names.add(Code.parse(Scheme.FUNCTION, "2010101"), "行政运行");
    Section s = Section.builder().level(2).heading(heading).text(text)
        .provenance(Provenance.builder().source("n.txt").line(1).build()).build();
    ClaimExtractor.Result r = ClaimExtractor.extract(List.of(s),
        new NarrativeContext("n.txt", MoneyUnit.WAN_YUAN, names).withYear(2024));
    return BudgetDocument.builder().source("n.txt").department(Department.builder().name("某部门").build())
        .year(2024).kind(kind).unit(MoneyUnit.WAN_YUAN).addSections(s).addAllClaims(r.claims())
        .addAllFacts(r.facts()).addAllDiagnostics(r.diagnostics()).build();
  }

  /** Findings of the narrative rules for a budget narrative. */
  static List<Finding> findings(String heading, String text) {
    return findings(DocumentKind.DEPARTMENT_BUDGET, heading, text);
  }

  static List<Finding> findings(DocumentKind kind, String heading, String text) {
    return GENERIC.validate(document(kind, heading, text)).findings();
  }
}
