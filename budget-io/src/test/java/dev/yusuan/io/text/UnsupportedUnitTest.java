package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.MoneyUnit;
import org.junit.jupiter.api.Test;

/**
 * A table in 千元 (a unit the model lacks) is never read in another unit: before, the text reader did
 * not take 单位：千元 for a unit line and read the table's amounts in the document's 万元 (ten times too
 * large), and {@link MoneyUnit#fromText} took 千元 for 元. Now the table is kept, each of its amounts is
 * reported as unread and the document is read partly.
 */
class UnsupportedUnitTest {
  static String doc(String unit) {
    return "\n\n测试市测试区统计局  \n2024年部门预算\n\n"
        + "## 2024年部门收支预算总表\n\n101-区统计局\n\n单位：万元\n\n"
        + "收 入\t\t支 出\t\n项 目\t预算数\t项 目\t预算数\n"
        + "一、财政拨款\t100.00\t一般公共服务支出\t100.00\n"
        + "本年收入合计\t100.00\t本年支出合计\t100.00\n"
        + "收 入 总 计\t100.00\t支 出 总 计\t100.00\n\n"
        + "## 2024年部门一般公共预算“三公”经费支出表\n\n101-区统计局\n\n单位：" + unit + "\n\n"
        + "单位名称\t“三公”经费合计\t因公出国(境)费用\t公务用车购置及运行费\t\t\t公务接待费\n"
        + "\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t\n"
        + "**\t1\t2\t3\t4\t5\t6\n"
        + "合计\t12.00\t2.00\t6.00\t\t6.00\t4.00\n";
  }

  @Test
  void aTableIn千元IsReportedNotReadInAnotherUnit() {
    BudgetDocument d = new TextReader().read(doc("千元"), "t.txt");
    assertThat(d.facts()).noneMatch(f -> f.provenance().tableTitle().orElse("").contains("三公"));
    assertThat(d.diagnostics()).anyMatch(x -> x.code().equals("text.unsupported-unit")
        && x.messageZh().contains("千元"));
    assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(5);
    assertThat(BudgetIo.partlyRead(d)).isPresent();
  }

  @Test
  void theSameTableIn万元IsRead() {
    BudgetDocument d = new TextReader().read(doc("万元"), "t.txt");
    assertThat(d.facts()).anyMatch(f -> f.provenance().tableTitle().orElse("").contains("三公"));
    assertThat(d.diagnostics()).noneMatch(x -> x.code().equals("text.unsupported-unit"));
  }

  @Test
  void unitsTheModelLacksAreNeverTakenForAnother() {
    for (String u : new String[] {"千元", "百元", "十万元", "百万元", "千万元", "单位：千元", "（单位：百万元）"}) {
      assertThat(MoneyUnit.fromText(u)).as(u).isEmpty();
      assertThat(MoneyUnit.unsupported(u)).as(u).isPresent();
    }
    assertThat(MoneyUnit.fromText("单位：万元")).contains(MoneyUnit.WAN_YUAN);
    assertThat(MoneyUnit.fromText("单位：元")).contains(MoneyUnit.YUAN);
    assertThat(MoneyUnit.fromText("亿元")).contains(MoneyUnit.YI_YUAN);
    assertThat(MoneyUnit.unsupported("单位：万元")).isEmpty();
  }
}
