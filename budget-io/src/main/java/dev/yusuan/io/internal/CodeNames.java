package dev.yusuan.io.internal;

import dev.yusuan.io.narrative.CodeResolver;
import dev.yusuan.model.Code;
import dev.yusuan.model.Names;
import dev.yusuan.model.Scheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Code ↔ name pairs collected from the document (tables that print 科目编码 and 科目名称), used to
 * resolve names printed without codes. A fallback resolver (the catalogue) is asked when the document
 * does not know a name.
 */
public final class CodeNames implements CodeResolver {
  private final Map<Code, String> names = new LinkedHashMap<>();
  private final Map<String, List<Code>> byKey = new HashMap<>();
  private CodeResolver fallback = CodeResolver.none();

  /** Records that {@code code} is printed with {@code name}. */
  public void add(Code code, String name) {
    if (name == null || name.isBlank() || names.containsKey(code)) {
      return;
    }
    names.put(code, name);
    byKey.computeIfAbsent(key(name), k -> new ArrayList<>()).add(code);
  }

  /** Sets the resolver asked when the document does not know a name. */
  public CodeNames withFallback(CodeResolver fallback) {
    this.fallback = fallback;
    return this;
  }

  /** The name printed for a code, if any. */
  public Optional<String> name(Code code) {
    return Optional.ofNullable(names.get(code));
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }

  /** Comparison key: {@link Names#key}, trailing 支出 removed (社会保障和就业 = 社会保障和就业支出). */
  static String key(String name) {
    String k = Names.key(name);
    if (k.endsWith("支出") && k.length() > 2) {
      k = k.substring(0, k.length() - 2);
    }
    return k;
  }

  @Override
  public Optional<Code> resolvePath(Scheme scheme, List<String> path) {
    Code parent = null;
    for (String n : path) {
      Code found = null;
      for (Code c : byKey.getOrDefault(key(n), List.of())) {
        if (c.scheme() == scheme && (parent == null ? c.parent().isEmpty()
            : c.parent().map(parent::equals).orElse(false))) {
          found = c;
          break;
        }
      }
      if (found == null) {
        return fallback.resolvePath(scheme, path);
      }
      parent = found;
    }
    return Optional.ofNullable(parent);
  }

  @Override
  public Optional<Code> resolveName(Scheme scheme, String name, Optional<Code> near) {
    List<Code> cands = ofScheme(byKey.getOrDefault(key(name), List.of()), scheme);
    if (cands.isEmpty()) {
      return fallback.resolveName(scheme, name, near);
    }
    if (cands.size() == 1 || near.isEmpty()) {
      return Optional.of(cands.get(0));
    }
    // prefer a child of near, then a child of near's ancestors (a sibling or uncle)
    Optional<Code> n = near;
    while (n.isPresent()) {
      Code anc = n.get();
      for (Code c : cands) {
        if (c.parent().map(anc::equals).orElse(false)) {
          return Optional.of(c);
        }
      }
      n = anc.parent();
    }
    return Optional.of(cands.get(0));
  }

  /**
   * The codes of a scheme among {@code codes}, in their order, without a stream per name resolved
   * (almost always every code: the list itself is returned then).
   */
  static List<Code> ofScheme(List<Code> codes, Scheme scheme) {
    int n = codes.size();
    int i = 0;
    while (i < n && codes.get(i).scheme() == scheme) {
      i++;
    }
    if (i == n) {
      return codes;
    }
    List<Code> out = new ArrayList<>(codes.subList(0, i));
    for (i++; i < n; i++) {
      if (codes.get(i).scheme() == scheme) {
        out.add(codes.get(i));
      }
    }
    return out;
  }
}
