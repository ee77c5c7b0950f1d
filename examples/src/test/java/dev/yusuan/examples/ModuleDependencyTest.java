package dev.yusuan.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Packages and modules depend only downwards: model ← rules ← io ← cli ← examples (DESIGN.md §1). */
class ModuleDependencyTest {
  /** DESIGN.md §1, top to bottom. */
  static final List<String> ORDER = List.of("budget-bom", "budget-model", "budget-rules", "budget-io",
      "budget-tables", "budget-pdf", "budget-xlsx", "budget-html", "budget-word", "budget-report", "budget-cli", "examples",
      "budget-bench", "budget-spark");
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.yusuan");
  }

  @Test
  void everyLayerIsOnTheClassPath() {
    for (String p : List.of("dev.yusuan.model", "dev.yusuan.rules", "dev.yusuan.io", "dev.yusuan.cli",
        "dev.yusuan.examples")) {
      assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(p))).as(p).isTrue();
    }
  }

  @Test
  void modelDependsOnNoOtherLayer() {
    noClasses().that().resideInAPackage("dev.yusuan.model..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.rules..", "dev.yusuan.io..", "dev.yusuan.cli..", "dev.yusuan.examples..")
        .check(classes);
  }

  @Test
  void rulesDependOnlyOnTheModel() {
    noClasses().that().resideInAPackage("dev.yusuan.rules..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.io..", "dev.yusuan.cli..", "dev.yusuan.examples..").check(classes);
  }

  @Test
  void ioDoesNotDependOnCliOrExamples() {
    noClasses().that().resideInAPackage("dev.yusuan.io..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.cli..", "dev.yusuan.examples..").check(classes);
  }

  /** The I/O core knows nothing of the heavy modules; they plug in through the SPI. */
  @Test
  void ioCoreDependsOnNoHeavyModule() {
    noClasses().that().resideInAnyPackage("dev.yusuan.io", "dev.yusuan.io.internal..", "dev.yusuan.io.text..",
        "dev.yusuan.io.json..", "dev.yusuan.io.csv..", "dev.yusuan.io.fdp..", "dev.yusuan.io.narrative..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.yusuan.io.pdf..", "dev.yusuan.io.xlsx..",
            "dev.yusuan.io.html..", "dev.yusuan.io.word..", "dev.yusuan.io.report..", "org.apache.pdfbox..",
            "org.apache.poi..", "org.jsoup..")
        .check(classes);
  }

  /** The table stages shared by the PDF and xlsx readers know neither PDFBox nor POI nor the readers. */
  @Test
  void tableStagesDependOnNoReaderLibrary() {
    noClasses().that().resideInAPackage("dev.yusuan.io.tables..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.io.pdf..", "dev.yusuan.io.xlsx..", "dev.yusuan.io.html..",
            "dev.yusuan.io.report..", "org.apache.pdfbox..", "org.apache.poi..", "org.jsoup..")
        .check(classes);
  }

  @Test
  void readerModulesDoNotDependOnEachOther() {
    noClasses().that().resideInAPackage("dev.yusuan.io.pdf..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.io.xlsx..", "dev.yusuan.io.report..").check(classes);
    noClasses().that().resideInAPackage("dev.yusuan.io.xlsx..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.io.pdf..", "dev.yusuan.io.report..").check(classes);
    noClasses().that().resideInAPackage("dev.yusuan.io.report..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.io.pdf..", "dev.yusuan.io.xlsx..", "dev.yusuan.io.html..").check(classes);
    noClasses().that().resideInAPackage("dev.yusuan.io.html..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.io.pdf..", "dev.yusuan.io.xlsx..", "dev.yusuan.io.word..",
            "dev.yusuan.io.report..").check(classes);
    noClasses().that().resideInAPackage("dev.yusuan.io.word..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.io.pdf..", "dev.yusuan.io.xlsx..", "dev.yusuan.io.html..",
            "dev.yusuan.io.tables..", "dev.yusuan.io.report..", "org.jsoup..").check(classes);
  }

  @Test
  void cliDoesNotDependOnExamples() {
    noClasses().that().resideInAPackage("dev.yusuan.cli..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.examples..").check(classes);
  }

  @Test
  void examplesUseTheLibraryNotTheCommandLine() {
    noClasses().that().resideInAPackage("dev.yusuan.examples..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.cli..").check(classes);
  }

  @Test
  void theArchitectureRuleCatchesAnUpwardDependency() {
    // a deliberate counter-check: cli does depend on io, so the rule forbidding it must fail
    var rule = noClasses().that().resideInAPackage("dev.yusuan.cli..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.yusuan.io..");
    assertThat(rule.evaluate(classes).hasViolation()).isTrue();
  }

  static Document pom(Path p) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile());
  }

  static List<String> children(Element parent, String list, String item) {
    List<String> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(list)) {
        NodeList items = e.getElementsByTagName(item);
        for (int i = 0; i < items.getLength(); i++) {
          out.add(items.item(i).getTextContent().trim());
        }
      }
    }
    return out;
  }

  /** dev.yusuan artifacts among the module's own (not managed) dependencies. */
  static List<String> projectDependencies(Path pomFile) throws Exception {
    Element root = pom(pomFile).getDocumentElement();
    List<String> out = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element deps && deps.getTagName().equals("dependencies")) {
        NodeList ds = deps.getElementsByTagName("dependency");
        for (int i = 0; i < ds.getLength(); i++) {
          Element d = (Element) ds.item(i);
          String g = d.getElementsByTagName("groupId").item(0).getTextContent().trim();
          if (g.equals("dev.yusuan") || g.equals("${project.groupId}")) {
            out.add(d.getElementsByTagName("artifactId").item(0).getTextContent().trim());
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyModulePomDependsOnlyOnModulesAboveIt() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> modules = children(pom(root.resolve("pom.xml")).getDocumentElement(), "modules", "module");
    assertThat(modules).contains("budget-model", "budget-rules", "budget-io", "budget-cli", "examples");
    for (String m : modules) {
      assertThat(ORDER).as("module %s is placed in DESIGN.md §1", m).contains(m);
      Path pomFile = root.resolve(m).resolve("pom.xml");
      assertThat(pomFile).exists();
      for (String dep : projectDependencies(pomFile)) {
        assertThat(ORDER.indexOf(dep)).as("%s depends on %s", m, dep).isGreaterThanOrEqualTo(0)
            .isLessThan(ORDER.indexOf(m));
      }
    }
    assertThat(projectDependencies(root.resolve("examples/pom.xml"))).contains("budget-io", "budget-cli");
  }

  @Test
  void thePomCheckSeesAnUpwardDependency() throws Exception {
    Path bad = Files.createTempFile("pom", ".xml");
    Files.writeString(bad, "<project><artifactId>budget-model</artifactId><dependencies><dependency>"
        + "<groupId>dev.yusuan</groupId><artifactId>budget-io</artifactId></dependency></dependencies></project>");
    assertThat(projectDependencies(bad)).containsExactly("budget-io");
    assertThat(ORDER.indexOf("budget-io")).isGreaterThan(ORDER.indexOf("budget-model"));
  }
}
