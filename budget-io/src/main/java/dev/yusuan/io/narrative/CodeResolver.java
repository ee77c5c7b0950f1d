package dev.yusuan.io.narrative;

import dev.yusuan.model.Code;
import dev.yusuan.model.Scheme;
import java.util.List;
import java.util.Optional;

/**
 * Resolves classification names as printed in narrative or in name-only table rows to codes. The
 * structured-text reader resolves with the codes printed elsewhere in the same document first, then
 * with the catalogue of 政府收支分类科目.
 */
public interface CodeResolver {
  /**
   * Resolves a path of names, top level first, e.g. [一般公共服务支出, 人大事务, 行政运行] (类/款/项) to
   * {@code 2010101}. Each name is looked up among the children of the previous one.
   *
   * @param scheme the classification scheme the names belong to
   * @param names the names as printed, top level first
   * @return the code of the last name, or empty when some level does not resolve
   */
  Optional<Code> resolvePath(Scheme scheme, List<String> names);

  /**
   * Resolves one name; {@code near} (the code resolved just before, e.g. the previous row) prefers
   * candidates in its subtree or its siblings when a name is ambiguous.
   *
   * @param scheme the classification scheme the name belongs to
   * @param name the name as printed
   * @param near the code resolved just before, or empty
   * @return the code, or empty when the name is unknown or stays ambiguous
   */
  Optional<Code> resolveName(Scheme scheme, String name, Optional<Code> near);

  /** {@return a resolver that resolves nothing} */
  static CodeResolver none() {
    return new CodeResolver() {
      @Override
      public Optional<Code> resolvePath(Scheme scheme, List<String> names) {
        return Optional.empty();
      }

      @Override
      public Optional<Code> resolveName(Scheme scheme, String name, Optional<Code> near) {
        return Optional.empty();
      }
    };
  }
}
