package dev.yusuan.cli;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.DocumentReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueFormatException;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import dev.yusuan.rules.RulePack;
import dev.yusuan.rules.RuleSyntaxException;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The integration points of the command line, in one place: which reader reads documents and which
 * validator checks them.
 */
public final class Wiring {
  private Wiring() {}

  /** The standard engine: readers found by {@link BudgetIo}, the standard rule pack plus rule files. */
  public static Engine standard(List<Path> ruleFiles) throws IOException {
    Validator.Builder b = Validator.builder().addAll(StandardRules.all());
    for (Path f : ruleFiles) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new InputException("rule file not found / 规则文件不存在: " + f);
      }
      try {
        b.add(RulePack.parse(f.toString(), text));
      } catch (RuleSyntaxException e) {
        throw new InputException(e.getMessage());
      }
    }
    return engine(b.build());
  }

  /**
   * An engine reading with {@link BudgetIo} and validating with {@code v}, both with {@code v}'s catalogue.
   * The list of rules is made when asked for ({@code yusuan rules}), not before: listing them would make
   * every pack of {@link StandardRules#all()}, which a check makes only for the templates it reads.
   */
  static Engine engine(Validator v) {
    Engine plain = engine(v::validate, null, v::rules);
    Catalogue catalogue = v.catalogue();
    return new Engine() {
      @Override
      public BudgetDocument read(InputStream in, String name) throws IOException {
        return BudgetIo.read(in, name, catalogue);
      }

      @Override
      public BudgetDocument read(InputStream in, String name, dev.yusuan.io.ReadLimits limits)
          throws IOException {
        return BudgetIo.read(in, name, catalogue, limits);
      }

      @Override
      public BudgetDocument read(List<Path> files) throws IOException {
        return BudgetIo.read(files, catalogue);
      }

      @Override
      public BudgetDocument read(List<Path> files, dev.yusuan.io.ReadLimits limits) throws IOException {
        return BudgetIo.read(files, catalogue, limits);
      }

      @Override
      public Report validate(BudgetDocument document) {
        return v.validate(document);
      }

      @Override
      public dev.yusuan.rules.SeriesReport validateSeries(List<BudgetDocument> documents) {
        return v.validateSeries(documents);
      }

      @Override
      public Engine withCatalogue(Catalogue other) {
        return engine(v.withCatalogue(other));
      }

      @Override
      public List<RuleInfo> rules() {
        return plain.rules();
      }

      @Override
      public Set<String> extensions() {
        return plain.extensions();
      }
    };
  }

  /**
   * The catalogue of {@code --catalogue FILE}: the bundled catalogue with the file's entries in place
   * of its own for every code the file lists.
   *
   * @throws InputException when the file is missing or malformed (naming every bad line)
   */
  static Catalogue catalogue(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException("no such catalogue file / 科目表文件不存在: " + file);
    }
    try {
      return Catalogue.standard().withOverrides(Catalogue.load(file));
    } catch (CatalogueFormatException e) {
      throw new InputException(e.getMessage());
    } catch (IOException e) {
      throw new InputException("cannot read catalogue / 无法读取科目表: " + file + ": " + e.getMessage());
    }
  }

  /** An engine reading with {@link BudgetIo} and validating with {@code validator}. */
  public static Engine engine(Function<BudgetDocument, Report> validator, List<RuleInfo> rules) {
    return engine(validator, null, rules);
  }

  /**
   * An engine reading with {@link BudgetIo}, validating with {@code validator} and series with
   * {@code series} (null: each document on its own, see {@link Engine#validateSeries}).
   */
  public static Engine engine(Function<BudgetDocument, Report> validator,
      Function<List<BudgetDocument>, dev.yusuan.rules.SeriesReport> series, List<RuleInfo> rules) {
    return engine(validator, series, () -> rules);
  }

  /** {@link #engine(Function, Function, List)} with the rules listed by {@code rules} when first asked for. */
  private static Engine engine(Function<BudgetDocument, Report> validator,
      Function<List<BudgetDocument>, dev.yusuan.rules.SeriesReport> series, Supplier<List<RuleInfo>> rules) {
    Supplier<List<RuleInfo>> listed = new Supplier<>() {
      private List<RuleInfo> made;

      @Override
      public synchronized List<RuleInfo> get() {
        if (made == null) {
          made = rules.get();
        }
        return made;
      }
    };
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
      public BudgetDocument read(InputStream in, String name, dev.yusuan.io.ReadLimits limits)
          throws IOException {
        return BudgetIo.read(in, name, limits);
      }

      @Override
      public BudgetDocument read(List<Path> files, dev.yusuan.io.ReadLimits limits) throws IOException {
        return BudgetIo.read(files, Catalogue.standard(), limits);
      }

      @Override
      public Report validate(BudgetDocument document) {
        return validator.apply(document);
      }

      @Override
      public dev.yusuan.rules.SeriesReport validateSeries(List<BudgetDocument> documents) {
        return series == null ? Engine.super.validateSeries(documents) : series.apply(documents);
      }

      @Override
      public List<RuleInfo> rules() {
        return listed.get();
      }

      @Override
      public Set<String> extensions() {
        return ext;
      }
    };
  }

  /** A title for people: department, year, kind. */
  public static String title(BudgetDocument d) {
    return d.department().name() + " " + d.year() + " " + d.kind().zh();
  }
}
