/**
 * The logistic functions of the model, in 12-bit fixed point and built from integers only: the
 * decoder must compute exactly what the encoder computed, in every JavaScript engine, and
 * `Math.exp` is not specified to the last bit. The knots are lpaq1's (Matt Mahoney, public domain).
 */

const KNOTS = [
  1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607,
  3785, 3901, 3975, 4024, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
];

/** `4096 / (1 + e^-d/256)`: a stretched value in [-2047, 2047] to a probability in [0, 4095]. */
export function squash(d: number): number {
  if (d > 2047) return 4095;
  if (d < -2047) return 0;
  const w = d & 127;
  const i = (d >> 7) + 16;
  return (KNOTS[i]! * (128 - w) + KNOTS[i + 1]! * w + 64) >> 7;
}

const STRETCH = new Int16Array(4096);
{
  let next = 0;
  for (let x = -2047; x <= 2047; x++) {
    const v = squash(x);
    for (let p = next; p <= v; p++) STRETCH[p] = x;
    next = v + 1;
  }
  for (let p = next; p < 4096; p++) STRETCH[p] = 2047;
}

/** The inverse of `squash`: `ln(p / (1 - p))` scaled, for a 12-bit probability. */
export function stretch(p: number): number {
  return STRETCH[p]!;
}
