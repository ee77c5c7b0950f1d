package dev.yusuan.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.cli.Cli;
import dev.yusuan.cli.Wiring;
import dev.yusuan.cli.Yusuan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office files the command line cannot read are input failures (exit 2) with a reason, never "not a
 * disclosure" and never a stack trace: a Word 97-2003 .doc (save as .docx), a file named .docx that is
 * none, an .xls of random bytes after the OLE2 signature.
 */
class OfficeInputTest {
  @TempDir
  Path dir;

  static byte[] ole2(String stream) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
      fs.writeFilesystem(out);
    }
    return out.toByteArray();
  }

  Cli check(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return Cli.run(Wiring::standard, "check", p.toString());
  }

  static void refused(Cli c, String... reasons) {
    assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.FAILURE);
    assertThat(c.err).as(c.toString()).startsWith("yusuan: ").contains(reasons).doesNotContain("\tat ")
        .doesNotContain("Exception in").doesNotContain("no budget disclosure");
  }

  @Test
  void aWord97DocIsRefusedWithWhatToDo() throws IOException {
    refused(check("budget.doc", ole2("WordDocument")), "Word 97-2003 .doc: save as .docx", "另存为 .docx");
  }

  @Test
  void aFileNamedDocxThatIsNoneIsAnInputFailure() throws IOException {
    refused(check("budget.docx", "不是文档".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "could not be read completely");
  }

  @Test
  void anUnreadableXlsIsAnInputFailure() throws IOException {
    byte[] b = ole2("Workbook");
    byte[] noise = new byte[2048];
    new Random(3).nextBytes(noise);
    System.arraycopy(noise, 0, b, 600, noise.length);
    refused(check("budget.xls", b), "could not be read completely");
  }
}
