package dev.yusuan.io.internal;

/** What the readers of zip-based formats (xlsx, docx) check before handing the bytes to a zip library. */
public final class Zips {
  private Zips() {}

  /**
   * Whether the zip's end-of-central-directory record ({@code PK\5\6}) is in the last 64 KiB + 22
   * bytes, as in every complete zip file. A zip read as a stream (as POI reads one) silently stops
   * where a cut file ends; without this record the file is incomplete.
   *
   * @param b the file's bytes
   * @return whether the record is there
   */
  public static boolean hasCentralDirectory(byte[] b) {
    int stop = Math.max(0, b.length - 22 - 65_535);
    for (int i = b.length - 22; i >= stop; i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
        return true;
      }
    }
    return false;
  }
}
