package nl.geokern.core.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdentityMemoTest {

  @Test
  void get_sameKey_computesOnce() {
    IdentityMemo<List<String>, String> memo = new IdentityMemo<>();
    List<String> key = List.of("a");
    AtomicInteger calls = new AtomicInteger();
    String first = memo.get(key, k -> "v" + calls.incrementAndGet());
    String second = memo.get(key, k -> "v" + calls.incrementAndGet());
    assertEquals("v1", first);
    assertSame(first, second);
    assertEquals(1, calls.get());
  }

  @Test
  void get_equalButDistinctKeys_computeEach() {
    IdentityMemo<List<String>, String> memo = new IdentityMemo<>();
    List<String> a = new ArrayList<>(List.of("x"));
    List<String> b = new ArrayList<>(List.of("x"));
    String va = memo.get(a, k -> new String("same"));
    String vb = memo.get(b, k -> new String("same"));
    assertNotSame(va, vb);
    assertEquals(2, memo.size());
  }

  @Test
  void get_keyGarbage_entryGoes() throws InterruptedException {
    IdentityMemo<Object, String> memo = new IdentityMemo<>();
    Object keep = new Object();
    memo.get(keep, k -> "kept");
    List<WeakReference<Object>> probes = addDropped(memo, 100);
    // Weak keys are cleared by a collection; a later get expunges their entries.
    for (int round = 0; round < 100 && probes.stream().anyMatch(p -> p.get() != null); round++) {
      System.gc();
      Thread.sleep(10);
    }
    assumeTrue(probes.stream().allMatch(p -> p.get() == null), "this JVM's collector did not clear the weak references");
    for (int round = 0; round < 500 && memo.size() > 1; round++) {
      Thread.sleep(10); // the JVM enqueues cleared references on a thread of its own
      memo.get(keep, k -> "recomputed");
    }
    assertEquals(1, memo.size());
    assertEquals("kept", memo.get(keep, k -> "recomputed"));
  }

  /** Remembers values for {@code n} keys that nothing else holds; a weak reference to each. */
  private static List<WeakReference<Object>> addDropped(IdentityMemo<Object, String> memo, int n) {
    List<WeakReference<Object>> probes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Object key = new Object();
      memo.get(key, k -> "dropped");
      probes.add(new WeakReference<>(key));
    }
    return probes;
  }

  @Test
  void get_manyThreadsOneKey_computeOnce() throws Exception {
    IdentityMemo<Object, Integer> memo = new IdentityMemo<>();
    Object key = new Object();
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          start.await();
          return memo.get(key, k -> calls.incrementAndGet());
        }));
      }
      start.countDown();
      for (Future<Integer> f : results) {
        assertEquals(1, f.get());
      }
      assertEquals(1, calls.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
