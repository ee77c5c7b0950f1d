package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code check --join}: a disclosure published as a narrative PDF and a tables PDF is one document. */
class CheckJoinTest {
  private static final Path REAL = Path.of("../budget-pdf/src/test/resources/real");
  private static final String NARRATIVE = REAL.resolve("jiangsu-npcsc-office-2019-budget.pdf").toString();
  private static final String TABLES = REAL.resolve("jiangsu-npcsc-office-2019-budget-tables.pdf").toString();

  @Test
  void narrativeAndTablesPdfAreCheckedAsOneDocument() throws Exception {
    Cli joined = Cli.run(Wiring::standard, "check", "--join", NARRATIVE, TABLES, "--format", "json");
    assertThat(joined.code).as(joined.toString()).isZero();
    JsonNode docs = new ObjectMapper().readTree(joined.out).get("documents");
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).get("source").asText()).contains("+");

    // Without --join the two files are two documents.
    Cli apart = Cli.run(Wiring::standard, "check", NARRATIVE, TABLES, "--format", "json");
    assertThat(new ObjectMapper().readTree(apart.out).get("documents")).hasSize(2);
  }

  @Test
  void joinRefusesMixedFormatsAndSingleFilesWithExitTwo() {
    Cli mixed = Cli.run(Wiring::standard, "check", "--join", NARRATIVE,
        "../budget-io/src/main/resources/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt");
    assertThat(mixed.code).isEqualTo(2);
    assertThat(mixed.err).contains("share a format").doesNotContain("Exception");
    Cli single = Cli.run(Wiring::standard, "check", "--join", NARRATIVE);
    assertThat(single.code).isEqualTo(2);
    assertThat(single.err.lines()).hasSize(1);
  }
}
