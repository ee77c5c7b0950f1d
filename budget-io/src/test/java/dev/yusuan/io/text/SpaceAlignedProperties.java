package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@link SpaceAligned#isSpaceAligned} decides as the line-by-line character loop it replaced. */
class SpaceAlignedProperties {
  static final List<String> PIECES = List.of("一般公共服务支出", "  ", "   ", "\u3000", " ", "1,449.12", "12.50", "3",
      "\t", "\t", "\n", "\n", "\n", "\r\n", "\f", "| ", "合计", "0.00");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void isSpaceAlignedIsTheCharacterLoop(@ForAll("texts") String text) {
    boolean expected = reference(text);
    Statistics.collect(expected);
    assertThat(SpaceAligned.isSpaceAligned(text)).isEqualTo(expected);
  }

  /** The former form: a character loop per line for its tab. */
  static boolean reference(String text) {
    int tabbed = 0;
    int aligned = 0;
    int n = text.length();
    int start = 0;
    int number = 1;
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      boolean tab = false;
      for (int i = start; i < end; i++) {
        if (text.charAt(i) == '\t') {
          tab = true;
          break;
        }
      }
      if (tab) {
        tabbed++;
      } else if (SpaceAligned.candidate(text, start, end) && SpaceAligned.rowShaped(number, text.substring(start, end))) {
        aligned++;
      }
      start = end + 1;
      number++;
    }
    boolean paged = tabbed == 0 && text.indexOf('\f') >= 0;
    return aligned >= SpaceAligned.MIN_ROWS && aligned > tabbed || paged;
  }
}
