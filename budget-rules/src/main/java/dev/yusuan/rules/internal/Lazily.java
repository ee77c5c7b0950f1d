package dev.yusuan.rules.internal;

/**
 * {@link Ctx#compare} with the words of the finding (what is compared, where) built only when the
 * comparison fails: most comparisons hold, and their messages were most of the cost of the narrative
 * checks of a small document.
 */
final class Lazily {
  private Lazily() {}

  /** Reports a failed comparison, given its outcome. */
  @FunctionalInterface
  interface Failure {
    void report(Outcome outcome);
  }

  /**
   * Compares {@code reported rel computed} as {@link Ctx#compare} does; calls {@code failure} (which
   * should call {@link Ctx#emitComparison} with the same values) only when it fails.
   *
   * @return the outcome
   */
  static Outcome compare(Ctx ctx, Val reported, Relation rel, Val computed, Failure failure) {
    Outcome o = Judge.compare(reported, rel, computed, ctx.slack(reported));
    if (!o.pass()) {
      failure.report(o);
    }
    return o;
  }
}
