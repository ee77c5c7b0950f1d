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

  private record Triple(Scheme scheme, String code, String label) {}

  public static void codes(Ctx ctx, Catalogue catalogue) {
    int year = ctx.document().year();
    Set<String> seen = new HashSet<>();
    Set<Triple> triples = new HashSet<>();
    for (Fact f : ctx.scopedFacts()) {
      Provenance p = f.provenance();
      if (p.rowCode().isEmpty() || p.tableId().isEmpty()) {
        continue;
      }
      String code = p.rowCode().get();
      Scheme scheme = null;
      for (FactDimension d : CODED) {
        if (code.equals(f.coordinates().getOrNull(d))) {
          scheme = d.scheme().orElse(null);
        }
      }
      String label = p.rowLabel().orElse("");
      // the same code and label recur in every unit and column: the text key is built once per triple
      if (scheme == null || !triples.add(new Triple(scheme, code, label))
          || !seen.add(scheme + "|" + code + "|" + label)) {
        continue;
      }
      Optional<CatalogueEntry> entry = catalogue.lookup(scheme, code, year);
      if (entry.isEmpty()) {
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
