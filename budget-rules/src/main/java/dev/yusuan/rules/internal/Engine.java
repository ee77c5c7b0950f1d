package dev.yusuan.rules.internal;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.Rule;
import dev.yusuan.rules.RuleInfo;
import dev.yusuan.rules.RulePack;
import dev.yusuan.rules.TolerancePolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs rule packs on a document. */
public final class Engine {
  private Engine() {}

  public static Report run(List<RulePack> packs, TolerancePolicy tolerance, BudgetDocument doc) {
    return run(packs, tolerance, Catalogue.standard(), doc);
  }

  /** Runs the packs with {@code catalogue} as every rule's {@link Ctx#catalogue()}. */
  public static Report run(List<RulePack> packs, TolerancePolicy tolerance, Catalogue catalogue,
      BudgetDocument doc) {
    List<Ctx.Emitted> sink = new ArrayList<>();
    Report.Builder report = Report.builder().source(doc.source()).title(title(doc));
    DocIndex index;
    try {
      index = new DocIndex(doc, doc.factSet());
    } catch (RuntimeException e) {
      return report.addFindings(Finding.builder().ruleId("engine").severity(Severity.ERROR)
          .messageZh("无法索引文档数据：" + e).messageEn("cannot index the document's facts: " + e)
          .addLocations(Provenance.of(doc.source())).build()).build();
    }
    for (RulePack pack : RulePack.selectFor(packs, doc)) {
      List<RuleInfo> infos = pack.infos();
      for (int i = 0; i < infos.size(); i++) {
        Rule rule = pack.rules().get(i);
        report.addRules(infos.get(i));
        Ctx ctx = new Ctx(index, tolerance, catalogue, rule, sink);
        int before = sink.size();
        try {
          rule.check().check(ctx);
        } catch (RuntimeException | StackOverflowError e) {
          sink.subList(before, sink.size()).clear();
          sink.add(new Ctx.Emitted(Finding.builder().ruleId(rule.id()).severity(Severity.ERROR)
              .messageZh("规则 " + rule.id() + " 执行失败：" + e)
              .messageEn("rule " + rule.id() + " failed to run: " + e)
              .addLocations(Provenance.builder().source(doc.source()).text(rule.origin()).build())
              .hint("这是规则本身的问题，而不是文档的问题 / a problem of the rule, not of the document")
              .build(), List.of(), null));
        }
      }
    }
    List<Finding> findings = Doubt.cap(RootCause.assign(sink));
    findings.sort(Comparator.comparing(Finding::severity));
    return report.addAllFindings(findings).build();
  }

  static String title(BudgetDocument doc) {
    return doc.department().name() + " " + doc.year() + "年" + doc.kind().zh();
  }
}
