package dev.yusuan.io.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debug aid: writes the Shanghai fixtures to /tmp. */
public final class FixtureDump {
  public static void main(String[] args) throws Exception {
    Path font = PdfFixture.cjkFont().orElseThrow();
    Files.write(Path.of("/tmp/sh-budget.pdf"), ShanghaiFixtures.budget(font));
    Files.write(Path.of("/tmp/sh-final.pdf"), ShanghaiFixtures.finalAccount(font));
  }
}
