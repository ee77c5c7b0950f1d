package dev.yusuan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Names;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.layout.Layout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The faster forms in {@link Structure} decide as the forms they replaced, on generated inputs:
 * {@link Structure#match} (every title normalised once, each entry's layout found once) pairs the
 * contents entries with the tables exactly as the former pass-by-pass comparison that normalised
 * both titles for every pair; {@link Structure#notedEmpty}, now asked only of a table group without
 * numbers, answers as the former loop over every note and row label.
 */
class StructureProperties {
  private static final List<Layout> LAYOUTS = Structure.LAYOUTS.all();
  private static final List<String> NOISE = List.of("", "一、", "3.", "(二)", "附表4", "2024年", "2024年度",
      "第二部分", "\u201C", "(功能科目)", "(表5)", "部门", "单位", "预算", "汇总", "明细");

  /** A title made of a layout's keywords (some dropped or repeated), with numbering and noise around. */
  @Provide
  Arbitrary<String> titles() {
    Arbitrary<String> keywords = Arbitraries.of(LAYOUTS).flatMap(l -> {
      List<String> k = new ArrayList<>(l.titleKeywords());
      k.addAll(l.titleExcludes());
      k.add("表");
      return Arbitraries.of(k).list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join("", ws));
    });
    Arbitrary<String> noise = Arbitraries.of(NOISE);
    return Combinators.combine(noise, keywords, noise, Arbitraries.of("", "表", "表\u201D"))
        .as((a, b, c, d) -> a + b + c + d);
  }

  @Provide
  Arbitrary<List<ContentsEntry>> entries() {
    return titles().map(t -> ContentsEntry.of(2, t)).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<DisclosureTable>> tables() {
    Arbitrary<String> kinds = Arbitraries.oneOf(Arbitraries.of(LAYOUTS).map(Layout::kind),
        Arbitraries.just(DisclosureTable.UNKNOWN_KIND));
    return Combinators.combine(titles(), kinds).as((t, k) -> DisclosureTable.builder().id("T").title(t).kind(k)
        .unit(MoneyUnit.YUAN).provenance(Provenance.of("x")).build()).list().ofMaxSize(12);
  }

  @Property(tries = 300)
  void contentsMatchAsBefore(@ForAll("entries") List<ContentsEntry> listed,
      @ForAll("tables") List<DisclosureTable> present) {
    List<String> titles = present.stream().map(t -> Structure.title(t.title())).toList();
    Set<String> families = new HashSet<>();
    present.forEach(t -> families.add(family(t.kind())));
    List<String> entryTitles = listed.stream().map(e -> Structure.title(e.title())).toList();
    assertThat(Structure.match(listed, entryTitles, present, titles, families)).containsExactly(before(listed, present, families));
  }

  @Provide
  Arbitrary<List<DisclosureTable>> labelled() {
    Arbitrary<String> text = Arbitraries.of("本表无数据", "合计", "本部门无政府性基金安排", "我单位没有相关支出", "空表",
        "不涉及", "一般公共服务支出", "注：无", "无");
    Arbitrary<DisclosureTable> table = Combinators.combine(text.list().ofMaxSize(3), text.list().ofMaxSize(4))
        .as((notes, labels) -> {
          DisclosureTable.Builder b = DisclosureTable.builder().id("T").title("表").unit(MoneyUnit.YUAN)
              .provenance(Provenance.of("x")).notes(notes);
          labels.forEach(l -> b.addRows(DisclosureTable.Row.builder().label(l).build()));
          return b.build();
        });
    return table.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 300)
  void notedEmptyAsBefore(@ForAll("labelled") List<DisclosureTable> tables) {
    java.util.regex.Pattern emptyNote = java.util.regex.Pattern.compile(
        ".*(无数据|空表|无此项|不涉及|(?:没有|无)(?:相关)?[^，,。;；]{0,24}?(?:支出|收入|收支|安排|经费|项目|预算)).*");
    boolean noted = false;
    for (DisclosureTable t : tables) {
      for (String n : t.notes()) {
        noted |= emptyNote.matcher(Names.key(n)).matches();
      }
      for (DisclosureTable.Row r : t.rows()) {
        noted |= r.label().map(l -> emptyNote.matcher(Names.key(l)).matches()).orElse(false);
      }
    }
    assertThat(Structure.notedEmpty(tables)).isEqualTo(noted);
  }

  // ------------------------------------------------ the former form of Structure.contents' matching

  static int[] before(List<ContentsEntry> listed, List<DisclosureTable> present, Set<String> families) {
    DisclosureTable[] tableOf = new DisclosureTable[listed.size()];
    boolean[] used = new boolean[present.size()];
    for (int pass = 0; pass < 5; pass++) {
      for (int i = 0; i < listed.size(); i++) {
        if (tableOf[i] != null) {
          continue;
        }
        String raw = listed.get(i).title();
        String e = Structure.title(raw);
        Layout el = pass == 1 || pass == 2 ? layoutOfTitle(raw, families) : null;
        for (int j = 0; j < present.size(); j++) {
          if (!used[j] && belong(pass, raw, e, el, present.get(j))) {
            tableOf[i] = present.get(j);
            used[j] = true;
            break;
          }
        }
      }
    }
    int[] out = new int[listed.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tableOf[i] == null ? -1 : indexOf(present, tableOf[i]);
    }
    return out;
  }

  private static int indexOf(List<DisclosureTable> l, DisclosureTable t) {
    for (int j = 0; j < l.size(); j++) {
      if (l.get(j) == t) {
        return j;
      }
    }
    return -1;
  }

  private static boolean belong(int pass, String raw, String entry, Layout entryLayout, DisclosureTable t) {
    String tt = Structure.title(t.title());
    return switch (pass) {
      case 0 -> entry.equals(tt);
      case 1 -> entryLayout != null && entryLayout.kind().equals(t.kind());
      case 2 -> entryLayout != null && titleScore(entryLayout, t.title()) > 0
          || Structure.LAYOUTS.kind(t.kind()).map(l -> titleScore(l, raw) > 0).orElse(false);
      case 3 -> Math.min(entry.length(), tt.length()) >= 4 && (entry.contains(tt) || tt.contains(entry));
      default -> Structure.dice(entry, tt) >= 0.75;
    };
  }

  private static String family(String kind) {
    int dot = kind.indexOf('.');
    return dot < 0 ? kind : kind.substring(0, dot);
  }

  private static Layout layoutOfTitle(String title, Set<String> families) {
    Layout best = null;
    int bestScore = 0;
    for (Layout l : LAYOUTS) {
      int score = families.contains(family(l.kind())) ? titleScore(l, title) : 0;
      if (score > bestScore) {
        best = l;
        bestScore = score;
      }
    }
    return best;
  }

  private static int titleScore(Layout l, String title) {
    String t = Names.key(title).replace("\"", "").replace("\u201C", "").replace("\u201D", "");
    int score = 0;
    for (String k : l.titleKeywords()) {
      if (!t.contains(k)) {
        return 0;
      }
      score += k.length();
    }
    for (String k : l.titleExcludes()) {
      if (t.contains(k)) {
        return 0;
      }
    }
    return score;
  }
}
