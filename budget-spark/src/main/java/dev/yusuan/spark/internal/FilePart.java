package dev.yusuan.spark.internal;

import java.io.Serializable;

/** One input file on its way to the executor that reads its document. */
public record FilePart(String path, byte[] content) implements Serializable {
  public String name() {
    return DocumentKeys.fileName(path);
  }
}
