package dev.yusuan.cli.hostile;

import dev.yusuan.cli.hostile.KeqiaoBlocks.Block;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Heading;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Paragraph;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word documents made to hurt at the level of their structure, written with POI's XWPF: the Keqiao
 * disclosure (a paragraph per line, a Word table per table) with one hostile structure — a cell
 * spanning a million grid columns, vertical merges at random (continuing from nothing, restarting
 * anywhere), tables nested in table cells up to 60 deep, a huge table, a row leaving out 100,000 grid
 * columns before its first cell, a table grid declaring many thousand columns.
 */
final class HostileDocx {
  enum Kind { NONE, HUGE_GRIDSPAN, VMERGE_CHAOS, NESTED_TABLES, HUGE_TABLE, HUGE_GRID_BEFORE, HUGE_DECLARED_GRID }

  /** One hostile document: the kind, where (a table, a cell) and how much (a depth, a count). */
  record Case(Kind kind, int table, int cell, int size, long seed) {
    @Override
    public String toString() {
      return kind + "(table " + table + ", cell " + cell + ", size " + size + ", seed " + seed + ")";
    }
  }

  private HostileDocx() {}

  static byte[] document(Case c) {
    Random random = new Random(c.seed());
    try (XWPFDocument doc = new XWPFDocument()) {
      List<Table> tables = KeqiaoBlocks.tables();
      int hostileTable = Math.floorMod(c.table(), tables.size());
      int t = 0;
      for (Block block : KeqiaoBlocks.BLOCKS) {
        if (block instanceof Heading h) {
          doc.createParagraph().createRun().setText(h.text());
        } else if (block instanceof Paragraph p) {
          doc.createParagraph().createRun().setText(p.text());
        } else if (block instanceof Table table) {
          XWPFTable x = table(doc, table);
          if (t++ == hostileTable) {
            hurt(x, c, random);
          }
        }
      }
      if (c.kind() == Kind.HUGE_TABLE) {
        CTTbl tbl = doc.getDocument().getBody().addNewTbl();
        for (int r = 0; r < c.size(); r++) {
          var row = tbl.addNewTr();
          for (int k = 0; k < 50; k++) {
            row.addNewTc().addNewP().addNewR().addNewT().setStringValue(Integer.toString((r + k) % 10));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XWPFTable table(XWPFDocument doc, Table table) {
    XWPFTable x = doc.createTable(table.rows().size(), table.columns());
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> row = table.rows().get(r);
      XWPFTableRow xr = x.getRow(r);
      for (int k = 0; k < table.columns(); k++) {
        XWPFTableCell cell = xr.getCell(k);
        String text = k < row.size() ? row.get(k) : "";
        if (!text.isEmpty()) {
          cell.setText(text);
        }
      }
    }
    return x;
  }

  private static void hurt(XWPFTable x, Case c, Random random) {
    List<XWPFTableCell> cells = x.getRows().stream().flatMap(r -> r.getTableCells().stream()).toList();
    XWPFTableCell target = cells.get(Math.floorMod(c.cell(), cells.size()));
    switch (c.kind()) {
      case HUGE_GRIDSPAN -> pr(target.getCTTc()).addNewGridSpan().setVal(BigInteger.valueOf(1_000_000));
      case VMERGE_CHAOS -> {
        for (XWPFTableCell cell : cells) {
          int roll = random.nextInt(6);
          if (roll < 2) {
            pr(cell.getCTTc()).addNewVMerge().setVal(roll == 0 ? STMerge.CONTINUE : STMerge.RESTART);
          }
        }
      }
      case NESTED_TABLES -> {
        CTTc tc = target.getCTTc();
        for (int d = 0; d < Math.min(c.size(), 60); d++) {
          CTTbl inner = tc.addNewTbl();
          tc.addNewP(); // a cell ends with a paragraph
          tc = inner.addNewTr().addNewTc();
          tc.addNewP().addNewR().addNewT().setStringValue("100.00");
        }
      }
      case HUGE_GRID_BEFORE -> {
        var row = x.getRows().get(Math.floorMod(c.cell(), x.getRows().size())).getCtRow();
        var trPr = row.isSetTrPr() ? row.getTrPr() : row.addNewTrPr();
        trPr.addNewGridBefore().setVal(BigInteger.valueOf(100_000));
      }
      case HUGE_DECLARED_GRID -> {
        CTTblGrid grid = x.getCTTbl().getTblGrid() == null ? x.getCTTbl().addNewTblGrid() : x.getCTTbl().getTblGrid();
        for (int k = 0; k < c.size() * 10; k++) {
          grid.addNewGridCol().setW(BigInteger.valueOf(10));
        }
      }
      default -> { }
    }
  }

  private static CTTcPr pr(CTTc tc) {
    return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
  }
}
