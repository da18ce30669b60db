import { DURATION_FACTORS, findQuantities, SIZE_FACTORS, type Quantity } from '../quiz/quantities';

/**
 * A value reduced to what it amounts to, so that a note and a claim compare by magnitude:
 * "1 MiB" and "1,048,576 bytes" are the same size, "15 minutes" and "900 seconds" the same
 * duration. Ranges ("90 to 2,560 days") keep both ends.
 */
export interface Measure {
  /** What is measured: "size", "duration", "rate:bytes", "rate:records", "count", … */
  readonly dimension: string;
  readonly low: number;
  readonly high: number;
}

const BITS: Readonly<Record<string, number>> = { kbps: 1e3 / 8, mbps: 1e6 / 8, gbps: 1e9 / 8 };

const AMOUNT = String.raw`\d+(?:[.,]\d+)*`;
const RANGE = new RegExp(String.raw`^(${AMOUNT})(?:\s*(?:-|–|to)\s*(${AMOUNT}))?\s*(.*)$`, 'i');

/** "1,048,576" → 1048576, "1.5" → 1.5 (a comma followed by three digits groups thousands). */
function amountOf(written: string): number {
  return Number(written.replace(/,(?=\d{3}(?!\d))/g, '').replace(',', '.'));
}

/** The factor of a unit in its dimension, or undefined when the unit is not one this knows. */
function unitOf(kind: Quantity['kind'], unit: string): { dimension: string; factor: number } | undefined {
  const word = unit.toLowerCase().replace(/\s+/g, ' ').trim();
  switch (kind) {
    case 'size':
      return SIZE_FACTORS[word] === undefined ? undefined : { dimension: 'size', factor: SIZE_FACTORS[word] };
    case 'duration': {
      const found = DURATION_FACTORS.find(([pattern]) => pattern.test(word));
      return found ? { dimension: 'duration', factor: found[1] } : undefined;
    }
    case 'rate': {
      const per = /^(\S+)\s*(?:\/\s*(?:s|sec|second)|per\s+sec(?:ond)?)$/.exec(word);
      const base = per?.[1] ?? word;
      if (SIZE_FACTORS[base] !== undefined) return { dimension: 'rate:bytes', factor: SIZE_FACTORS[base] };
      if (BITS[base] !== undefined) return { dimension: 'rate:bytes', factor: BITS[base] };
      if (base === 'records' || base === 'requests') return { dimension: `rate:${base}`, factor: 1 };
      return undefined;
    }
    case 'count':
    case 'percent':
      return { dimension: kind, factor: 1 };
    default:
      return undefined;
  }
}

/** The measure of one quantity found by the quiz's parser, or undefined when it cannot be reduced. */
export function measureOf(quantity: Quantity): Measure | undefined {
  if (quantity.kind === 'money') return single('money', Number(quantity.text.slice(1)));
  if (quantity.kind === 'multiplier') return single('multiplier', Number(quantity.text.slice(0, -1)));
  if (quantity.kind === 'ratio') {
    const [a, b] = quantity.text.split(':').map(Number);
    return b ? single('ratio', a / b) : undefined;
  }
  const parts = RANGE.exec(quantity.text.replace(/%$/, ''));
  if (!parts) return undefined;
  const unit = unitOf(quantity.kind, parts[3]);
  if (!unit) return undefined;
  const low = amountOf(parts[1]) * unit.factor;
  const high = parts[2] === undefined ? low : amountOf(parts[2]) * unit.factor;
  return Number.isFinite(low) && Number.isFinite(high) ? { dimension: unit.dimension, low, high } : undefined;
}

function single(dimension: string, value: number): Measure | undefined {
  return Number.isFinite(value) ? { dimension, low: value, high: value } : undefined;
}

/** The measure of a claim's value ("400 KB", or a bare count such as "5"), or undefined. */
export function measureOfValue(value: string): Measure | undefined {
  const trimmed = value.trim();
  if (/^\d+(?:[.,]\d+)*$/.test(trimmed)) return single('count', amountOf(trimmed));
  const [only] = findQuantities(trimmed);
  return only ? measureOf(only) : undefined;
}

/**
 * Same magnitude, within 5%: people write "1 MB" for the documented 1 MiB, and that is not a
 * contradiction worth a learner's attention.
 */
export function sameMeasure(a: Measure, b: Measure): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y));
  return a.dimension === b.dimension && close(a.low, b.low) && close(a.high, b.high);
}

/** Whether two measures can be compared at all: same dimension, and both single values or both ranges. */
export function comparable(a: Measure, b: Measure): boolean {
  return a.dimension === b.dimension && (a.low === a.high) === (b.low === b.high);
}
