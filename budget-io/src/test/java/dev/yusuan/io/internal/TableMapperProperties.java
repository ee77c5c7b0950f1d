package dev.yusuan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.layout.HeaderLexicon;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The per-table shortcuts of {@link TableMapper} against the per-cell tests they replace. */
class TableMapperProperties {
  @Provide
  Arbitrary<List<String>> headers() {
    return Arbitraries.of("行次", "栏次", "序号", "科目编码", "科目 编码", "行 次", "增减率", "增减%", "增减（%）",
            "比上年增减", "金额", "项目", "合计", "科目名称", "编码", "序号 ", "（行次）", "项目名称", "")
        .list().ofMinSize(0).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(9),
        Arbitraries.strings().withChars("0123456789 .,-()%\u3000０１２").ofMinLength(0).ofMaxLength(9),
        Arbitraries.of("", " 12 ", "2010101", "201", "１２", "12.5", "-3", "abc", "一"));
  }

  @Property(tries = 2000)
  void notAnAmountIsTheTestsOfEachCell(@ForAll("headers") List<String> path, @ForAll("cells") String cell) {
    DisclosureTable.Column c = DisclosureTable.Column.of(0, path, Optional.empty());
    boolean before = TableMapper.isRowNumber(c, cell) || TableMapper.isCodeText(c, cell)
        || HeaderLexicon.isRateHeader(c.headerPath());
    assertThat(TableMapper.notAnAmount(TableMapper.textKind(c), cell)).isEqualTo(before);
  }
}
