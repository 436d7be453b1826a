// Renders a real job summary the way GitHub shows it (Markdown + Mermaid) and screenshots it with
// headless Chromium, so the summary can be looked at: `npm run preview:summary [steps-file]`.
// Given a `.md` file instead, it renders that summary as it is (one built by hand, or saved from
// a run). Needs `dist/` built (`npm run build`) for a steps file, and Debian's `chromium`
// (apt-get install chromium; fonts-noto-color-emoji for the result marks); not part of CI.
import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { marked } from 'marked'

const root = path.resolve(import.meta.dirname, '..')
const stepsFile = process.argv[2] ?? path.join(root, 'examples', 'showcase.yml')
const out = path.join(root, '.tmp', 'preview')
fs.mkdirSync(out, { recursive: true })
const summaryFile = path.join(out, 'summary.md')

// 1. A real run of the built action through the CLI, keeping its summary (or the given summary).
if (stepsFile.endsWith('.md')) {
  fs.copyFileSync(stepsFile, summaryFile)
} else {
  spawnSync(
    process.execPath,
    [path.join(root, 'dist', 'cli', 'index.js'), 'run', stepsFile, '--summary-file', summaryFile],
    {
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1' }
    }
  )
}
const markdown = fs.readFileSync(summaryFile, 'utf8')

// 2. Markdown → HTML as GitHub renders it; Mermaid blocks become diagrams.
const renderer = new marked.Renderer()
const code = renderer.code.bind(renderer)
renderer.code = (token) =>
  token.lang === 'mermaid' ? `<pre class="mermaid">${token.text}</pre>` : code(token)
const body = marked.parse(markdown, { renderer, gfm: true })
const mermaid = path.join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 14px;
  color: #1f2328; background: #fff; margin: 0; padding: 24px 32px; max-width: 1100px; line-height: 1.5 }
h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; font-size: 1.5em }
h3 { font-size: 1.25em }
table { border-collapse: collapse; margin: 12px 0 }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; vertical-align: top }
tr:nth-child(2n) { background: #f6f8fa }
th { font-weight: 600 }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85% }
pre:not(.mermaid) { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; font-size: 85%;
  line-height: 1.45 }
pre:not(.mermaid) code { background: none; padding: 0; font-size: 100% }
blockquote { color: #59636e; border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em }
</style></head><body class="markdown-body">${body}
<script src="file://${mermaid}"></script>
<script>mermaid.initialize({ startOnLoad: true, theme: 'default', gantt: { useWidth: 1000 } })</script>
</body></html>`
const page = path.join(out, 'summary.html')
fs.writeFileSync(page, html)

// 3. Screenshot.
const png = path.join(out, 'summary.png')
execFileSync(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${path.join(out, 'chromium-profile')}`,
    '--hide-scrollbars',
    '--window-size=1200,1700',
    '--virtual-time-budget=10000',
    `--screenshot=${png}`,
    `file://${page}`
  ],
  { stdio: 'ignore' }
)
console.log(`Summary: ${summaryFile}\nHTML:    ${page}\nImage:   ${png}`)
