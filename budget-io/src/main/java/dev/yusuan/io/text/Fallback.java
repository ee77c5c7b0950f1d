package dev.yusuan.io.text;

import dev.yusuan.io.internal.CatalogueResolver;
import dev.yusuan.io.narrative.CodeResolver;
import dev.yusuan.model.Catalogue;

/** The resolver asked for names the document itself does not code: the catalogue of the year. */
final class Fallback {
  private Fallback() {}

  static CodeResolver resolver(Catalogue catalogue, int year) {
    return year > 0 ? new CatalogueResolver(catalogue, year) : CodeResolver.none();
  }
}
