/**
 * Halving search over a list kept in order: the first index, from 0 to `length`, at which
 * `reached` holds, for a test that fails up to some index and holds from there on.
 */
export function firstIndexWhere(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
