package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up runs only for the commands that read documents, never for help or version,
 * and a command started after it gives the same output and exit code as one started without it.
 */
class StartupTest {
  @Test
  void warmsUpOnlyForCommandsReadingDocuments() {
    for (String[] args : new String[][] {{}, {"rules"}, {"--help"}, {"--version"}, {"check", "--help"},
        {"convert", "-h"}, {"facts", "x", "-V"}, {"Check"}, {"x", "check"}}) {
      Startup.begin(args);
      assertThat(Startup.started()).as(String.join(" ", args)).isFalse();
    }
    for (String name : new String[] {"check", "convert", "facts"}) {
      Startup.begin(new String[] {name, "x.txt", "y.PDF"});
      assertThat(Startup.started()).as(name).isTrue();
      Startup.await();
      assertThat(Startup.started()).as(name).isFalse();
    }
  }

  @Test
  void aPdfCheckAfterTheWarmUpIsTheCheckWithout() {
    String pdf = "../budget-pdf/src/test/resources/real/jiangsu-npcsc-office-2019-budget-tables.pdf";
    Startup.begin(new String[] {"check", pdf});
    Cli with = Cli.run(Wiring::standard, "check", pdf);
    Cli without = Cli.run(Wiring::standard, "check", pdf);
    assertThat(with.code).as(with.toString()).isEqualTo(without.code).isIn(Yusuan.OK, Yusuan.FINDINGS);
    assertThat(with.out).isEqualTo(without.out).isNotEmpty();
  }

  @Test
  void aCheckAfterTheWarmUpIsTheCheckWithout() {
    Cli without = Cli.run(Wiring::standard, "check", "--lang", "en");
    Startup.begin(new String[] {"check", "--lang", "en"});
    Cli with = Cli.run(Wiring::standard, "check", "--lang", "en");
    assertThat(Startup.started()).isFalse();
    assertThat(with.code).isEqualTo(without.code).isEqualTo(Yusuan.FINDINGS);
    assertThat(with.out).isEqualTo(without.out).isNotEmpty();
    assertThat(with.err).isEqualTo(without.err);
  }
}
