package dev.yusuan.cli;

import dev.yusuan.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The annotated picocli models of {@code yusuan}, {@code check}, {@code convert} and {@code facts} as they were before their
 * models were built in code ({@link Specs}): the reference the built models must equal (help, usage
 * errors, parsed values).
 */
final class AnnotatedModels {
  private AnnotatedModels() {}

  @Command(name = "yusuan", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = {"Reads Chinese government budget disclosures and checks every published number.",
          "读取政府部门预算公开文件，检查每一个公开数字。"},
      exitCodeListHeading = "%nExit codes / 退出码:%n",
      exitCodeList = {"0:no ERROR finding / 无错误", "1:ERROR findings / 发现错误",
          "2:usage or input failure / 用法或输入错误",
          "3:read only partly, no ERROR finding / 未完整读取（无错误）"})
  static final class Top implements Runnable {
    @Override
    public void run() {}
  }

  @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = {"Checks budget documents; with no FILE, the bundled Keqiao 2024 example.",
          "检查预算文件；未指定文件时检查内置的柯桥区人大办 2024 年部门预算示例。",
          "A directory is checked as a batch, in parallel; each report is written as soon as it is ready, in file order.",
          "目录按批处理并行检查，按文件顺序逐个输出报告。"},
      exitCodeListHeading = "%nExit codes / 退出码:%n",
      exitCodeList = {"0:no ERROR finding / 无错误", "1:ERROR findings / 发现错误",
          "2:usage or input failure / 用法或输入错误",
          "3:read only partly, no ERROR finding / 未完整读取（无错误）"})
  static final class Check implements Runnable {
    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-",
        description = "Documents, directories (batch) or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif|html",
        description = "Report format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path out;

    @Option(names = "--rules", paramLabel = "FILE", description = "Add the rules of a .rules file (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--catalogue", paramLabel = "FILE",
        description = "Add the official 政府收支分类科目 list of your year/region (TSV, see docs/catalogue.md);"
            + " its codes replace the bundled ones.")
    Path catalogue;

    @Option(names = "--min-severity", defaultValue = "INFO", paramLabel = "ERROR|WARNING|INFO",
        description = "Leave out less severe findings (default: ${DEFAULT-VALUE}).")
    Severity minSeverity;

    @Option(names = "--join",
        description = "Read all FILEs as one disclosure (e.g. its narrative PDF and its tables PDF).")
    boolean join;

    @Option(names = "--previous", paramLabel = "FILE",
        description = "Last year's disclosure of the same department: check the years together (repeatable: "
            + "one file per earlier year, or with --join the parts of one earlier disclosure).")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--series",
        description = "Group the documents (files, directories) by department and year and check each "
            + "department's years together; files of one department and year are joined.")
    boolean series;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
        description = "Language of messages (default: ${DEFAULT-VALUE}).")
    CheckCommand.Lang lang;

    @picocli.CommandLine.Mixin
    Limit limitOptions = new Limit();

      @Override
      public void run() {}
    }

  /** The {@code --limit} mixin of {@code check}, {@code convert} and {@code facts}. */
  static final class Limit {
    @Option(names = "--limit", paramLabel = "NAME=VALUE",
        description = "Change a read limit, e.g. maxPages=5000 (repeatable; see docs/security.md).")
    Map<String, String> values = new LinkedHashMap<>();
  }

  /** What {@code convert} and {@code facts} share: the document and {@code --limit}. */
  abstract static class OneDocument implements Runnable {
    @Parameters(index = "0", paramLabel = "IN", description = "The document (or - for standard input).")
    String in;

    @picocli.CommandLine.Mixin
    Limit limitOptions = new Limit();

    @Override
    public void run() {}
  }

  @Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = {"Converts a document to JSON, long-format CSV, xlsx or a Fiscal Data Package.",
          "将预算文件转换为 JSON、长格式 CSV、xlsx 或 Fiscal Data Package。"})
  static final class Convert extends OneDocument {
    @Option(names = "--to", required = true, paramLabel = "json|csv|xlsx|fdp", description = "Target format.")
    String to;

    @Option(names = "--out", required = true, paramLabel = "PATH",
        description = "Output file (a directory for fdp).")
    Path out;
  }

  @Command(name = "facts", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = {"Prints the document's facts in long format to stdout (header row first).",
          "以长格式输出文件中的全部数据（首行为表头）。"})
  static final class Facts extends OneDocument {
    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;
  }
}
