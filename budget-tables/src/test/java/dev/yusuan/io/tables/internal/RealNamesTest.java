package dev.yusuan.io.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yusuan.model.layout.Layout;
import dev.yusuan.model.layout.Layouts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The table titles harvested from real disclosures of regions the layouts were not tuned on
 * ({@code real-names/titles.tsv}: name, kind, what the table is, where it was seen) run through the
 * recognition the readers use ({@link TableAssembly#layouts} chooses the document's set from all the titles
 * of one source, {@code TableAssembly.recognise} the layout of each) with a header such a table prints.
 * Each title is recognised as the table it is, unknown, or recognised as a WRONG table (worse than unknown:
 * its amounts would become facts of another table). docs/layouts.md holds the figures.
 */
class RealNamesTest {
  /** Titles recognised as the table they are: the floor reached (a regression fails). */
  private static final int RECOGNISED_FLOOR = 83;

  /** The numbering of a 目录's entries (一、收入支出决算总表), not printed on the table's page. */
  private static final java.util.regex.Pattern TOC_NUMBER = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、");

  record Name(String name, String kind, String table, String source) {
    boolean isFinal() {
      return kind.equals("final");
    }
  }

  record Outcome(Name name, String layout, String verdict) {}

  static List<Name> names() throws IOException {
    List<Name> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        RealNamesTest.class.getResourceAsStream("/real-names/titles.tsv")), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        assertEquals(4, f.length, "name, kind, table, source: " + line);
        out.add(new Name(f[0], f[1], f[2], f[3]));
      }
    }
    return out;
  }

  /**
   * The table a layout describes, whatever the set: js.gpb-function, sh.gpb-function, zj.gpb-expenditure,
   * nb.gpb and nf.gpb are all the 一般公共预算 spending by function.
   */
  static String table(String kind) {
    String t = kind.substring(kind.indexOf('.') + 1).replaceFirst("^final-", "");
    return switch (t) {
      case "expenditure-summary" -> "expenditure";
      case "gpb-function", "gpb-expenditure" -> "gpb";
      case "gpb-basic-economic" -> "gpb-basic";
      case "gov-fund-function" -> "gov-fund";
      case "state-capital-function" -> "state-capital";
      default -> t;
    };
  }

  /** What a table of this kind prints as its header (the national template's words). */
  static List<List<String>> header(String table, boolean isFinal) {
    List<String> codes = isFinal ? List.of("科目编码", "科目名称", "本年支出") : List.of("科目编码", "科目名称");
    return switch (table) {
      case "summary" -> isFinal ? List.of(List.of("收入", "支出"), List.of("项目", "行次", "决算数", "项目", "行次", "决算数"))
          : List.of(List.of("收入", "支出"), List.of("项目", "预算数", "项目", "预算数"));
      case "fiscal-summary" -> isFinal
          ? List.of(List.of("收入", "支出"), List.of("项目", "行次", "金额", "项目", "行次", "合计",
              "一般公共预算财政拨款", "政府性基金预算财政拨款"))
          : List.of(List.of("收入", "支出"), List.of("项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算"));
      case "revenue" -> isFinal ? List.of(List.of("科目编码", "科目名称", "本年收入合计", "财政拨款收入", "事业收入", "其他收入"))
          : List.of(List.of("科目编码", "科目名称", "合计", "上年结转", "一般公共预算拨款收入", "事业收入", "其他收入"));
      case "gpb-basic" -> isFinal ? List.of(List.of("人员经费", "公用经费"), List.of("科目编码", "科目名称", "决算数"))
          : List.of(List.of("科目编码", "科目名称", "合计", "人员经费", "公用经费"));
      case "three-public" -> isFinal ? List.of(List.of("预算数", "决算数"), List.of("合计", "因公出国(境)费", "公务接待费"))
          : List.of(List.of("合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费"),
              List.of("小计", "公务用车购置费", "公务用车运行费"));
      case "gov-fund" -> isFinal ? List.of(List.of("科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出",
          "年末结转和结余")) : List.of(codes, List.of("合计", "基本支出", "项目支出"));
      case "operating-cost" -> List.of(codes, List.of(isFinal ? "决算数" : "合计"));
      case "other:heading" -> List.of();
      default -> List.of(codes, List.of("合计", "基本支出", "项目支出"));
    };
  }

  static List<Outcome> outcomes() throws IOException {
    Map<String, List<Name>> documents = new LinkedHashMap<>();
    for (Name n : names()) {
      documents.computeIfAbsent(n.source() + " " + n.kind(), k -> new ArrayList<>()).add(n);
    }
    List<Outcome> out = new ArrayList<>();
    for (List<Name> doc : documents.values()) {
      boolean isFinal = doc.get(0).isFinal();
      List<String> titles = doc.stream().map(n -> dev.yusuan.model.Names.key(n.name())).toList();
      List<List<List<String>>> headers = doc.stream().map(n -> header(n.table(), isFinal)).toList();
      // the national 决算 template prints 行次 (its 收入支出决算总表 and 财政拨款收入支出决算总表)
      Layouts set = TableAssembly.layouts(isFinal, isFinal, titles, headers);
      for (int i = 0; i < doc.size(); i++) {
        Name n = doc.get(i);
        Optional<Layout> l = TableAssembly.recognise(set, isFinal, titles.get(i), headers.get(i));
        String verdict = l.isEmpty() ? "unknown" : table(l.get().kind()).equals(n.table()) ? "recognised" : "WRONG";
        // the reader takes the line for a title first (its caption, or a 目录's numbering, apart)
        String line = TOC_NUMBER.matcher(Texts.withoutCaption(n.name())).replaceFirst("");
        if (!Texts.isTitle(line) && !verdict.equals("WRONG")) {
          verdict = "no-title";
        }
        out.add(new Outcome(n, l.map(Layout::kind).orElse("-"), verdict));
      }
    }
    return out;
  }

  @Test
  void harvestedTitlesAreRecognisedAsTheTableTheyAreOrUnknownNeverAsAnother() throws IOException {
    List<Outcome> outcomes = outcomes();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      counts.merge(o.verdict(), 1, Integer::sum);
      System.out.printf("%-10s %-26s %-8s %-22s %s%n", o.verdict(), o.layout(), o.name().kind(), o.name().table(),
          o.name().name());
    }
    System.out.println("real names: " + outcomes.size() + " titles, " + counts);
    List<Outcome> wrong = outcomes.stream().filter(o -> o.verdict().equals("WRONG")).toList();
    assertTrue(wrong.isEmpty(), "recognised as another table: " + wrong);
    int recognised = counts.getOrDefault("recognised", 0);
    assertTrue(recognised >= RECOGNISED_FLOOR, recognised + " recognised, below the floor " + RECOGNISED_FLOOR);
  }
}
