/**
 * One formatter per key, made on first use: building an Intl formatter costs far more than using
 * one (on a slow phone, tens of milliseconds for the first list of a page), and a page formats
 * hundreds of dates and counts.
 */
export function onePer<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
