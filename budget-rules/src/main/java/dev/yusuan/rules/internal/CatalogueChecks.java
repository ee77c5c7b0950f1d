package dev.yusuan.rules.internal;

import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Classification codes of table rows against the catalogue of the document's year. A catalogue is
 * never complete (regions add 项, each year adds and renames codes), so a well-formed code it does not
 * know, or a name that differs from it, is a WARNING: the document does not contradict itself. A name
 * differing from an entry the catalogue itself is unsure of is INFO.
 */
public final class CatalogueChecks {
  private static final FactDimension[] CODED =
      {FactDimension.FUNCTION, FactDimension.ECONOMIC, FactDimension.ECONOMIC_GOVERNMENT};

  private CatalogueChecks() {}

  /**
   * The first budget year of 部门预算支出经济分类 and 政府预算支出经济分类 (the 2018 reform of the
   * 支出经济分类科目 replaced the old single list; its codes such as 30104 社会保障缴费 or 30311 住房公积金
   * mean something else, or nothing, in the new lists).
   */
  static final int ECONOMIC_REFORM_YEAR = 2018;

  /**
   * A row's scheme, code and label, equal when all three are (written out rather than a record: a
   * record's generated {@code equals} and {@code hashCode} went through method handles, a quarter of
   * this check's time on a small document). Only added to a set, never iterated.
   */
  private static final class Triple {
    private final Scheme scheme;
    private final String code;
    private final String label;

    Triple(Scheme scheme, String code, String label) {
      this.scheme = scheme;
      this.code = code;
      this.label = label;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Triple t && scheme == t.scheme && code.equals(t.code) && label.equals(t.label);
    }

    @Override
    public int hashCode() {
      return (31 * scheme.hashCode() + code.hashCode()) * 31 + label.hashCode();
    }
  }

  public static void codes(Ctx ctx, Catalogue catalogue) {
    int year = ctx.document().year();
    List<String> preReform = new java.util.ArrayList<>();
    Provenance firstPreReform = null;
    Set<Triple> triples = new HashSet<>();
    // the cells of a row share their code and label (the same strings): the last triple checked is
    // compared by identity before the set is asked. Every fact of the document is visited (not the
    // rule's scoped facts, a list as long as the document): whether a fact is in scope is asked only
    // of a coded row's fact whose triple is not the last one (a triple in the set is skipped in or
    // out of scope), and a triple is remembered only from a fact in scope.
    String lastCode = null;
    String lastLabel = null;
    Scheme lastScheme = null;
    for (Fact f : ctx.facts()) {
      Provenance p = f.provenance();
      String code = p.rowCode().orElse(null);
      if (code == null || p.tableId().isEmpty()) {
        continue;
      }
      Scheme scheme = null;
      for (FactDimension d : CODED) {
        if (code.equals(f.coordinates().getOrNull(d))) {
          scheme = d.scheme().orElse(null);
        }
      }
      String label = p.rowLabel().orElse("");
      if (scheme == null || code == lastCode && label == lastLabel && scheme == lastScheme || !ctx.inScope(f)) {
        continue;
      }
      lastCode = code;
      lastLabel = label;
      lastScheme = scheme;
      // the same code and label recur in every unit and column: each triple is checked once
      if (!triples.add(new Triple(scheme, code, label))) {
        continue;
      }
      Optional<CatalogueEntry> entry = catalogue.lookup(scheme, code, year);
      if (year < ECONOMIC_REFORM_YEAR && scheme != Scheme.FUNCTION && scheme != Scheme.REVENUE
          && (entry.isEmpty() || !label.isEmpty() && !catalogue.nameMatches(scheme, code, label, year))) {
        // an old-list code checked against the new lists would be a false alarm: noted once below
        preReform.add(code + (label.isEmpty() ? "" : " " + label));
        firstPreReform = firstPreReform == null ? p : firstPreReform;
      } else if (entry.isEmpty()) {
        unknown(ctx, catalogue, scheme, code, label, year, p);
      } else if (!label.isEmpty() && !catalogue.nameMatches(scheme, code, label, year)) {
        CatalogueEntry e = entry.get();
        String official = e.nameIn(year);
        boolean sure = e.confidence() != CatalogueEntry.Confidence.UNSURE;
        ctx.report(ctx.finding().severity(sure ? Severity.WARNING : Severity.INFO)
            .messageZh("科目 " + code + " 的名称“" + label + "”与" + which(catalogue, true) + year + " 年科目名称“"
                + official + "”不符" + (sure ? "" : "（科目表对此名称也不确定）"))
            .messageEn("The name \"" + label + "\" of code " + code + " differs from the name \"" + official
                + "\" in the " + which(catalogue, false) + year + " catalogue"
                + (sure ? "" : " (the catalogue itself is unsure of that name)"))
            .addLocations(p).build());
      }
    }
    if (!preReform.isEmpty()) {
      ctx.report(ctx.finding().severity(Severity.INFO)
          .messageZh(year + " 年的支出经济分类早于 " + ECONOMIC_REFORM_YEAR + " 年改革，" + preReform.size()
              + " 个编码或名称与" + which(catalogue, true) + "改革后的科目表不同，未作核对：" + String.join("、", preReform))
          .messageEn("The " + year + " economic classification predates the " + ECONOMIC_REFORM_YEAR
              + " reform; " + preReform.size() + " codes or names differ from the " + which(catalogue, false)
              + "post-reform catalogue and were not checked: " + String.join(", ", preReform))
          .hint("可用 --catalogue 提供当年的支出经济分类科目表 / supply that year's list with --catalogue")
          .addLocations(firstPreReform).build());
    }
  }

  /** A well-formed code the catalogue does not list in the document's year: a WARNING, with its years if known. */
  private static void unknown(Ctx ctx, Catalogue catalogue, Scheme scheme, String code, String label, int year,
      Provenance p) {
    List<CatalogueEntry> history = catalogue.history(scheme, code);
    String shown = label.isEmpty() ? "" : "（" + label + "）";
    String shownEn = label.isEmpty() ? "" : " (" + label + ")";
    var b = ctx.finding().severity(Severity.WARNING)
        .messageZh("科目编码 " + code + shown + "不在" + which(catalogue, true) + year + " 年" + scheme.zh() + "科目表中")
        .messageEn("The code " + code + shownEn + " is not in the " + which(catalogue, false) + year
            + " catalogue (" + scheme + " " + scheme.zh() + ")")
        .addLocations(p);
    if (!history.isEmpty()) {
      StringBuilder zh = new StringBuilder("科目表中此编码的有效年度：");
      StringBuilder en = new StringBuilder("the catalogue lists this code in ");
      for (int i = 0; i < history.size(); i++) {
        CatalogueEntry e = history.get(i);
        String years = e.validFrom().map(String::valueOf).orElse("…") + "–" + e.validTo().map(String::valueOf)
            .orElse("");
        zh.append(i == 0 ? "" : "；").append(years).append(" ").append(e.name());
        en.append(i == 0 ? "" : "; ").append(years).append(" ").append(e.name());
      }
      b.hint(zh + " / " + en);
    } else {
      b.hint("若为地方或当年新增科目，可用 --catalogue 提供当年科目表 / if the code is regional or new, supply the"
          + " year's official list with --catalogue");
    }
    ctx.report(b.build());
  }

  /** "内置" / "bundled " for the bundled catalogue, else the catalogue's name. */
  private static String which(Catalogue catalogue, boolean zh) {
    if (catalogue.isBundled()) {
      return zh ? "内置 " : "bundled ";
    }
    return zh ? "科目表（" + catalogue.name() + "）" : catalogue.name() + " ";
  }
}
