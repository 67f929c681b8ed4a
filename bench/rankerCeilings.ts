/**
 * What bounds the ranker's oracle fraction, and what spreading exposure costs even an oracle
 * (docs/core/ranker.md, "Why the oracle fraction misses"). Over the benchmark's own worlds and
 * shoppers (same seeds, the evaluation sessions after the learning ones), it compares the oracle
 * with references denied one thing at a time, each with its own click stream as in the benchmark:
 *
 *   - the oracle without the per-item idiosyncrasy (true mood, favourites, budget);
 *   - the same reading the mood as the kit does;
 *   - true mood, stated favourites and budget only (no learning in the session);
 *   - the informed reference (readings; Bayes over unstated favourites and budget), and with the true mood;
 *   - readings throughout, Bayes for the first slate, the true favourites and budget after it;
 *   - a loose bound: readings and Bayes for the first slate, every hidden variable but the idiosyncrasy after it;
 *
 * and, over the whole run, the oracle with an exposure discount μ·ln(1 + eᵢ/ē): its CTR share and Gini.
 *
 *   npx tsx bench/rankerCeilings.ts [--seeds 1,2] [--eval-sessions 200]
 */
import { mulberry32 } from '../src/core/random/mulberry32'
import { DEFAULT_SESSIONS } from './ranker/args'
import { InformedReference, type InformedReferenceOptions } from './ranker/informedReference'
import { SIM_ITEM_COUNT } from './ranker/runOneRepetition'
import { attraction, drawShopper } from './ranker/shopper'
import { gini } from './ranker/stats'
import { createWorld } from './ranker/world'
import { EXAMINATION_BY_POSITION, EXPLICIT_SKIP_PROBABILITY, SHIFT_SHARE } from './ranker/worldParameters'

const INTERACTIONS = 6
const SLATE = 5
const argv = process.argv.slice(2)
const arg = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1]! : fallback)
const seeds = arg('--seeds', '1,2').split(',').map(Number)
const evalSessions = Number(arg('--eval-sessions', '200'))
const DISCOUNTS = [0.05, 0.1]

const REFERENCES: [string, InformedReferenceOptions][] = [
  ['oracle without idiosyncrasy', { mood: 'true', tastes: 'true' }],
  ['  … reading the mood as the kit does', { mood: 'readings', tastes: 'true' }],
  ['  … true mood, stated tastes only, no learning', { mood: 'true', tastes: 'stated' }],
  ['informed reference (readings, Bayes)', {}],
  ['  … with the true mood', { mood: 'true' }],
  ['readings throughout, true tastes after slate 1', { tastes: 'trueAfterFirstSlate' }],
  ['loose bound: everything but idiosyncrasy after slate 1', { mood: 'trueAfterFirstSlate', tastes: 'trueAfterFirstSlate' }],
]

/** One session's shopper, as runRepetition draws it for session s of seed. */
function sessionShifts(seed: number, sessions: number): number[] {
  const random = mulberry32(seed ^ 0x51ab)
  return Array.from({ length: sessions }, () => (random() < SHIFT_SHARE ? 2 + Math.floor(random() * (INTERACTIONS - 3)) : -1))
}

/** Shows `slate` to the shopper (examination, try-on, skips); returns what they acted on, reporting it to `record`. */
function respond(attr: Float64Array, slate: Int32Array, count: number, random: () => number, acted: Uint8Array, record?: (kind: 'tryOn' | 'skip', item: number) => void): void {
  for (let p = 0; p < count; p++) {
    if (random() >= EXAMINATION_BY_POSITION[p]!) continue
    const item = slate[p]!
    if (random() < attr[item]!) {
      acted[item] = 1
      record?.('tryOn', item)
      return
    }
    if (random() < EXPLICIT_SKIP_PROBABILITY) {
      acted[item] = 1
      record?.('skip', item)
    }
  }
}

function expectedClick(attr: Float64Array, slate: Int32Array, count: number): number {
  let none = 1
  for (let p = 0; p < count; p++) none *= 1 - EXAMINATION_BY_POSITION[p]! * attr[slate[p]!]!
  return 1 - none
}

/** Top `out.length` items by `score` not acted on, best first; with `by`, displayed in the order of `by`. */
function top(score: ArrayLike<number>, acted: Uint8Array, out: Int32Array, by: ArrayLike<number> = score): number {
  const order = Array.from({ length: score.length }, (_, i) => i).filter((i) => !acted[i]).sort((a, b) => score[b]! - score[a]!).slice(0, out.length)
  order.sort((a, b) => by[b]! - by[a]!).forEach((i, p) => (out[p] = i))
  return order.length
}

