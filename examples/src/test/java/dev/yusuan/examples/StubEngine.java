package dev.yusuan.examples;

import dev.yusuan.cli.Engine;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the text reader and the rules engine in the examples' tests: every document has one
 * 三公 total of 60 万元, and a WARNING whenever the text contains {@code 2706.24}.
 */
final class StubEngine implements Engine {
  final Set<String> threads = ConcurrentHashMap.newKeySet();

  @Override
  public BudgetDocument read(InputStream in, String name) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return BudgetDocument.builder().source(name).department(Department.builder().name("区人大办").build())
        .year(2024).kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN).region(text)
        .addFacts(Fact.of(Concept.THREE_PUBLIC, Coordinates.EMPTY, Amount.of("60.00", MoneyUnit.WAN_YUAN),
            Provenance.builder().source(name).tableId("T07").line(9).build()))
        .build();
  }

  @Override
  public Report validate(BudgetDocument d) {
    threads.add(Thread.currentThread().getName());
    Report.Builder r = Report.builder().source(d.source()).title("区人大办 2024").rules(rules());
    if (d.region().orElse("").contains("2706.24")) {
      r.addFindings(Finding.builder().ruleId("stub.total").severity(Severity.WARNING).messageZh("总额")
          .messageEn("total").addLocations(Provenance.of(d.source())).build());
    }
    return r.build();
  }

  @Override
  public List<RuleInfo> rules() {
    return List.of(RuleInfo.builder().id("stub.total").titleZh("总额").titleEn("total")
        .severity(Severity.WARNING).pack("stub").build());
  }

  @Override
  public Set<String> extensions() {
    return Set.of("txt");
  }
}
