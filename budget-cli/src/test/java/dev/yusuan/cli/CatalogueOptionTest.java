package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code yusuan check --catalogue FILE} end to end with the real reader and rules: the Keqiao 2024
 * budget with one economic code (30239) printed as a well-formed code no catalogue has (30298).
 */
class CatalogueOptionTest {
  final ObjectMapper mapper = new ObjectMapper();
  @TempDir Path tmp;
  Path original;
  Path changed;

  @BeforeEach
  void setUp() throws IOException {
    String text = new String(KeqiaoCliEndToEndTest.bytes(), StandardCharsets.UTF_8);
    assertThat(text).contains("30239\t其他交通费用");
    original = Files.writeString(tmp.resolve("keqiao.txt"), text);
    changed = Files.writeString(tmp.resolve("keqiao-30298.txt"), text.replace("30239\t其他交通费用", "30298\t其他交通费用"));
  }

  /** The structure.catalogue findings of a one-document JSON report, as "SEVERITY code message". */
  List<String> catalogueFindings(Cli c) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode f : mapper.readTree(c.out).get("documents").get(0).get("findings")) {
      if (f.get("ruleId").asText().equals("structure.catalogue")) {
        out.add(f.get("severity").asText() + " " + f.toString());
      }
    }
    return out;
  }

  @Test
  void anUnknownCodeIsAWarningAndKeepsTheExitCode() throws IOException {
    Cli base = KeqiaoCliEndToEndTest.yusuan("check", original.toString(), "--format", "json");
    Cli c = KeqiaoCliEndToEndTest.yusuan("check", changed.toString(), "--format", "json");
    assertThat(catalogueFindings(base)).isEmpty();
    assertThat(catalogueFindings(c)).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("WARNING")
        .contains("30298", "不在内置 2024 年"));
    assertThat(c.code).as(c.err).isEqualTo(base.code);
  }

  @Test
  void theUsersListSilencesItAndIsNamedInMessages() throws IOException {
    Path list = Files.writeString(tmp.resolve("local-2024.tsv"),
        "# 本地科目\nscheme\tcode\tname\nECONOMIC_DEPARTMENT\t30298\t其他交通费用\n");
    Cli c = KeqiaoCliEndToEndTest.yusuan("check", changed.toString(), "--format", "json", "--catalogue",
        list.toString());
    assertThat(c.code).as(c.err).isIn(0, 1);
    assertThat(catalogueFindings(c)).isEmpty();
    Files.writeString(list, "scheme\tcode\tname\nECONOMIC_DEPARTMENT\t30298\t本地交通费\n");
    Cli named = KeqiaoCliEndToEndTest.yusuan("check", changed.toString(), "--format", "json", "--catalogue",
        list.toString());
    assertThat(catalogueFindings(named)).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("WARNING")
        .contains("local-2024.tsv", "本地交通费"));
  }

  @Test
  void aBadListExitsTwoNamingEveryBadLine() throws IOException {
    Path list = Files.writeString(tmp.resolve("bad.tsv"),
        "scheme\tcode\tname\nFUNCTION\t20\t短\nFUNCTION\t201\t一般公共服务支出\nNOPE\t30298\tX\n");
    Cli c = KeqiaoCliEndToEndTest.yusuan("check", changed.toString(), "--catalogue", list.toString());
    assertThat(c.code).isEqualTo(2);
    assertThat(c.out).isEmpty();
    assertThat(c.err).contains("bad.tsv", "line 2", "line 4", "第 4 行").doesNotContain("line 3 ")
        .doesNotContain("Exception");
    Cli missing = KeqiaoCliEndToEndTest.yusuan("check", changed.toString(), "--catalogue",
        tmp.resolve("none.tsv").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("科目表文件不存在", "none.tsv");
  }
}
