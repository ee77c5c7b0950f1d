package dev.yusuan.io.internal;

import dev.yusuan.io.narrative.CodeResolver;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Code;
import dev.yusuan.model.Scheme;
import java.util.List;
import java.util.Optional;

/**
 * Resolves classification names with the catalogue of 政府收支分类科目 for one budget year. Used after
 * the codes printed in the document itself. An ambiguous name (行政运行 exists under many 款) resolves
 * only inside a path or near a known code, never by guess.
 */
public final class CatalogueResolver implements CodeResolver {
  private final Catalogue catalogue;
  private final int year;

  public CatalogueResolver(Catalogue catalogue, int year) {
    this.catalogue = catalogue;
    this.year = year;
  }

  private boolean same(CatalogueEntry e, String name) {
    String k = CodeNames.key(name);
    return e.namesIn(year).stream().anyMatch(n -> CodeNames.key(n).equals(k));
  }

  @Override
  public Optional<Code> resolvePath(Scheme scheme, List<String> names) {
    Code parent = null;
    for (String n : names) {
      Code found = null;
      List<CatalogueEntry> cands = parent == null
          ? catalogue.entries().stream().filter(e -> e.scheme() == scheme
              && e.code().parent().isEmpty() && e.isValidIn(year)).toList()
          : catalogue.children(scheme, parent.digits(), year);
      for (CatalogueEntry e : cands) {
        if (same(e, n)) {
          found = e.code();
          break;
        }
      }
      if (found == null) {
        return Optional.empty();
      }
      parent = found;
    }
    return Optional.ofNullable(parent);
  }

  @Override
  public Optional<Code> resolveName(Scheme scheme, String name, Optional<Code> near) {
    List<CatalogueEntry> cands = catalogue.entries().stream()
        .filter(e -> e.scheme() == scheme && e.isValidIn(year) && same(e, name)).toList();
    if (cands.size() == 1) {
      return Optional.of(cands.get(0).code());
    }
    Optional<Code> n = near;
    while (n.isPresent() && !cands.isEmpty()) {
      Code anc = n.get();
      for (CatalogueEntry e : cands) {
        if (e.code().parent().map(anc::equals).orElse(false)) {
          return Optional.of(e.code());
        }
      }
      n = anc.parent();
    }
    return Optional.empty();
  }
}
