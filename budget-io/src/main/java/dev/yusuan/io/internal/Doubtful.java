package dev.yusuan.io.internal;

import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Marks facts read from tables whose structure a reader had to repair (a span clamped, a row pushed
 * wider than its table, text hidden under a merge) as doubtful ({@link Provenance#doubtful()}): a
 * finding resting on them is at most a WARNING. Tables are given as ranges of source lines.
 */
public final class Doubtful {
  private Doubtful() {}

  /**
   * @param facts the facts, with their source lines
   * @param tables first source line of each doubtful table to its last
   * @return the facts, those on a line of a doubtful table marked doubtful; linear in the facts
   */
  public static List<Fact> mark(List<Fact> facts, NavigableMap<Integer, Integer> tables) {
    if (tables.isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      int line = f.provenance().line().orElse(0);
      Map.Entry<Integer, Integer> table = tables.floorEntry(line);
      out.add(table != null && line <= table.getValue() && !f.provenance().doubtful()
          ? Fact.builder().from(f).provenance(Provenance.builder().from(f.provenance()).doubtful(true).build())
              .build()
          : f);
    }
    return out;
  }
}
