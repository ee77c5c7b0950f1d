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
}
