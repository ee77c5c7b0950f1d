package dev.yusuan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** The message of {@link UnsupportedFormatException}: the name and each language's reason once. */
class UnsupportedFormatExceptionTest {
  @Test
  void aReasonIsGivenOncePerLanguage() {
    UnsupportedFormatException e = new UnsupportedFormatException("a.txt", "not text", "不是文本");
    assertThat(e.getMessage()).isEqualTo("unsupported format: a.txt: not text / 不支持的格式: a.txt：不是文本");
    assertThat(e.nameOrFormat()).isEqualTo("a.txt");
  }

  @Test
  void undecodableTextNamesTheEncodingsTriedOnce() {
    byte[] noise = new byte[4000];
    new java.util.Random(7).nextBytes(noise);
    assertThatThrownBy(() -> BudgetIo.read(new ByteArrayInputStream(noise), "noise.txt"))
        .isInstanceOf(UnsupportedFormatException.class)
        .satisfies(x -> {
          String m = x.getMessage();
          assertThat(m.indexOf("tried UTF-8")).isEqualTo(m.lastIndexOf("tried UTF-8")).isPositive();
          assertThat(m.indexOf("已尝试")).isEqualTo(m.lastIndexOf("已尝试")).isPositive();
        });
  }
}