const totals = new Map<string, number[]>()
const add = (name: string, value: number) => totals.set(name, [...(totals.get(name) ?? []), value])
for (const seed of seeds) {
  const world = createWorld(seed, SIM_ITEM_COUNT)
  const { items } = world
  const n = items.length
  const shifts = sessionShifts(seed, DEFAULT_SESSIONS + evalSessions)
  const attr = new Float64Array(n)
  const slate = new Int32Array(SLATE)
  // Evaluation sessions: the oracle and the references.
  const references = REFERENCES.map(([, options]) => new InformedReference(items, options))
  const ctr = new Float64Array(references.length + 1)
  const streams = Array.from({ length: references.length + 1 }, (_, k) => mulberry32(seed * 7919 + 101 + k))
  for (let s = DEFAULT_SESSIONS; s < DEFAULT_SESSIONS + evalSessions; s++) {
    const shopper = drawShopper((seed * 1_000_003 + s) >>> 0, items, INTERACTIONS, shifts[s]!)
    const acted = Array.from({ length: references.length + 1 }, () => new Uint8Array(n))
    references.forEach((r) => r.startSession(shopper))
    for (let t = 0; t < INTERACTIONS; t++) {
      attraction(shopper, items, t, attr)
      let count = top(attr, acted[0]!, slate)
      ctr[0]! += expectedClick(attr, slate, count)
      respond(attr, slate, count, streams[0]!, acted[0]!)
      references.forEach((r, k) => {
        count = r.slate(t, acted[k + 1]!, slate)
        ctr[k + 1]! += expectedClick(attr, slate, count)
        respond(attr, slate, count, streams[k + 1]!, acted[k + 1]!, (kind, item) => r.record(kind, item))
      })
    }
  }
  REFERENCES.forEach(([name], k) => add(name, ctr[k + 1]! / ctr[0]!))
  // Whole run: the oracle with an exposure discount, against the plain oracle.
  for (const mu of [0, ...DISCOUNTS]) {
    const shown = new Float64Array(n)
    const score = new Float64Array(n)
    const random = mulberry32(seed * 31 + 7)
    let sum = 0
    let total = 0
    for (let s = 0; s < DEFAULT_SESSIONS + evalSessions; s++) {
      const shopper = drawShopper((seed * 1_000_003 + s) >>> 0, items, INTERACTIONS, shifts[s]!)
      const acted = new Uint8Array(n)
      for (let t = 0; t < INTERACTIONS; t++) {
        attraction(shopper, items, t, attr)
        const mean = total / n
        for (let i = 0; i < n; i++) score[i] = attr[i]! - (mu > 0 && total > 0 ? mu * Math.log1p(shown[i]! / mean) : 0)
        const count = top(score, acted, slate, attr)
        sum += expectedClick(attr, slate, count)
        for (let p = 0; p < count; p++) shown[slate[p]!]!++
        total += count
        respond(attr, slate, count, random, acted)
      }
    }
    add(`oracle, discount μ = ${mu}: CTR`, sum / ((DEFAULT_SESSIONS + evalSessions) * INTERACTIONS))
    add(`oracle, discount μ = ${mu}: Gini`, gini(shown))
  }
  process.stderr.write(`seed ${seed} done\n`)
}
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length
console.log(`Seeds ${seeds.join(', ')}; ${evalSessions} evaluation sessions after ${DEFAULT_SESSIONS} (references), ${DEFAULT_SESSIONS + evalSessions} sessions (discounted oracle).\n`)
console.log('Share of the oracle\'s CTR in the evaluation sessions (mean, per seed):')
for (const [name] of REFERENCES) console.log(`  ${name.padEnd(58)} ${mean(totals.get(name)!).toFixed(3)}   [${totals.get(name)!.map((v) => v.toFixed(3)).join(' ')}]`)
console.log('\nOracle with an exposure discount, whole run:')
const base = totals.get('oracle, discount μ = 0: CTR')!
for (const mu of [0, ...DISCOUNTS]) {
  const share = totals.get(`oracle, discount μ = ${mu}: CTR`)!.map((c, k) => c / base[k]!)
  console.log(`  μ = ${String(mu).padEnd(5)} share of the plain oracle's CTR ${mean(share).toFixed(3)}, Gini ${mean(totals.get(`oracle, discount μ = ${mu}: Gini`)!).toFixed(3)}`)
}
