/** 32-bit hash mixing on int32 operations only (deterministic in every engine). */
export function mix(a: number, b: number): number {
  const h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 15);
}

/** `mix` over several values. */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
