package dev.yusuan.model.layout;

import java.util.List;

/**
 * Header path comparison on {@link HeaderLexicon#canonical} forms, ignoring blank segments and a
 * level repeating the one above it (功能分类科目编码 over 类款项 is one code level). Compares from the
 * end without building lists: it runs for every column against every rule of every layout.
 */
final class HeaderMatch {
  private HeaderMatch() {}

  static boolean endsWith(List<String> path, List<String> suffix) {
    int i = path.size();
    int j = suffix.size();
    String lastP = null;
    String lastS = null;
    boolean any = false;
    while (true) {
      String s = null;
      while (j > 0 && s == null) {
        String c = HeaderLexicon.canonical(suffix.get(--j));
        if (!c.isEmpty() && !c.equals(lastS)) {
          s = c;
        }
      }
      if (s == null) {
        return any;
      }
      lastS = s;
      String p = null;
      while (i > 0 && p == null) {
        String c = HeaderLexicon.canonical(path.get(--i));
        if (!c.isEmpty() && !c.equals(lastP)) {
          p = c;
        }
      }
      if (p == null || !p.equals(s)) {
        return false;
      }
      lastP = p;
      any = true;
    }
  }
}
