/** Pearson's chi-square test of independence, for the lottery's fairness tests (pure). */

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to about 15 digits for x > 0.
  const c = [
    0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
    -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0]!;
  for (let k = 1; k < 9; k += 1) sum += c[k]! / (z + k);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Q(a, x), the regularized upper incomplete gamma function (series or continued fraction). */
function upperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-16; n += 1) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - sum * front;
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 1000; n += 1) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return front * h;
}

/** P(X ≥ statistic) for X chi-square with `df` degrees of freedom. */
export function chiSquareSurvival(statistic: number, df: number): number {
  return upperGamma(df / 2, statistic / 2);
}

export interface IndependenceTest {
  statistic: number;
  df: number;
  p: number;
}

/** Pearson's test on a table of counts (rows × columns), expected = row total × column total / n. */
export function chiSquareIndependence(table: readonly (readonly number[])[]): IndependenceTest {
  const rows = table.map((row) => row.reduce((sum, x) => sum + x, 0));
  const columns = table[0]!.map((_, j) => table.reduce((sum, row) => sum + row[j]!, 0));
  const total = rows.reduce((sum, x) => sum + x, 0);
  let statistic = 0;
  table.forEach((row, i) => {
    row.forEach((observed, j) => {
      const expected = (rows[i]! * columns[j]!) / total;
      statistic += (observed - expected) ** 2 / expected;
    });
  });
  const df = (table.length - 1) * (columns.length - 1);
  return { statistic, df, p: chiSquareSurvival(statistic, df) };
}
