package dev.yusuan.io.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of {@link TrackedChangesProperties}, each failing before the reader read only what Word shows. */
class TrackedChangesTest {
  private static final KeqiaoDocx.Style PLAIN = new KeqiaoDocx.Style(true, false, false, false, false, false, false, 1);

  private static BudgetDocument read(TrackedChangesProperties.Kind kind) throws Exception {
    byte[] docx = TrackedChangesProperties.revise(KeqiaoDocx.write(KeqiaoDocx.TEXT, PLAIN).bytes(), 1, List.of(kind));
    return WordDocumentReaderProperties.read(docx);
  }

  /** Before: every figure read as 12706.242706.24 (the moved-away text glued to it), 275 table.bad-number ERRORs. */
  @Test
  void textMovedAwayIsNotRead() throws Exception {
    BudgetDocument d = read(TrackedChangesProperties.Kind.MOVE);
    assertThat(WordDocumentReaderProperties.key(d.facts()))
        .isEqualTo(WordDocumentReaderProperties.key(WordDocumentReaderProperties.TEXT_FORM.facts()));
    assertThat(d.diagnostics()).noneMatch(x -> x.severity() == Severity.ERROR);
  }

  /** Before: 2706.24 with a superscript 1 was read as 2706.241, a wrong figure without a word. */
  @Test
  void aSuperscriptNoteMarkIsNotPartOfTheFigure() throws Exception {
    BudgetDocument d = read(TrackedChangesProperties.Kind.NOTE_MARK);
    assertThat(WordDocumentReaderProperties.key(d.facts()))
        .isEqualTo(WordDocumentReaderProperties.key(WordDocumentReaderProperties.TEXT_FORM.facts()));
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("word.note-mark")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
  }

  /** Before: the hidden older figure was glued to the shown one (a table.bad-number ERROR per cell). */
  @Test
  void hiddenTextIsCountedNotRead() throws Exception {
    BudgetDocument d = read(TrackedChangesProperties.Kind.HIDDEN_OLD);
    assertThat(WordDocumentReaderProperties.key(d.facts()))
        .isEqualTo(WordDocumentReaderProperties.key(WordDocumentReaderProperties.TEXT_FORM.facts()));
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("word.hidden-text")).isNotEmpty()
        .allSatisfy(x -> {
          assertThat(x.severity()).isEqualTo(Severity.WARNING);
          assertThat(x.unreadAmounts()).isEqualTo(1);
          assertThat(x.messageZh()).contains("隐藏文字");
        });
    assertThat(BudgetIo.partlyRead(d)).isPresent();
  }
}
