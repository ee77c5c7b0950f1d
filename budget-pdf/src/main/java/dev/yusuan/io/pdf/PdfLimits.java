package dev.yusuan.io.pdf;

import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks a PDF's structure against the {@link ReadLimits} before text is extracted, walking PDFBox's
 * object graph without recursion over the page tree: pages, page-tree depth, Form XObject nesting depth
 * and the number of Form XObject invocations once nested forms are expanded (forms that each draw two
 * others, 30 levels deep, make 2³⁰ drawings from a few kilobytes). Also says whether the file ends
 * with {@code %%EOF} (a file cut short does not).
 */
final class PdfLimits {
  private PdfLimits() {}

  /** Whether the last KiB of the file holds the end-of-file marker {@code %%EOF}. */
  static boolean complete(byte[] pdf) {
    int from = Math.max(0, pdf.length - 1024);
    String tail = new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  /**
   * Throws when the loaded PDF exceeds a limit; called on the document the reader loads anyway, before
   * any text is extracted from it (one load per file). A structure the walk cannot follow passes:
   * extraction reports what it cannot read.
   */
  static void check(PDDocument d, ReadLimits limits) throws LimitExceededException {
    try {
      COSDictionary root = d.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
      if (root != null) {
        walk(root, limits);
      }
    } catch (LimitExceededException e) {
      throw e;
    } catch (RuntimeException e) {
      // unreadable structure: reported by the reader
    }
  }

  /** A page-tree node, its depth and the resources it inherits. */
  private record Node(COSDictionary dict, int depth, COSDictionary resources) {}

  private static void walk(COSDictionary root, ReadLimits limits) throws LimitExceededException {
    Set<COSDictionary> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Map<COSStream, long[]> forms = new IdentityHashMap<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(new Node(root, 1, root.getCOSDictionary(COSName.RESOURCES)));
    long pages = 0;
    long uses = 0;
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (!seen.add(n.dict())) {
        continue; // a page-tree loop: PDFBox skips it too
      }
      if (n.depth() > limits.maxNestingDepth()) {
        throw new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(),
            "a PDF page tree more than " + limits.maxNestingDepth() + " levels deep / PDF 页面树超过 "
                + limits.maxNestingDepth() + " 层");
      }
      COSDictionary res = n.dict().getCOSDictionary(COSName.RESOURCES);
      if (res == null) {
        res = n.resources();
      }
      if (n.dict().getCOSArray(COSName.KIDS) == null) {
        uses += invocations(n.dict(), res, forms, limits, 0);
      }
      if (uses > limits.maxFormXObjectUses()) {
        throw usesExceeded(limits);
      }
      COSArray kids = n.dict().getCOSArray(COSName.KIDS);
      if (kids == null) {
        if (++pages > limits.maxPages()) {
          throw new LimitExceededException("maxPages", limits.maxPages(), "a PDF of more than "
              + limits.maxPages() + " pages / PDF 超过 " + limits.maxPages() + " 页");
        }
        continue;
      }
      for (int i = kids.size() - 1; i >= 0; i--) {
        if (kids.getObject(i) instanceof COSDictionary k) {
          stack.push(new Node(k, n.depth() + 1, res));
        }
      }
    }
  }

  private static LimitExceededException usesExceeded(ReadLimits limits) {
    return new LimitExceededException("maxFormXObjectUses", limits.maxFormXObjectUses(),
        "a PDF drawing Form XObjects more than " + limits.maxFormXObjectUses() + " times / PDF 表单对象"
            + "绘制超过 " + limits.maxFormXObjectUses() + " 次");
  }

  /** {@code /Name Do}: a content stream draws the XObject named {@code Name}. */
  private static final java.util.regex.Pattern DO =
      java.util.regex.Pattern.compile("/([^\\s/\\[\\]()<>{}%]+)\\s+Do(?![A-Za-z0-9_])");

  /** How often each XObject name is drawn by the content of {@code owner} (a page or a form). */
  private static Map<String, Long> draws(COSDictionary owner) {
    Map<String, Long> n = new java.util.HashMap<>();
    COSBase c = owner instanceof COSStream ? owner : owner.getDictionaryObject(COSName.CONTENTS);
    java.util.List<COSStream> streams = new java.util.ArrayList<>();
    if (c instanceof COSStream st) {
      streams.add(st);
    } else if (c instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.getObject(i) instanceof COSStream st) {
          streams.add(st);
        }
      }
    }
    for (COSStream st : streams) {
      try (java.io.InputStream in = st.createInputStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = DO.matcher(text);
        while (m.find()) {
          n.merge(m.group(1), 1L, Long::sum);
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable stream draws nothing here; extraction reports it
      }
    }
    return n;
  }

  /**
   * Form XObject invocations the content of {@code owner} (a page or a form) leads to: each drawing of
   * a form counts once plus the invocations of its own content.
   */
  private static long invocations(COSDictionary owner, COSDictionary res, Map<COSStream, long[]> memo,
      ReadLimits limits, int depth) throws LimitExceededException {
    COSDictionary xo = res == null ? null : res.getCOSDictionary(COSName.XOBJECT);
    if (xo == null) {
      return 0;
    }
    long total = 0;
    for (Map.Entry<String, Long> d : draws(owner).entrySet()) {
      COSBase b = xo.getDictionaryObject(COSName.getPDFName(d.getKey()));
      if (b instanceof COSStream f && COSName.FORM.equals(f.getCOSName(COSName.SUBTYPE))) {
        long each = form(f, memo, limits, depth + 1);
        if (each > limits.maxFormXObjectUses() / d.getValue()) {
          throw usesExceeded(limits);
        }
        total += each * d.getValue();
        if (total > limits.maxFormXObjectUses()) {
          throw usesExceeded(limits);
        }
      }
    }
    return total;
  }

  /** Invocations of a form and its nested forms; depth-bounded, so the recursion is too. */
  private static long form(COSStream s, Map<COSStream, long[]> memo, ReadLimits limits, int depth)
      throws LimitExceededException {
    if (depth > limits.maxNestingDepth()) {
      throw new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(),
          "PDF Form XObjects nested more than " + limits.maxNestingDepth() + " levels deep (or in a loop)"
              + " / PDF 表单对象嵌套超过 " + limits.maxNestingDepth() + " 层（或循环引用）");
    }
    long[] known = memo.get(s);
    if (known != null) {
      return known[0];
    }
    long n = 1 + invocations(s, s.getCOSDictionary(COSName.RESOURCES), memo, limits, depth);
    memo.put(s, new long[] {n});
    return n;
  }
}
