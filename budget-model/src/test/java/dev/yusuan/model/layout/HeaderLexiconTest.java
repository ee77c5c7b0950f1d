package dev.yusuan.model.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The normalisations of the header lexicon and of row labels that real forms of other regions need. */
class HeaderLexiconTest {
  @Test
  void aCodeColumnQualifiedByItsLevelIsTheCodeColumn() {
    assertThat(HeaderLexicon.canonical("科目编码（类）")).isEqualTo(HeaderLexicon.CODE);
    assertThat(HeaderLexicon.canonical("科目编码(款)")).isEqualTo(HeaderLexicon.CODE);
    assertThat(HeaderLexicon.isCodeHeader(List.of("科目编码（项）"))).isTrue();
  }

  @Test
  void aClassificationOrWhatAFigureIncludesInBracketsIsDropped() {
    assertThat(HeaderLexicon.canonical("项目(按功能分类)")).isEqualTo("项目");
    assertThat(HeaderLexicon.canonical("科目名称（按经济分类）")).isEqualTo(HeaderLexicon.NAME);
    assertThat(HeaderLexicon.canonical("使用非财政拨款结余(含专用结余)")).isEqualTo("使用非财政拨款结余");
  }

  @Test
  void bracketsThatNameTheThingStay() {
    // 因公出国(境)费 and 上年结转(结余) are names, not qualifiers: kept (layouts list them as printed)
    assertThat(HeaderLexicon.canonical("因公出国（境）费")).isEqualTo("因公出国(境)费");
    assertThat(HeaderLexicon.canonical("上年结转（结余）")).isEqualTo("上年结转(结余)");
    // a unit after the words is dropped, before a qualifier as after it
    assertThat(HeaderLexicon.canonical("合计(万元)")).isEqualTo("合计");
    assertThat(HeaderLexicon.canonical("年初结转和结余(万元)")).isEqualTo("年初结转和结余");
  }

  @Test
  void aRowLabelLosesWhatItIncludesButNotItsName() {
    assertThat(RowRule.labelKey("七、使用非财政拨款结余（含专用结余）")).isEqualTo("使用非财政拨款结余");
    assertThat(RowRule.labelKey("政府办公厅(室)及相关机构事务")).isEqualTo("政府办公厅(室)及相关机构事务");
    // a label that is only what it includes (a wrapped label's second line) has no key left, and no
    // exception: it used to throw, and a document printing it was not read at all (internal error)
    assertThat(RowRule.labelKey("（含专用结余）")).isEmpty();
    assertThat(RowRule.labelKey("(含专用结余)")).isEmpty();
  }
}
