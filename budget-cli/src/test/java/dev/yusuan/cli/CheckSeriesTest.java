package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --previous} and {@code check --series} on the real Jiangsu 2018–2019 disclosures. */
class CheckSeriesTest {
  private static final Path REAL = Path.of("../budget-pdf/src/test/resources/real");

  private static String file(String dept, int year, boolean tables) {
    return REAL.resolve("jiangsu-" + dept + "-" + year + "-budget" + (tables ? "-tables" : "") + ".pdf").toString();
  }

  @Test
  void previousWithJoinChecksTwoYearsOfOneDepartment() throws Exception {
    String d = "party-committee-office";
    Cli r = Cli.run(Wiring::standard, "check", "--join", "--previous", file(d, 2018, false), "--previous",
        file(d, 2018, true), file(d, 2019, false), file(d, 2019, true), "--format", "json");
    assertThat(r.code).as(r.toString()).isIn(0, 1);
    JsonNode docs = new ObjectMapper().readTree(r.out).get("documents");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).get("source").asText()).contains("2018");
    assertThat(docs.get(1).get("source").asText()).contains("2019");
    assertThat(new ObjectMapper().readTree(r.out).get("rules").toString()).contains("series.prior-statement");
  }

  @Test
  void seriesGroupsADirectoryByDepartmentAndYear(@TempDir Path dir) throws Exception {
    for (String d : new String[] {"party-committee-office", "cppcc-office"}) {
      for (int y = 2018; y <= 2019; y++) {
        for (boolean t : new boolean[] {false, true}) {
          Path src = Path.of(file(d, y, t));
          Files.copy(src, dir.resolve(src.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Cli r = Cli.run(Wiring::standard, "check", "--series", dir.toString(), "--format", "json");
    assertThat(r.code).as(r.toString()).isIn(0, 1);
    JsonNode docs = new ObjectMapper().readTree(r.out).get("documents");
    // 2 departments × 2 years, each year's narrative and tables joined into one document
    assertThat(docs).hasSize(4);
    for (JsonNode doc : docs) {
      assertThat(doc.get("source").asText()).contains("+").contains("tables");
    }
  }

  @Test
  void previousWithoutThisYearsDocumentIsAUsageError() {
    Cli r = Cli.run(Wiring::standard, "check", "--previous", file("cppcc-office", 2018, false));
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("--previous").doesNotContain("Exception");
  }
}
