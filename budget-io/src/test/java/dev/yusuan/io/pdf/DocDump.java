package dev.yusuan.io.pdf;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Debug aid: reads PDFs as one document and prints tables, facts and diagnostics. */
public final class DocDump {
  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      files.add(Path.of(a));
    }
    BudgetDocument d = new PdfReader().read(files);
    System.out.println(d.department().name() + " " + d.year() + " " + d.kind() + " " + d.unit() + " "
        + d.template());
    for (Table t : d.tables()) {
      long n = d.facts().stream().filter(f -> f.provenance().tableId().equals(java.util.Optional.of(t.id()))).count();
      System.out.println(t.id() + " " + t.kind() + " " + t.title() + " rows=" + t.rows().size() + " facts=" + n);
    }
    if (System.getProperty("claims") != null) {
      d.claims().forEach(c -> System.out.println("  CLAIM " + c));
    }
    if (System.getProperty("facts") != null) {
      for (Fact f : d.facts()) {
        System.out.println("  " + f);
      }
    }
    for (Diagnostic g : d.diagnostics()) {
      System.out.println("  " + g);
    }
    System.out.println("facts=" + d.facts().size() + " diagnostics=" + d.diagnostics().size());
    if (System.getProperty("tamper") != null) {
      java.util.List<Fact> fs = new java.util.ArrayList<>();
      for (Fact f : d.facts()) {
        if (f.toString().contains(System.getProperty("tamper"))) {
          f = Fact.of(f.concept(), f.coordinates(), f.amount().plus(dev.yusuan.model.Amount.of("1.00",
              f.amount().unit())), f.provenance());
          System.out.println("tampered " + f);
        }
        fs.add(f);
      }
      d = BudgetDocument.builder().from(d).facts(fs).build();
    }
    dev.yusuan.rules.Report rep = dev.yusuan.rules.Validator.of(
        dev.yusuan.rules.StandardRules.departmentBudget(d)).validate(d);
    for (dev.yusuan.rules.Finding f : rep.findings()) {
      if (f.severity() != dev.yusuan.model.Severity.INFO || System.getProperty("info") != null) {
        System.out.println("  FINDING " + f.severity() + " " + f.ruleId() + ": " + f.messageZh());
      }
    }
    System.out.println("findings=" + rep.findings().size() + " errors="
        + rep.count(dev.yusuan.model.Severity.ERROR));
  }
}
