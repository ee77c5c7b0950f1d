package dev.yusuan.spark.internal;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Interval;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.rules.Finding;
import dev.yusuan.spark.FactRow;
import dev.yusuan.spark.FindingRow;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Model values to flat rows and back. */
public final class Rows {
  /** Decimals of the {@code amount} column; {@code lo} and {@code hi} have one more. */
  public static final int AMOUNT_SCALE = 8;
  /** Integer digits of the decimal columns ({@code decimal(28,8)}). */
  public static final int AMOUNT_INTEGER_DIGITS = 20;

  /** The fact row's accessors of each dimension, so that rows and coordinates map one to one. */
  private static final Map<FactDimension, Function<FactRow, String>> GET = new EnumMap<>(FactDimension.class);
  private static final Map<FactDimension, BiConsumer<FactRow, String>> SET = new EnumMap<>(FactDimension.class);

  static {
    dim(FactDimension.FUNCTION, FactRow::getFunction, FactRow::setFunction);
    dim(FactDimension.ECONOMIC, FactRow::getEconomic, FactRow::setEconomic);
    dim(FactDimension.ECONOMIC_GOVERNMENT, FactRow::getEconomicGovernment, FactRow::setEconomicGovernment);
    dim(FactDimension.REVENUE_CLASS, FactRow::getRevenueClass, FactRow::setRevenueClass);
    dim(FactDimension.FUND_SOURCE, FactRow::getFundSource, FactRow::setFundSource);
    dim(FactDimension.SPENDING_TYPE, FactRow::getSpendingType, FactRow::setSpendingType);
    dim(FactDimension.THREE_PUBLIC_ITEM, FactRow::getThreePublicItem, FactRow::setThreePublicItem);
    dim(FactDimension.PROCUREMENT_TYPE, FactRow::getProcurementType, FactRow::setProcurementType);
    dim(FactDimension.BUDGET_UNIT, FactRow::getBudgetUnit, FactRow::setBudgetUnit);
    dim(FactDimension.PROJECT, FactRow::getProject, FactRow::setProject);
    dim(FactDimension.PERIOD, FactRow::getPeriod, FactRow::setPeriod);
    dim(FactDimension.PROCUREMENT_ITEM, FactRow::getProcurementItem, FactRow::setProcurementItem);
    if (GET.size() != FactDimension.values().length) {
      throw new IllegalStateException("a FactDimension has no column in FactRow");
    }
  }

  private Rows() {}

  private static void dim(FactDimension d, Function<FactRow, String> get, BiConsumer<FactRow, String> set) {
    GET.put(d, get);
    SET.put(d, set);
  }

  /** A fact as a row of its document. */
  public static FactRow fact(String documentId, BudgetDocument doc, Fact f) {
    FactRow r = new FactRow();
    r.setDocumentId(documentId);
    r.setConcept(f.concept().name());
    f.coordinates().asMap().forEach((d, m) -> SET.get(d).accept(r, m));
    Amount a = f.amount();
    r.setValue(a.value().toPlainString());
    r.setScale(a.scale());
    r.setPrinted(a.format());
    r.setUnit(a.unit().name());
    Interval i = a.interval();
    r.setAmount(fits(a.value(), AMOUNT_SCALE));
    r.setLo(fits(i.lo(), AMOUNT_SCALE + 1));
    r.setHi(fits(i.hi(), AMOUNT_SCALE + 1));
    Provenance p = f.provenance();
    r.setSource(p.source());
    r.setTableId(p.tableId().orElse(null));
    r.setTableTitle(p.tableTitle().orElse(null));
    r.setRowLabel(p.rowLabel().orElse(null));
    r.setRowCode(p.rowCode().orElse(null));
    r.setRowNumber(boxed(p.rowNumber()));
    r.setColumnHeader(p.columnHeader().orElse(null));
    r.setColumnNumber(p.columnNumber().orElse(null));
    r.setPage(boxed(p.page()));
    r.setLine(boxed(p.line()));
    r.setSection(p.section().orElse(null));
    r.setText(p.text().orElse(null));
    r.setSpanStart(boxed(p.spanStart()));
    r.setSpanEnd(boxed(p.spanEnd()));
    r.setDepartment(doc.department().name());
    r.setYear(doc.year());
    r.setKind(doc.kind().name());
    return r;
  }

