package dev.yusuan.cli;

import dev.yusuan.io.UnsupportedFormatException;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.FactDimension;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the reader and the rules engine: reads any UTF-8 text whose first line is not
 * {@code NOT A BUDGET}; reports an ERROR when the text contains {@code ERROR-MARK}, a WARNING when it
 * contains {@code 2706.24} (the Keqiao total), and always one INFO. The text travels in {@code region} (test only).
 */
final class FakeEngine implements Engine {
  final AtomicInteger created = new AtomicInteger();
  final Set<String> threads = ConcurrentHashMap.newKeySet();
  final Set<String> read = ConcurrentHashMap.newKeySet();

  static final List<RuleInfo> RULES = List.of(
      RuleInfo.builder().id("fake.error").titleZh("错误标记").titleEn("Error mark").severity(Severity.ERROR)
          .pack("fake").build(),
      RuleInfo.builder().id("fake.total").titleZh("总额").titleEn("Total").severity(Severity.WARNING)
          .pack("fake").build(),
      RuleInfo.builder().id("fake.info").titleZh("信息").titleEn("Info").severity(Severity.INFO)
          .pack("fake").build());

  Engine.Factory factory() {
    return files -> {
      created.incrementAndGet();
      return this;
    };
  }

  @Override
  public BudgetDocument read(InputStream in, String name) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    if (text.startsWith("NOT A BUDGET")) {
      throw new UnsupportedFormatException(name);
    }
    read.add(name);
    String first = text.strip().lines().findFirst().orElse("?").strip();
    Provenance p = Provenance.builder().source(name).tableId("T01").rowLabel("合计").columnHeader("总计")
        .line(3).text("2706.24").build();
    return BudgetDocument.builder().source(name).department(Department.builder().name(first).build())
        .year(2024).kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN)
        .addFacts(Fact.of(Concept.EXPENDITURE, Coordinates.of(FactDimension.FUNCTION, "201"),
            Amount.of("2187.51", MoneyUnit.WAN_YUAN), p))
        .region(text)
        .build();
  }

  @Override
  public Report validate(BudgetDocument d) {
    threads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
    String text = d.region().orElse("");
    Report.Builder r = Report.builder().source(d.source()).title(d.department().name()).rules(RULES);
    Provenance at = d.facts().get(0).provenance();
    if (text.contains("ERROR-MARK")) {
      r.addFindings(Finding.builder().ruleId("fake.error").severity(Severity.ERROR).messageZh("发现错误标记")
          .messageEn("error mark found").addLocations(at).build());
    }
    if (text.contains("2706.24")) {
      r.addFindings(Finding.builder().ruleId("fake.total").severity(Severity.WARNING).messageZh("总额 2706.24")
          .messageEn("total 2706.24").addLocations(at).build());
    }
    r.addFindings(Finding.builder().ruleId("fake.info").severity(Severity.INFO).messageZh("已读取")
        .messageEn("read").addLocations(Provenance.of(d.source())).build());
    return r.build();
  }

  @Override
  public List<RuleInfo> rules() {
    return RULES;
  }

  @Override
  public Set<String> extensions() {
    return Set.of("txt");
  }
}
