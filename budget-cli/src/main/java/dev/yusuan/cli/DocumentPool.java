package dev.yusuan.cli;

import dev.yusuan.io.LimitExceededException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs the work on each document (reading, checking) on worker threads, each job bounded in wall time
 * ({@code maxSecondsPerDocument}), so that no single document can hang or abort a batch:
 * <ul>
 *   <li>whatever a job throws — an exception, a stack overflow, running out of memory, a linkage or
 *       assertion error — is that document's failure, with its reason;</li>
 *   <li>a job still running when its time is up is that document's failure, "limit exceeded"; its
 *       thread is interrupted and left behind (Java cannot stop a thread that does not listen), and a
 *       new worker takes its place, so the batch keeps its parallelism and goes on.</li>
 * </ul>
 * Worker threads are daemons: a job left behind does not keep the process alive.
 */
public final class DocumentPool implements AutoCloseable {
  /** Bytes allocated by the work on documents so far, in this JVM (where the JVM measures it). */
  private static final java.util.concurrent.atomic.LongAdder ALLOCATED = new java.util.concurrent.atomic.LongAdder();

  private final ThreadPoolExecutor pool;
  private final long maxSeconds;

  /** A document's job: its result once done, and when it started running (0 while queued). */
  final class Job<T> {
    private final FutureTask<T> task;
    private volatile long started;

    private Job(Callable<T> work) {
      this.task = new FutureTask<>(() -> {
        started = System.nanoTime();
        long before = allocatedByThisThread();
        try {
          return work.call();
        } finally {
          long after = allocatedByThisThread();
          if (before >= 0 && after >= before) {
            ALLOCATED.add(after - before);
          }
        }
      });
    }
  }

  DocumentPool(int threads, long maxSeconds) {
    this.maxSeconds = maxSeconds;
    this.pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "yusuan-document");
      t.setDaemon(true);
      return t;
    });
  }

  /** Queues the work on one document. */
  <T> Job<T> submit(Callable<T> work) {
    Job<T> j = new Job<>(work);
    pool.execute(j.task);
    return j;
  }

  /**
   * Waits for a job: its result, or {@code failed} applied to the reason when it threw or ran out of
   * time. The time counts from when the job started running, not from when it was queued.
   */
  <T> T await(Job<T> job, Function<String, T> failed) throws InterruptedException {
    long limit = TimeUnit.SECONDS.toNanos(maxSeconds);
    while (true) {
      long started = job.started;
      long wait = started == 0 ? TimeUnit.MILLISECONDS.toNanos(200) : started + limit - System.nanoTime();
      try {
        return job.task.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
      } catch (ExecutionException e) {
        return failed.apply(reason(e.getCause()));
      } catch (TimeoutException e) {
        if (started != 0 && System.nanoTime() - started >= limit) {
          job.task.cancel(true);
          replaceWorker();
          return failed.apply(timedOut(maxSeconds));
        }
      }
    }
  }

  /** Runs one job on its own worker, bounded as in a batch (facts, convert, a single check). */
  static <T> T one(long maxSeconds, Callable<T> work, Function<String, T> failed) {
    try (DocumentPool p = new DocumentPool(1, maxSeconds)) {
      return p.await(p.submit(work), failed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted / 已中断");
    }
  }

  /** A worker is left behind with a job that ran out of time: another takes its place. */
  private synchronized void replaceWorker() {
    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
  }

  static String timedOut(long maxSeconds) {
    return new LimitExceededException("maxSecondsPerDocument", maxSeconds, "reading and checking took longer than "
        + maxSeconds + " s / 读取和检查超过 " + maxSeconds + " 秒").getMessage();
  }

  /** Why a job failed, in one line: a stack overflow and running out of memory get their advice. */
  static String reason(Throwable t) {
    if (t instanceof StackOverflowError) {
      return Reading.nested();
    }
    if (t instanceof OutOfMemoryError) {
      return Reading.outOfMemory("reading and checking / 读取和检查");
    }
    if (t instanceof Error) {
      return "could not be processed / 无法处理: " + t.getClass().getSimpleName()
          + (t.getMessage() == null ? "" : ": " + dev.yusuan.io.internal.Printable.of(t.getMessage()));
    }
    return Yusuan.reason(t);
  }

  /**
   * {@return the bytes the work on documents has allocated in this JVM so far (finished jobs; 0 where
   * the JVM does not measure allocation)}: the hostile-input tests bound it per command.
   */
  public static long allocatedBytes() {
    return ALLOCATED.sum();
  }

  private static long allocatedByThisThread() {
    java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
    return t instanceof com.sun.management.ThreadMXBean s && s.isThreadAllocatedMemoryEnabled()
        ? s.getCurrentThreadAllocatedBytes() : -1;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