  /** {@code v} when a decimal column of {@code scale} decimals holds it exactly, else null. */
  static BigDecimal fits(BigDecimal v, int scale) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > scale || s.precision() - s.scale() > AMOUNT_INTEGER_DIGITS) {
      return null;
    }
    return v;
  }

  private static Integer boxed(OptionalInt i) {
    return i.isPresent() ? i.getAsInt() : null;
  }

  private static OptionalInt unboxed(Integer i) {
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The fact a row was made from: value with its scale, unit, printing, coordinates and provenance. */
  public static Fact toFact(FactRow r) {
    Map<FactDimension, String> members = new EnumMap<>(FactDimension.class);
    GET.forEach((d, get) -> {
      String m = get.apply(r);
      if (m != null) {
        members.put(d, m);
      }
    });
    MoneyUnit unit = MoneyUnit.valueOf(r.getUnit());
    BigDecimal value = new BigDecimal(r.getValue());
    // the printed form carries thousands separators and brackets; the value column is authoritative
    Amount amount = Optional.ofNullable(r.getPrinted()).flatMap(p -> parse(p, unit))
        .filter(a -> a.value().equals(value)).orElseGet(() -> Amount.of(value, unit));
    Provenance p = Provenance.builder().source(r.getSource())
        .tableId(Optional.ofNullable(r.getTableId()))
        .tableTitle(Optional.ofNullable(r.getTableTitle()))
        .rowLabel(Optional.ofNullable(r.getRowLabel()))
        .rowCode(Optional.ofNullable(r.getRowCode()))
        .rowNumber(unboxed(r.getRowNumber()))
        .columnHeader(Optional.ofNullable(r.getColumnHeader()))
        .columnNumber(Optional.ofNullable(r.getColumnNumber()))
        .page(unboxed(r.getPage()))
        .line(unboxed(r.getLine()))
        .section(Optional.ofNullable(r.getSection()))
        .text(Optional.ofNullable(r.getText()))
        .spanStart(unboxed(r.getSpanStart()))
        .spanEnd(unboxed(r.getSpanEnd()))
        .build();
    return Fact.of(Concept.valueOf(r.getConcept()), Coordinates.of(members), amount, p);
  }

  private static Optional<Amount> parse(String printed, MoneyUnit unit) {
    try {
      return Amount.parse(printed, unit).filter(a -> a.unit() == unit);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A rule's finding. */
  public static FindingRow finding(String documentId, Finding f) {
    FindingRow r = located(documentId, f.locations().isEmpty() ? null : f.locations().get(0));
    r.setOrigin("RULE");
    r.setRuleId(f.ruleId());
    r.setSeverity(f.severity().name());
    r.setMessageZh(f.messageZh());
    r.setMessageEn(f.messageEn());
    r.setUnit(f.unit().orElse(null));
    r.setReportedLo(f.reported().map(i -> i.lo().toPlainString()).orElse(null));
    r.setReportedHi(f.reported().map(i -> i.hi().toPlainString()).orElse(null));
    r.setComputedLo(f.computed().map(i -> i.lo().toPlainString()).orElse(null));
    r.setComputedHi(f.computed().map(i -> i.hi().toPlainString()).orElse(null));
    r.setDifference(f.difference().map(BigDecimal::toPlainString).orElse(null));
    r.setRoundingAllowance(f.roundingAllowance().map(BigDecimal::toPlainString).orElse(null));
    r.setHint(f.hint().orElse(null));
    r.setGroup(f.group().orElse(null));
    r.setLocations(f.locations().stream().map(Provenance::describe).collect(Collectors.joining(" | ")));
    r.setLocationCount(f.locations().size());
    r.setCulprit(f.culprit().map(Provenance::describe).orElse(null));
    return r;
  }

  /** A reader's diagnostic. */
  public static FindingRow diagnostic(String documentId, Diagnostic d) {
    FindingRow r = located(documentId, d.location());
    r.setOrigin("READER");
    r.setRuleId(d.code());
    r.setSeverity(d.severity().name());
    r.setMessageZh(d.messageZh());
    r.setMessageEn(d.messageEn());
    r.setLocations(d.location().describe());
    r.setLocationCount(1);
    return r;
  }

  private static FindingRow located(String documentId, Provenance at) {
    FindingRow r = new FindingRow();
    r.setDocumentId(documentId);
    r.setLocationCount(0);
    if (at != null) {
      r.setLocation(at.describe());
      r.setSource(at.source());
      r.setPage(boxed(at.page()));
      r.setLine(boxed(at.line()));
      r.setTableId(at.tableId().orElse(null));
      r.setRowCode(at.rowCode().orElse(null));
      r.setRowLabel(at.rowLabel().orElse(null));
      r.setColumnHeader(at.columnHeader().orElse(null));
    }
    return r;
  }
}
