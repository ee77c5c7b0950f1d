package dev.yusuan.io;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads one format into a {@link BudgetDocument}. Found with {@link java.util.ServiceLoader}.
 * {@link BudgetIo} loads each implementation once and shares the instance between calls and threads,
 * so implementations must be thread-safe (keep no per-call state in fields).
 * Implementations never throw for bad content: problems become the document's diagnostics. They throw
 * {@link IOException} only when the input cannot be read at all.
 */
public interface DocumentReader {
  /** {@return format name, e.g. {@code text}, {@code json}, {@code pdf}} */
  String format();

  /** {@return file name extensions this reader takes, lower case without the dot} */
  List<String> extensions();

  /**
   * Whether this reader recognises the content: {@code head} holds the first bytes (up to 8 KiB) and
   * {@code fileName} may be empty when reading standard input.
   *
   * @param fileName the file's name (not its path), or empty
   * @param head the first bytes of the content, possibly fewer than 8 KiB
   * @return whether this reader takes the content
   */
  boolean recognises(String fileName, byte[] head);

  /**
   * Reads a document; {@code source} names it in provenance and diagnostics.
   *
   * @param in the content; the caller closes it
   * @param source the name for provenance and diagnostics, usually the file name
   * @return the document, with a diagnostic for every problem found in the content
   * @throws IOException when the input cannot be read at all
   */
  BudgetDocument read(InputStream in, String source) throws IOException;

  /**
   * This reader resolving classification names and codes with {@code catalogue} (e.g. a region's
   * official list) instead of the bundled {@link Catalogue#standard()}. Readers that do not use a
   * catalogue return themselves (the default).
   *
   * @param catalogue the catalogue of 政府收支分类科目 to use
   * @return a reader using it (this reader when it uses none)
   */
  default DocumentReader withCatalogue(Catalogue catalogue) {
    return this;
  }

  /**
   * Reads a document within {@code limits}: readers that can exceed them (very long lines, deep nesting,
   * many pages or cells) check them and throw {@link LimitExceededException}. The default ignores the
   * limits ({@link BudgetIo} bounds the file size for every reader).
   *
   * @param in the content; the caller closes it
   * @param source the name for provenance and diagnostics
   * @param limits the limits to keep to
   * @return the document
   * @throws LimitExceededException when the input exceeds a limit
   * @throws IOException when the input cannot be read at all
   */
  default BudgetDocument read(InputStream in, String source, ReadLimits limits) throws IOException {
    return read(in, source);
  }

  /**
   * Whether this reader reads one disclosure published as several files ({@link #read(List)}).
   *
   * @return false by default
   */
  default boolean readsSeveralFiles() {
    return false;
  }

  /**
   * Reads one disclosure published as several files, in the order given (e.g. the narrative PDF and
   * the tables PDF of one department).
   *
   * @param files the files of one disclosure, in reading order
   * @return one document of all the files
   * @throws UnsupportedFormatException unless {@link #readsSeveralFiles()}
   * @throws IOException when a file cannot be read
   */
  default BudgetDocument read(List<java.nio.file.Path> files) throws IOException {
    throw new UnsupportedFormatException(format(), "one file per document", "每个文件一份文档");
  }

  /**
   * {@link #read(List)} within {@code limits}; the default ignores them.
   *
   * @param files the files of one disclosure, in reading order
   * @param limits the limits to keep to
   * @return one document of all the files
   * @throws LimitExceededException when a file exceeds a limit
   * @throws IOException as {@link #read(List)}
   */
  default BudgetDocument read(List<java.nio.file.Path> files, ReadLimits limits) throws IOException {
    return read(files);
  }
}
