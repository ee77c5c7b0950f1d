package dev.yusuan.io.tables.internal;

import java.util.List;

/**
 * Stage "cells → grid": what each column holds (codes, amounts or text, from its header and its cells),
 * text that landed in a code or number column moved to the text column beside it, and a label column
 * put under the same parent header as its values.
 */
final class ColumnKinds {
  private ColumnKinds() {}

  /** The kind of each column; reassigns misplaced text segments in {@code assign}. */
  static Grid.Kind[] classify(List<GridColumn> cols, List<TextLine> body, List<int[]> assign) {
    // column kinds
    for (int li = 0; li < body.size(); li++) {
      TextLine l = body.get(li);
      int[] a = assign.get(li);
      for (int si = 0; si < a.length; si++) {
        String t = l.segments().get(si).text();
        GridColumn c = cols.get(a[si]);
        if (Texts.isCode(t)) {
          c.codes++;
        } else if (Texts.isAmount(t)) {
          c.numbers++;
        } else {
          c.texts++;
        }
      }
    }
    Grid.Kind[] kinds = new Grid.Kind[cols.size()];
    for (int c = 0; c < cols.size(); c++) {
      GridColumn col = cols.get(c);
      String h = String.join("", col.path);
      if (h.contains("编码") || h.contains("代码") || h.contains("科目编号")
          || col.codes > 0 && col.codes >= col.numbers && col.codes >= col.texts) {
        kinds[c] = Grid.Kind.CODE;
      } else if (col.numbers > col.texts || col.numbers > 0 && h.matches(
          ".*(金额|合计|小计|总计|预算数|决算数|执行数|支出|费|经费|收入|结余)$")) {
        kinds[c] = Grid.Kind.NUMBER;
      } else {
        kinds[c] = Grid.Kind.TEXT;
      }
    }
    // text segments that landed in number columns go to the nearest text column on their left
    for (int li = 0; li < body.size(); li++) {
      TextLine l = body.get(li);
      int[] a = assign.get(li);
      for (int si = 0; si < a.length; si++) {
        String t = l.segments().get(si).text();
        if (kinds[a[si]] == Grid.Kind.CODE && Texts.hasCjk(t)) {
          for (int c = a[si] + 1; c < kinds.length; c++) {
            if (kinds[c] == Grid.Kind.TEXT) {
              a[si] = c;
              break;
            }
          }
        }
        if (kinds[a[si]] == Grid.Kind.NUMBER && !Texts.isAmount(t) && !t.equals("-")
            && Texts.hasCjk(t)) {
          for (int c = a[si] - 1; c >= 0; c--) {
            if (kinds[c] == Grid.Kind.TEXT) {
              a[si] = c;
              break;
            }
          }
        }
      }
    }
    adoptLabelParents(cols, kinds);
    return kinds;
  }

  /**
   * A value column belongs under the same parent header as the label column on its left (收支总表:
   * 功能分类 over 功能科目名称 and its 金额), when its own header does not lie under its parent's text.
   */
  private static void adoptLabelParents(List<GridColumn> cols, Grid.Kind[] kinds) {
    // a label column goes with the value column on its right (收入 | 支出: 项目 under 支出)
    for (int c = 0; c + 1 < cols.size(); c++) {
      GridColumn l = cols.get(c);
      GridColumn v = cols.get(c + 1);
      if (kinds[c] == Grid.Kind.TEXT && kinds[c + 1] == Grid.Kind.NUMBER && l.path.size() == 1
          && v.path.size() >= 2 && l.parentRanges.isEmpty()) {
        // a label whose parent header was not found: the parents of its values
        int n = v.path.size();
        for (int k = n - 2; k >= 0; k--) {
          l.path.add(0, v.path.get(k));
          l.parentRanges.add(0, v.parentRanges.get(k));
        }
        continue;
      }
      int n = l.path.size();
      if (kinds[c] != Grid.Kind.TEXT || kinds[c + 1] != Grid.Kind.NUMBER || n < 2
          || v.path.size() < n || l.parentRanges.size() != n - 1
          || v.parentRanges.size() < n - 1
          || l.path.subList(0, n - 1).equals(v.path.subList(0, n - 1))) {
        continue;
      }
      float[] own = l.parentRanges.get(n - 2);
      float[] right = v.parentRanges.get(n - 2);
      float lc = l.leafCenter;
      boolean under = lc >= own[0] && lc <= own[1];
      if (!under && own[1] < right[0] && lc > own[1]) {
        for (int k = 0; k < n - 1; k++) {
          l.path.set(k, v.path.get(k));
          l.parentRanges.set(k, v.parentRanges.get(k));
        }
      }
    }
    for (int c = 1; c < cols.size(); c++) {
      GridColumn v = cols.get(c);
      GridColumn l = cols.get(c - 1);
      int n = v.path.size();
      if (kinds[c] != Grid.Kind.NUMBER || kinds[c - 1] != Grid.Kind.TEXT || n < 2
          || l.path.size() != n || v.parentRanges.size() != n - 1
          || l.parentRanges.size() != n - 1 || v.path.subList(0, n - 1).equals(l.path.subList(0, n - 1))) {
        continue;
      }
      float[] own = v.parentRanges.get(n - 2);
      float[] left = l.parentRanges.get(n - 2);
      boolean under = v.center() >= own[0] && v.center() <= own[1];
      if (!under && left[1] < own[0]) {
        for (int k = 0; k < n - 1; k++) {
          v.path.set(k, l.path.get(k));
          v.parentRanges.set(k, l.parentRanges.get(k));
        }
      }
    }
  }
}
