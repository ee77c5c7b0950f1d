package dev.yusuan.rules.internal;

import dev.yusuan.model.Interval;
import java.math.BigDecimal;

/**
 * The result of comparing a reported value with a computed one.
 *
 * @param pass whether some true values inside the intervals satisfy the relation
 * @param nearMiss whether it fails by no more than one published last digit beyond the rounding
 *     allowance (rounding almost explains it)
 * @param difference reported point minus computed point
 * @param allowance how much difference rounding can explain (sum of the half-widths)
 * @param gap how far the intervals miss each other (0 when they meet)
 * @param residual reported minus computed, as an interval
 */
public record Outcome(boolean pass, boolean nearMiss, BigDecimal difference, BigDecimal allowance,
    BigDecimal gap, Interval residual) {}
