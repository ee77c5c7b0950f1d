package dev.yusuan.rules.internal;

import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * ERROR means the published document contradicts itself: a finding that rests on a value the reader
 * marked doubtful ({@link Provenance#doubtful()}: an inferred column, a joined label, a row resolved
 * by name or arithmetic, a fact of a table with an amount that was not read) is at most a
 * WARNING and says so.
 */
final class Doubt {
  private Doubt() {}

  static List<Finding> cap(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      boolean doubtful = f.locations().stream().anyMatch(Provenance::doubtful)
          || f.culprit().map(Provenance::doubtful).orElse(false);
      if (!doubtful || f.severity() != Severity.ERROR) {
        out.add(f);
        continue;
      }
      out.add(Finding.builder().from(f).severity(Severity.WARNING)
          .messageZh(f.messageZh() + "（所依据的数据读取存疑：列的用途由内容推断、标签经拼接、行由名称或算术识别，"
              + "或同表有金额未能读取，已降为警告）")
          .messageEn(f.messageEn() + " (rests on a doubtful read: a column role inferred from its"
              + " cells, a joined label, a row resolved by name or arithmetic, or a table with an amount"
              + " not read; lowered to a warning)")
          .build());
    }
    return out;
  }
}
