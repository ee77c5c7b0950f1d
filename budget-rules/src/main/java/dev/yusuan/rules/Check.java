package dev.yusuan.rules;

/**
 * What a rule checks: given the context (document, facts and tables in the rule's scope, tolerance
 * policy), report findings. A check must not throw for bad data; if it does, the validator reports an
 * ERROR finding about the rule instead of failing.
 */
@FunctionalInterface
public interface Check {
  void check(RuleContext context);
}
