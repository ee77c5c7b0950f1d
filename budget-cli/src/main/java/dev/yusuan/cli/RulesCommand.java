package dev.yusuan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.rules.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yusuan rules [--format text|json]}: every rule of the active packs. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Lists every rule of the active packs with id, severity and title.",
        "列出当前规则包中的全部规则（编号、严重程度、标题）。"})
final class RulesCommand implements Callable<Integer> {
  private final Context ctx;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--rules", paramLabel = "FILE", description = "Also load the rules of a .rules file.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "Title language.")
  CheckCommand.Lang lang;

  RulesCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    if (!List.of("text", "json").contains(format)) {
      throw new InputException("unknown format / 未知格式: " + format + " (text, json)");
    }
    for (Path r : rules) {
      if (!Files.isRegularFile(r)) {
        throw new InputException("no such rules file / 规则文件不存在: " + r);
      }
    }
    List<RuleInfo> all = ctx.engines().create(rules).rules();
    if (format.equals("json")) {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ArrayNode a = m.createArrayNode();
      for (RuleInfo r : all) {
        ObjectNode n = a.addObject();
        n.put("id", r.id());
        n.put("severity", r.severity().name());
        n.put("titleZh", r.titleZh());
        n.put("titleEn", r.titleEn());
        n.put("pack", r.pack());
        r.hint().ifPresent(h -> n.put("hint", h));
      }
      ctx.out().println(m.writeValueAsString(a));
    } else {
      int w = all.stream().mapToInt(r -> r.id().length()).max().orElse(2);
      for (RuleInfo r : all) {
        ctx.out().println(String.format("%-" + w + "s  %-7s  %s", r.id(), r.severity().name(),
            lang == CheckCommand.Lang.en ? r.titleEn() : r.titleZh()));
      }
      ctx.out().println(all.size() + (lang == CheckCommand.Lang.en ? " rules" : " 条规则"));
    }
    ctx.out().flush();
    return Yusuan.OK;
  }
}
