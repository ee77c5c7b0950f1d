package dev.yusuan.rules.internal;

import dev.yusuan.model.Catalogue;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Classification codes of table rows against the catalogue of the document's year. */
public final class CatalogueChecks {
  private CatalogueChecks() {}

  public static void codes(Ctx ctx, Catalogue catalogue) {
    int year = ctx.document().year();
    Set<String> seen = new HashSet<>();
    for (Fact f : ctx.scopedFacts()) {
      Provenance p = f.provenance();
      if (p.rowCode().isEmpty() || p.tableId().isEmpty()) {
        continue;
      }
      String code = p.rowCode().get();
      Scheme scheme = null;
      for (FactDimension d : new FactDimension[] {FactDimension.FUNCTION, FactDimension.ECONOMIC, FactDimension.ECONOMIC_GOVERNMENT}) {
        if (code.equals(f.coordinates().getOrNull(d))) {
          scheme = d.scheme().orElse(null);
        }
      }
      if (scheme == null || !seen.add(scheme + "|" + code + "|" + p.rowLabel().orElse(""))) {
        continue;
      }
      var entry = catalogue.lookup(scheme, code, year);
      if (entry.isEmpty()) {
        ctx.emit(null, "科目编码 " + code + "（" + p.rowLabel().orElse("") + "）不在 " + year + " 年" + scheme.zh() + "中",
            "The code " + code + " (" + p.rowLabel().orElse("") + ") is not in the " + year + " " + scheme
                + " catalogue",
            List.of(p));
      } else if (p.rowLabel().isPresent() && !catalogue.nameMatches(scheme, code, p.rowLabel().get(), year)) {
        String official = catalogue.nameOf(scheme, code, year).orElse("");
        ctx.emit(Severity.WARNING, "科目 " + code + " 的名称“" + p.rowLabel().get() + "”与 " + year + " 年科目名称“" + official
                + "”不符",
            "The name \"" + p.rowLabel().get() + "\" of code " + code + " differs from the " + year
                + " catalogue name \"" + official + "\"",
            List.of(p));
      }
    }
  }
}
