package nl.geokern.core.metrics.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a value computed from an object for as long as that object is in use: keys compare by
 * identity (records compare deeply, which can cost as much as the computation) and are held weakly,
 * so an entry goes once its key is garbage, and nothing outlives the content it was computed from.
 * Thread-safe; a value is computed once per key even when threads ask at the same time.
 *
 * <p>A value must not refer to its key, or the key never becomes garbage.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class IdentityMemo<K, V> {

  private final ConcurrentHashMap<WeakKey, V> values = new ConcurrentHashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

  /** The value for {@code key}: the remembered one, else {@code compute}'s, then remembered. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    for (Reference<?> r = collected.poll(); r != null; r = collected.poll()) {
      values.remove(r);
    }
    return values.computeIfAbsent(new WeakKey(key, collected), k -> compute.apply(key));
  }

  /** The number of values remembered (keys that are garbage may still count until the next get). */
  public int size() {
    return values.size();
  }

  /** A weak reference that compares by the identity of its referent, and to itself once cleared. */
  private static final class WeakKey extends WeakReference<Object> {
    private final int hash;

    WeakKey(Object key, ReferenceQueue<Object> queue) {
      super(key, queue);
      this.hash = System.identityHashCode(key);
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      Object referent = get();
      return o instanceof WeakKey k && k.hash == hash && referent != null && referent == k.get();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
