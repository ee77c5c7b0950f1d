package dev.yusuan.model.layout;

import java.util.List;

/** Header path comparison on {@link HeaderLexicon#canonical} forms, ignoring blank segments. */
final class HeaderMatch {
  private HeaderMatch() {}

  static boolean endsWith(List<String> path, List<String> suffix) {
    List<String> p = HeaderLexicon.canonical(path);
    List<String> s = HeaderLexicon.canonical(suffix);
    if (s.isEmpty() || s.size() > p.size()) {
      return false;
    }
    int off = p.size() - s.size();
    for (int i = 0; i < s.size(); i++) {
      if (!p.get(off + i).equals(s.get(i))) {
        return false;
      }
    }
    return true;
  }
}
