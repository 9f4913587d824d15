package nl.geokern.core.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    for (int i = 0; i < 100; i++) {
      memo.get(new Object(), k -> "dropped");
    }
    // Weak keys are cleared by a full collection; a later get expunges their entries.
    for (int round = 0; round < 50 && memo.size() > 2; round++) {
      System.gc();
      Thread.sleep(20);
      memo.get(keep, k -> "recomputed");
    }
    assertTrue(memo.size() <= 2, "entries left: " + memo.size());
    assertEquals("kept", memo.get(keep, k -> "recomputed"));
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
