package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Names;
import org.junit.jupiter.api.Test;

class TextParserTest {
  /**
   * The parser looks for 以下简称 only in lines holding 称, and for 下属…单位预算 only in sections holding
   * 属, before normalising them: sound only if no other code point normalises to text holding one of
   * these characters (not so for 下: U+3198 ㆘ normalises to it, so 下属 is no raw test).
   */
  @Test
  void noOtherCharacterNormalisesToTheCharactersTheShortcutsLookFor() {
    String watched = "属称";
    int checked = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF || watched.indexOf(cp) >= 0) {
        continue;
      }
      String n = Names.normalize(new String(Character.toChars(cp)));
      for (char w : watched.toCharArray()) {
        assertThat(n.indexOf(w)).as("U+%04X normalises to %s", cp, n).isLessThan(0);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(1_000_000);
  }
}
