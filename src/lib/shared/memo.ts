/** Memoisation, defined once: build-wide values made on first use, and per-key caches. Pure. */

/** A value made on the first call and returned on every later one. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * A function computed once per key: by default its first argument (compared as `Map` keys are),
 * or whatever `keyOf` makes of its arguments.
 */
export function memoize<A extends unknown[], V>(
  make: (...args: A) => V,
  keyOf: (...args: A) => unknown = (...args) => args[0],
): (...args: A) => V {
  const cache = new Map<unknown, { value: V }>();
  return (...args) => {
    const key = keyOf(...args);
    let hit = cache.get(key);
    if (!hit) {
      hit = { value: make(...args) };
      cache.set(key, hit);
    }
    return hit.value;
  };
}

/** A function of an object, computed once per object and forgotten with it. */
export function memoizeWeak<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, { value: V }>();
  return (key) => {
    let hit = cache.get(key);
    if (!hit) {
      hit = { value: make(key) };
      cache.set(key, hit);
    }
    return hit.value;
  };
}
