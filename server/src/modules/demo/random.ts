/**
 * A seeded PRNG (sfc32, seeded through cyrb128) and the distributions the generators need. Everything the demo
 * data contains is drawn from here, so one seed always yields the same bytes.
 */
export type Seed = number | string;

/** cyrb128: four well-mixed 32-bit words from a string. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A short stable tag for a seed (8 hex digits), for identifiers that must differ between seeds. */
export function seedTag(seed: Seed): string {
  return hash128(`tag:${seed}`)[0].toString(16).padStart(8, "0");
}

const HEX_CODES = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
const DASH = 45;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `parts` are joined into the seed text, so `new Rng(seed, "person", 7)` is an independent stream per person. */
  constructor(...parts: Seed[]) {
    [this.a, this.b, this.c, this.d] = hash128(parts.join("\u001f"));
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError("pick from an empty list");
    return item;
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** Gamma(shape, scale) by Marsaglia & Tsang; shape < 1 through the u^(1/shape) boost. Mean = shape * scale. */
  gamma(shape: number, scale: number): number {
    if (shape < 1) return this.gamma(shape + 1, scale) * Math.pow(1 - this.next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - this.next();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
    }
  }

  beta(a: number, b: number): number {
    const x = this.gamma(a, 1);
    return x / (x + this.gamma(b, 1));
  }

  poisson(mean: number): number {
    if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** A version-4-shaped UUID drawn from this stream. */
  uuid(): string {
    const codes = this.hexCodes(32);
    codes[12] = HEX_CODES[4] ?? 52;
    codes[16] = HEX_CODES[8 + (this.nextUint32() & 3)] ?? 56;
    codes.splice(20, 0, DASH);
    codes.splice(16, 0, DASH);
    codes.splice(12, 0, DASH);
    codes.splice(8, 0, DASH);
    return String.fromCharCode(...codes);
  }

  /** `length` lower-case hex digits. */
  hex(length: number): string {
    return String.fromCharCode(...this.hexCodes(length));
  }

  // Strings built from char codes are flat; concatenated ones stay ropes and cost memory in large datasets.
  private hexCodes(length: number): number[] {
    const codes: number[] = [];
    while (codes.length < length) {
      let word = this.nextUint32();
      for (let i = 0; i < 8 && codes.length < length; i++, word >>>= 4) codes.push(HEX_CODES[word & 15] ?? 48);
    }
    return codes;
  }
}

/** Weighted choice over a fixed table; the cumulative sums are built once. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => (sum += weight));
    this.total = sum;
    if (!(this.total > 0)) throw new RangeError("weights must sum to a positive number");
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    const item = this.items[lo];
    if (item === undefined) throw new RangeError("weighted pick out of range");
    return item;
  }
}
