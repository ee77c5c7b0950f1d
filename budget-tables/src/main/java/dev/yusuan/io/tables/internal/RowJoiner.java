package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage "cells → rows": body lines become rows; a line holding only a piece of wrapped label text (no
 * amount, no code, no enumerator) joins the nearest row when it sits closer than a normal row pitch,
 * and a code printed in pieces over two lines or with a space is rejoined (and reported).
 */
final class RowJoiner {
  private RowJoiner() {}

  /** Rows: body lines with fragments of wrapped text joined to their row. */
  static List<Grid.GridRow> rows(List<TextLine> body, List<int[]> assign,
      Grid.Kind[] kinds, List<String> rejoined) {
    int n = body.size();
    boolean[] fragment = new boolean[n];
    boolean[] data = new boolean[n];
    for (int i = 0; i < n; i++) {
      TextLine l = body.get(i);
      int[] a = assign.get(i);
      boolean hasData = false;
      boolean enumerated = false;
      for (int si = 0; si < a.length; si++) {
        String t = l.segments().get(si).text();
        Grid.Kind k = kinds[a[si]];
        if (k == Grid.Kind.NUMBER && Texts.isAmount(t) || k == Grid.Kind.CODE && Texts.isCode(
            t.replace(" ", "")) || k == Grid.Kind.NUMBER && t.equals("-")) {
          hasData = true;
        }
        if (k == Grid.Kind.TEXT && Texts.isEnumerated(t.replace(" ", ""))) {
          enumerated = true;
        }
      }
      String key = l.key();
      data[i] = hasData;
      fragment[i] = !hasData && !enumerated && !Texts.isTotalLabel(key);
    }
    // typical row pitch
    List<Float> pitches = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (data[i] && data[i - 1] && body.get(i).page() == body.get(i - 1).page()) {
        pitches.add(body.get(i).baseline() - body.get(i - 1).baseline());
      }
    }
    pitches.sort(null);
    float pitch = pitches.size() >= 3 ? pitches.get(pitches.size() / 2) : Float.MAX_VALUE;
    if (pitches.size() < 3) {
      // few rows with data (收入预算总表: mostly blank rows printing only their label): the upper
      // quartile of all line gaps, so that blank rows at the row pitch stay rows of their own
      List<Float> gaps = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        if (body.get(i).page() == body.get(i - 1).page()) {
          gaps.add(body.get(i).baseline() - body.get(i - 1).baseline());
        }
      }
      gaps.sort(null);
      if (gaps.size() >= 4) {
        pitch = gaps.get(gaps.size() * 3 / 4);
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      TextLine l = body.get(i);
      float fs = l.fontSize();
      float limit = Math.min(1.45f * fs, 0.75f * pitch);
      if (fragment[i]) {
        int best = -1;
        float bestD = Float.MAX_VALUE;
        for (int j : new int[] {i - 1, i + 1}) {
          if (j < 0 || j >= n || body.get(j).page() != l.page()) {
            continue;
          }
          if (!data[j] && disjoint(assign.get(i), assign.get(j))) {
            continue;
          }
          float d = Math.abs(body.get(j).baseline() - l.baseline());
          if (d < bestD) {
            bestD = d;
            best = j;
          }
        }
        if (best >= 0 && bestD <= limit) {
          union(parent, i, best);
        }
      } else if (i > 0 && body.get(i - 1).page() == l.page()
          && l.baseline() - body.get(i - 1).baseline() < 0.75f * fs
          && disjoint(assign.get(i), assign.get(i - 1))) {
        union(parent, i, i - 1);
      }
    }
    List<Grid.GridRow> rows = new ArrayList<>();
    int cols = kinds.length;
    int i = 0;
    while (i < n) {
      int root = find(parent, i);
      int j = i;
      while (j + 1 < n && find(parent, j + 1) == root) {
        j++;
      }
      StringBuilder[] cells = new StringBuilder[cols];
      for (int c = 0; c < cols; c++) {
        cells[c] = new StringBuilder();
      }
      int anchor = i;
      for (int k = i; k <= j; k++) {
        if (data[k]) {
          anchor = k;
          break;
        }
      }
      for (int k = i; k <= j; k++) {
        TextLine l = body.get(k);
        int[] a = assign.get(k);
        for (int si = 0; si < a.length; si++) {
          String t = l.segments().get(si).text();
          StringBuilder b = cells[a[si]];
          if (b.length() > 0 && kinds[a[si]] == Grid.Kind.TEXT
              && !(Texts.endsCjk(b) || Texts.hasCjk(t.substring(0, 1)))) {
            b.append(' ');
          } else if (b.length() > 0 && kinds[a[si]] == Grid.Kind.CODE) {
            b.append(' '); // a code in pieces: rejoined (and reported) below
          }
          b.append(t);
        }
      }
      List<String> out = new ArrayList<>(cols);
      for (int c = 0; c < cols; c++) {
        String t = cells[c].toString();
        if (kinds[c] == Grid.Kind.CODE && !Texts.isCode(t)) {
          String joined = t.replace(" ", "");
          if (Texts.isCode(joined) && (t.contains(" ") || j > i)) {
            rejoined.add(t + " -> " + joined + " @" + body.get(anchor).page() + ":"
                + body.get(anchor).index());
            t = joined;
          }
        }
        if (kinds[c] == Grid.Kind.TEXT) {
          t = t.trim();
        }
        out.add(t);
      }
      TextLine a = body.get(anchor);
      rows.add(new Grid.GridRow(out, a.page(), a.index(), a.baseline()));
      i = j + 1;
    }
    return rows;
  }

  private static boolean disjoint(int[] a, int[] b) {
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          return false;
        }
      }
    }
    return true;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
