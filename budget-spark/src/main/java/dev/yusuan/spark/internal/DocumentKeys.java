package dev.yusuan.spark.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs files into documents by name: {@code x-budget.pdf} and {@code x-budget-tables.pdf} (or
 * {@code _tables}) in the same directory, with the same extension, are one disclosure, read narrative
 * first. Every other file is a document of its own.
 */
public final class DocumentKeys {
  private static final Pattern TABLES = Pattern.compile("^(.+?)[-_]tables(\\.[^./]*)?$", Pattern.CASE_INSENSITIVE);

  private DocumentKeys() {}

  /** The file name: the part of a path or URI after the last {@code /}. */
  public static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The document a file belongs to: its path with a {@code -tables} part of the name removed. */
  public static String documentId(String path) {
    String name = fileName(path);
    Matcher m = TABLES.matcher(name);
    if (!m.matches()) {
      return path;
    }
    String ext = m.group(2) == null ? "" : m.group(2);
    return path.substring(0, path.length() - name.length()) + m.group(1) + ext;
  }

  /** Reading order within a document: 0 for the narrative (or a single file), 1 for the tables. */
  public static int role(String path) {
    return TABLES.matcher(fileName(path)).matches() ? 1 : 0;
  }

  /** A shuffle key that sorts a document's files together, narrative first. */
  public static String sortKey(String path) {
    return documentId(path) + '\u0000' + role(path) + '\u0000' + path.toLowerCase(Locale.ROOT);
  }

  /** The document of a {@link #sortKey}. */
  public static String documentOfSortKey(String key) {
    return key.substring(0, key.indexOf('\u0000'));
  }
}
