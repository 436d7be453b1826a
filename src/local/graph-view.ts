/**
 * The summary's step graph (`needs:`, report/graph-chart.ts) for a terminal: one line per step
 * with needs, naming them — `✅ E2E ⇐ ✅ Build` — in place of the Mermaid flowchart.
 */

/** The lines for the body of a ```mermaid flowchart block (its first line is the header). */
export function graphLines(block: readonly string[]): string[] {
  const labels = new Map<string, string>()
  const needs = new Map<string, string[]>()
  for (const line of block) {
    const node = /^\s*(n\d+)\["(.*)"\]$/.exec(line)
    // Labels carry Mermaid's numeric entities (`#59;`) for anything but plain text.
    if (node) {
      labels.set(
        node[1],
        node[2].replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      )
    }
    const edge = /^\s*(n\d+) --> (n\d+)$/.exec(line)
    if (edge) needs.set(edge[2], [...(needs.get(edge[2]) ?? []), edge[1]])
  }
  const out: string[] = []
  for (const [node, label] of labels) {
    const from = needs.get(node)
    if (from) out.push(`  ${label} ⇐ ${from.map((id) => labels.get(id) ?? id).join(', ')}`)
  }
  return out
}
