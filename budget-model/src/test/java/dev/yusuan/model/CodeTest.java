package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeTest {
  @Test
  void levelsAndParents() {
    Code item = Code.parse(Scheme.FUNCTION, "2010101");
    assertThat(item.level()).isEqualTo(CodeLevel.ITEM);
    assertThat(item.parent()).contains(Code.parse(Scheme.FUNCTION, "20101"));
    assertThat(item.parent().flatMap(Code::parent)).contains(Code.parse(Scheme.FUNCTION, "201"));
    assertThat(Code.parse(Scheme.FUNCTION, "201").parent()).isEmpty();
    assertThat(item.ancestor(CodeLevel.CLASS).map(Code::digits)).contains("201");
    assertThat(item.ancestor(CodeLevel.ITEM)).contains(item);
    assertThat(Code.parse(Scheme.FUNCTION, "201").ancestor(CodeLevel.ITEM)).isEmpty();
    assertThat(Code.parse(Scheme.ECONOMIC_DEPARTMENT, "30101").level()).isEqualTo(CodeLevel.GROUP);
    assertThat(Code.parse(Scheme.REVENUE, "101010101").level()).isEqualTo(CodeLevel.ENTRY);
  }

  @Test
  void ancestry() {
    Code c = Code.parse(Scheme.FUNCTION, "201");
    assertThat(c.isAncestorOf(Code.parse(Scheme.FUNCTION, "2010101"))).isTrue();
    assertThat(c.isAncestorOf(c)).isFalse();
    assertThat(c.isAncestorOf(Code.parse(Scheme.FUNCTION, "2080505"))).isFalse();
  }

  @Test
  void foldsSpacesAndFullWidthDigits() {
    assertThat(Code.parse(Scheme.ECONOMIC_DEPARTMENT, "301 02").digits()).isEqualTo("30102");
    assertThat(Code.parse(Scheme.FUNCTION, "２０１０１").digits()).isEqualTo("20101");
  }

  @Test
  void rejectsMalformed() {
    assertThatThrownBy(() -> Code.parse(Scheme.FUNCTION, "")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Code.parse(Scheme.FUNCTION, "20a01")).hasMessageContaining("non-digit");
    assertThatThrownBy(() -> Code.parse(Scheme.FUNCTION, "2010")).hasMessageContaining("4 digits");
    assertThatThrownBy(() -> Code.parse(Scheme.FUNCTION, "30101")).hasMessageContaining("start with 2");
    assertThatThrownBy(() -> Code.parse(Scheme.ECONOMIC_DEPARTMENT, "3010101"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Code.tryParse(Scheme.FUNCTION, "合计")).isEmpty();
  }

  @Test
  void orderAndEquality() {
    assertThat(Code.parse(Scheme.FUNCTION, "201")).isLessThan(Code.parse(Scheme.FUNCTION, "20101"));
    assertThat(Code.parse(Scheme.FUNCTION, "20101")).isLessThan(Code.parse(Scheme.FUNCTION, "208"));
    assertThat(Code.parse(Scheme.FUNCTION, "201")).isEqualTo(Code.parse(Scheme.FUNCTION, " 201 "))
        .hasToString("201");
  }
}
