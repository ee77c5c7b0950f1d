package dev.yusuan.rules;

/**
 * What a rule checks: given the context (document, facts and tables in the rule's scope, tolerance
 * policy), report findings. A check must not throw for bad data; if it does, the validator reports an
 * ERROR finding about the rule instead of failing.
 */
@FunctionalInterface
public interface Check {
  /**
   * Runs the check for one rule on one document, reporting findings through {@link RuleContext#report}.
   *
   * @param context the document, facts and tables in scope, and the tolerance policy
   */
  void check(RuleContext context);
}
