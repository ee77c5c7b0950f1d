package dev.yusuan.spark.internal;

import dev.yusuan.rules.Validator;
import dev.yusuan.spark.ValidatorSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One validator per equal {@link ValidatorSpec} and JVM (an executor builds it on its first document). */
public final class ValidatorCache {
  private static final Map<ValidatorSpec, Validator> CACHE = new ConcurrentHashMap<>();

  private ValidatorCache() {}

  public static Validator get(ValidatorSpec spec) {
    return CACHE.computeIfAbsent(spec, ValidatorSpec::build);
  }

  /** How many validators this JVM holds (for tests). */
  public static int size() {
    return CACHE.size();
  }
}
