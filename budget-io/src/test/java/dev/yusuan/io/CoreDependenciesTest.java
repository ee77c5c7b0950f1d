package dev.yusuan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The I/O core is light (DESIGN.md §1): a user who reads text, JSON or CSV does not pull PDFBox or
 * POI. This module's test class path is its whole resolved dependency tree (compile, runtime and
 * test scopes), so neither library may be found on it, by jar name or by class.
 */
class CoreDependenciesTest {
  static final List<String> HEAVY = List.of("pdfbox", "fontbox", "poi", "xmlbeans", "commons-math3", "echarts");

  @Test
  void noPdfBoxNoPoiOnTheClassPath() {
    List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(p -> new File(p).getName()).toList();
    assertThat(jars).as("class path of budget-io").isNotEmpty()
        .noneMatch(j -> HEAVY.stream().anyMatch(h -> j.startsWith(h + "-") || j.startsWith(h + ".")));
    assertThatThrownBy(() -> Class.forName("org.apache.pdfbox.pdmodel.PDDocument"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.apache.poi.ss.usermodel.Workbook"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theCoreStillReadsItsOwnFormatsAndRefusesTheOthersClearly() {
    assertThat(BudgetIo.readers()).extracting(DocumentReader::format).contains("text", "json", "csv")
        .doesNotContain("pdf", "xlsx");
    assertThat(BudgetIo.reader("pdf")).isEmpty();
  }

  @Test
  void theJarCheckSeesAHeavyJar() {
    assertThat(HEAVY.stream().anyMatch(h -> "pdfbox-3.0.8.jar".startsWith(h + "-"))).isTrue();
  }
}
