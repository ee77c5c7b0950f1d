package dev.yusuan.model.layout;

import dev.yusuan.model.Names;
import java.util.List;

/** Header path comparison on {@link Names#key} forms, ignoring blank segments. */
final class HeaderMatch {
  private HeaderMatch() {}

  static boolean endsWith(List<String> path, List<String> suffix) {
    List<String> p = path.stream().map(Names::key).filter(s -> !s.isEmpty()).toList();
    if (suffix.size() > p.size()) {
      return false;
    }
    int off = p.size() - suffix.size();
    for (int i = 0; i < suffix.size(); i++) {
      if (!p.get(off + i).equals(suffix.get(i))) {
        return false;
      }
    }
    return true;
  }
}
