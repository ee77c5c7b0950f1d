package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A printed amount the reader could not read (a row whose label no layout knows) may be the very
 * term a failing sum lacks, so a finding on that table rests on a doubtful read: a WARNING that says
 * so, never an ERROR. The same failing sum with every amount read is an ERROR.
 */
class UnreadAmountDoubtTest {
  private static final String RULE = "zj.balance.current-revenue";

  /** The Keqiao example with 财政拨款收入 lowered by 10.00 in the 收支预算总表, and maybe a row the layout does not know. */
  private static BudgetDocument keqiao(boolean unknownRow) throws Exception {
    String text = new String(KeqiaoCliEndToEndTest.bytes(), StandardCharsets.UTF_8);
    int start = text.indexOf("## 2024年部门收支预算总表");
    int end = text.indexOf("\n## ", start + 5);
    String table = text.substring(start, end);
    String changed = table.replace("一、财政拨款\t2706.24", "一、财政拨款\t2696.24")
        .replace("\n一般公共预算\t2706.24", "\n一般公共预算\t2696.24");
    assertThat(changed).isNotEqualTo(table);
    if (unknownRow) {
      int other = changed.indexOf("\n七、其他收入");
      int eol = changed.indexOf('\n', other + 1);
      changed = changed.substring(0, eol) + "\n八、某某专项收入\t10.00\t\t" + changed.substring(eol);
    }
    byte[] bytes = (text.substring(0, start) + changed + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    return BudgetIo.read(new ByteArrayInputStream(bytes), "keqiao-variant.txt");
  }

  private static List<Finding> findings(BudgetDocument d) {
    return Validator.builder().addAll(StandardRules.all()).build().validate(d).findings().stream()
        .filter(f -> f.ruleId().equals(RULE)).toList();
  }

  @Test
  void aFailingSumWithEveryAmountReadIsAnError() throws Exception {
    assertThat(findings(keqiao(false))).isNotEmpty()
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void theSameSumBesideAnAmountNotReadIsAWarningThatSaysWhy() throws Exception {
    BudgetDocument d = keqiao(true);
    assertThat(d.diagnostics()).anySatisfy(g -> {
      assertThat(g.code()).isEqualTo("table.unmapped-row");
      assertThat(g.messageZh()).contains("10.00");
    });
    assertThat(findings(d)).isNotEmpty().allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.messageEn()).contains("an amount not read");
      assertThat(f.messageZh()).contains("金额未能读取");
    });
  }
}
