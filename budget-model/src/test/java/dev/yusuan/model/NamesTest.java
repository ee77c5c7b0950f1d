package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void radicalsFromPdfsBecomeIdeographs() {
    assertThat(Names.normalize("部\u2ED4预算")).isEqualTo("部门预算");
    assertThat(Names.normalize("公务用\u2ECB")).isEqualTo("公务用车");
  }

  @Test
  void fullWidthFoldsAndWhitespaceCollapses() {
    assertThat(Names.normalize("  党委办公厅（室）\u3000及相关机构  事务 ")).isEqualTo("党委办公厅(室) 及相关机构 事务");
    assertThat(Names.normalize("２７０６．２４")).isEqualTo("2706.24");
    assertThat(Names.normalize("“三公”经费")).isEqualTo("\"三公\"经费");
    assertThat(Names.normalize(null)).isEmpty();
  }

  @Test
  void keyRemovesAllSpaces() {
    assertThat(Names.key("一般公共服务 支出")).isEqualTo(Names.key("一般公共服务支出"));
    assertThat(Names.key("党委办公厅（室）及相关机构事务")).isEqualTo(Names.key("党委办公厅(室)及相关机构事务"));
    assertThat(Names.key("行政运行")).isNotEqualTo(Names.key("事业运行"));
  }

  @Test
  void everyCharacterOfTheFastPathIsLeftAloneByTheFullNormalisation() {
    int stable = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Names.stable(c)) {
        stable++;
        String s = String.valueOf(c);
        assertThat(Names.normalizeFully(s)).as("U+%04X", (int) c).isEqualTo(s);
        assertThat(Names.normalizeFully("a" + s + " " + s + "中")).as("U+%04X in context", (int) c)
            .isEqualTo("a" + s + " " + s + "中");
      }
    }
    assertThat(stable).isGreaterThan(20_000);
  }

  @Test
  void theStableSymbolsComposeWithNoStableNeighbour() {
    for (char x : Names.STABLE_SYMBOLS.toCharArray()) {
      assertThat(Names.stable(x)).isTrue();
      for (char y = 0; y < Character.MAX_VALUE; y++) {
        if (Names.stable(y)) {
          String xy = "" + x + y;
          String yx = "" + y + x;
          assertThat(Names.normalizeFully(xy)).as("U+%04X U+%04X", (int) x, (int) y).isEqualTo(xy);
          assertThat(Names.normalizeFully(yx)).as("U+%04X U+%04X", (int) y, (int) x).isEqualTo(yx);
        }
      }
    }
  }

  @Test
  void everyCharacterOfTheSimplePathNormalisesAsTheFullPathDoes() {
    int simple = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      if (Names.isSimple(s)) {
        simple++;
        for (String t : new String[] {s, "a" + s + "中" + s, s + s + " x", "（" + s + "）", " " + s + "\u3000"}) {
          assertThat(Names.normalize(t)).as("U+%04X in %s", (int) c, t).isEqualTo(Names.normalizeFully(t));
          assertThat(Names.key(t)).as("key: U+%04X in %s", (int) c, t)
              .isEqualTo(Names.normalizeFully(t).replace(" ", ""));
        }
      }
    }
    assertThat(simple).isGreaterThan(20_000);
    assertThat(Names.isSimple("收支总预算２７０６．２４万元，占６９．３６％")).isTrue();
    assertThat(Names.isSimple("部\u2ED4预算")).isFalse();
    assertThat(Names.isSimple("e\u0301")).isFalse();
  }

  @Test
  void theFastPathTakesOnlyTextThatIsAlreadyNormal() {
    assertThat(Names.isNormal("2024年部门一般公共预算支出表")).isTrue();
    assertThat(Names.isNormal("201 一般公共服务支出")).isTrue();
    assertThat(Names.isNormal("")).isTrue();
    assertThat(Names.isNormal(" 前导空格")).isFalse();
    assertThat(Names.isNormal("末尾空格 ")).isFalse();
    assertThat(Names.isNormal("两个  空格")).isFalse();
    assertThat(Names.isNormal("制表\t符")).isFalse();
    assertThat(Names.isNormal("全角（括号）")).isFalse();
    assertThat(Names.isNormal("部\u2ED4预算")).isFalse();
    assertThat(Names.isNormal("“三公”")).isFalse();
    assertThat(Names.normalize("201 一般公共服务支出")).isEqualTo("201 一般公共服务支出");
  }
}
