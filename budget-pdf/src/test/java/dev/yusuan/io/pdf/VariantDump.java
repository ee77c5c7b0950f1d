package dev.yusuan.io.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one generated variant of {@link ContentDrivenReadingProperties} to a file (debugging). */
public final class VariantDump {
  private VariantDump() {}

  /**
   * Args: out.pdf prefix caption codeHeader nameHeader style parents wrap total continued
   * [codeless row indexes, comma-separated].
   */
  public static void main(String[] a) throws Exception {
    ContentDrivenReadingProperties.Variant v = new ContentDrivenReadingProperties.Variant(a[1], a[2],
        a[3], a[4], ContentDrivenReadingProperties.CodeStyle.valueOf(a[5]), Boolean.parseBoolean(a[6]),
        Boolean.parseBoolean(a[7]), a[8], Boolean.parseBoolean(a[9]), a.length > 10
            ? java.util.Arrays.stream(a[10].split(",")).map(Integer::valueOf)
                .collect(java.util.stream.Collectors.toSet()) : java.util.Set.of());
    Files.write(Path.of(a[0]), ContentDrivenReadingProperties.write(PdfFixture.cjkFont().orElseThrow(), v));
  }
}
