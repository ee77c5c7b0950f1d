package dev.yusuan.cli;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.DocumentReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The integration points of the command line, in one place: which reader reads documents and which
 * validator checks them.
 */
public final class Wiring {
  private Wiring() {}

  /** The standard engine: readers found by {@link BudgetIo}, the standard rule pack plus rule files. */
  public static Engine standard(List<Path> ruleFiles) throws IOException {
    // WIRE(rules): replace the two lines below with the validator of budget-rules, e.g.
    //   Validator v = Validator.of(StandardRules.departmentBudget(), RuleFiles.load(ruleFiles));
    //   return engine(v::validate, v.rules());
    if (!ruleFiles.isEmpty()) {
      throw new IOException("rule files need the rules engine, which is not wired yet / 规则文件需要规则引擎");
    }
    return engine(Wiring::noRules, List.of());
  }

  /** An engine reading with {@link BudgetIo} and validating with {@code validator}. */
  public static Engine engine(Function<BudgetDocument, Report> validator, List<RuleInfo> rules) {
    Set<String> ext = new TreeSet<>();
    for (DocumentReader r : BudgetIo.readers()) {
      r.extensions().forEach(e -> ext.add(e.toLowerCase(Locale.ROOT)));
    }
    return new Engine() {
      @Override
      public BudgetDocument read(InputStream in, String name) throws IOException {
        return BudgetIo.read(in, name);
      }

      @Override
      public Report validate(BudgetDocument document) {
        return validator.apply(document);
      }

      @Override
      public List<RuleInfo> rules() {
        return rules;
      }

      @Override
      public Set<String> extensions() {
        return ext;
      }
    };
  }

  /** Placeholder until the rules engine is wired: a report without findings. */
  private static Report noRules(BudgetDocument d) {
    return Report.builder().source(d.source()).title(title(d)).build();
  }

  /** A title for people: department, year, kind. */
  public static String title(BudgetDocument d) {
    return d.department().name() + " " + d.year() + " " + d.kind().zh();
  }
}
