package dev.yusuan.io.internal;

import dev.yusuan.io.narrative.CodeResolver;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Code;
import dev.yusuan.model.Names;
import dev.yusuan.model.Scheme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves classification names with the catalogue of 政府收支分类科目 for one budget year. Used after
 * the codes printed in the document itself. An ambiguous name (行政运行 exists under many 款) resolves
 * only inside a path or near a known code, never by guess. The catalogue is the bundled one or the
 * user's ({@link dev.yusuan.io.DocumentReader#withCatalogue}).
 */
public final class CatalogueResolver implements CodeResolver {
  private final Catalogue catalogue;
  private final int year;

  public CatalogueResolver(Catalogue catalogue, int year) {
    this.catalogue = catalogue;
    this.year = year;
  }

  /**
   * Entries valid in the year whose name (or an alias of the year) is {@code name}, with or without a
   * trailing 支出 (社会保障和就业 = 社会保障和就业支出): hash lookups, not a scan of the catalogue.
   */
  private List<CatalogueEntry> named(Scheme scheme, String name) {
    String k = Names.key(name);
    Set<CatalogueEntry> out = new LinkedHashSet<>(catalogue.findByName(scheme, k, year));
    out.addAll(catalogue.findByName(scheme, k + "支出", year));
    if (k.endsWith("支出") && k.length() > 2) {
      out.addAll(catalogue.findByName(scheme, k.substring(0, k.length() - 2), year));
    }
    return List.copyOf(out);
  }

  @Override
  public Optional<Code> resolvePath(Scheme scheme, List<String> names) {
    Code parent = null;
    for (String n : names) {
      Code found = null;
      for (CatalogueEntry e : named(scheme, n)) {
        if (parent == null ? e.code().parent().isEmpty() : e.code().parent().map(parent::equals).orElse(false)) {
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
    List<CatalogueEntry> cands = named(scheme, name);
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
