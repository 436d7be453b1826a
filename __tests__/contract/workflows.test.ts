/**
 * The repository's own workflows (.github/workflows/): each is a valid workflow for GitHub's own
 * parser, and e2e.yml proves the action in every form a user runs it — `uses: ./` on Linux and
 * macOS and in a container job, `uses: ./node20` — with step lists the action itself accepts.
 * Nothing here can run on this machine; these tests keep the files honest.
 */
import { describe, expect, it } from '@jest/globals'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser'
import * as fs from 'node:fs'
import * as path from 'node:path'
import YAML from 'yaml'
import { parseStepList } from '../../src/workflow/parse.js'
import { ROOT } from '../integration/harness.js'

const WORKFLOWS = path.join(ROOT, '.github', 'workflows')
const files = fs.readdirSync(WORKFLOWS).filter((name) => name.endsWith('.yml'))

/** GitHub's parse and conversion of one workflow file: every error it reports. */
async function workflowErrors(name: string): Promise<string[]> {
  const content = fs.readFileSync(path.join(WORKFLOWS, name), 'utf8')
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((error) => error.message)
  if (parsed.value !== undefined) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value)
    errors.push(...(template.errors ?? []).map((error) => error.Message))
  }
  return errors
}

interface Job {
  'runs-on'?: string
  container?: unknown
  strategy?: { matrix?: Record<string, unknown> }
  steps: Array<{ uses?: string; with?: Record<string, string>; run?: string }>
}

const e2e = YAML.parse(fs.readFileSync(path.join(WORKFLOWS, 'e2e.yml'), 'utf8')) as {
  jobs: Record<string, Job>
}
const jobs = Object.entries(e2e.jobs)
/** The steps of e2e.yml that use this action, in a form (`./`, `./node20`), with their job. */
const ourSteps = jobs.flatMap(([name, job]) =>
  job.steps
    .filter((step) => step.uses === './' || step.uses === './node20')
    .map((step) => ({ name, job, step }))
)

describe('.github/workflows', () => {
  it('has the workflows of the official action template and more', () => {
    expect(files.sort()).toEqual([
      'check-dist.yml',
      'ci.yml',
      'codeql.yml',
      'e2e.yml',
      'release.yml'
    ])
  })

  it.each(files)('%s is a valid workflow for GitHub’s own parser', async (name) => {
    expect(await workflowErrors(name)).toEqual([])
  })
})

describe('e2e.yml proves the action in every form', () => {
  it('uses ./ on ubuntu-latest and macos-latest', () => {
    const matrixOs = ourSteps.flatMap(({ job }) => {
      const os = job.strategy?.matrix?.os
      return Array.isArray(os) ? (os as string[]) : [job['runs-on'] ?? '']
    })
    expect(matrixOs).toEqual(expect.arrayContaining(['ubuntu-latest', 'macos-latest']))
  })

  it('uses ./ in a container job, and ./node20', () => {
    expect(
      ourSteps.some(({ job, step }) => job.container !== undefined && step.uses === './')
    ).toBe(true)
    expect(ourSteps.some(({ step }) => step.uses === './node20')).toBe(true)
  })

  it('covers background + wait, parallel, cancel of a server, a remote action, a post, a shard matrix and a steps-file', () => {
    const lists = ourSteps.map(({ step }) => step.with?.steps ?? '').join('\n')
    expect(lists).toMatch(/background: true[\s\S]*- wait: /)
    expect(lists).toMatch(/- parallel:/)
    expect(lists).toMatch(/python3 -m http\.server[\s\S]*- cancel: server/)
    expect(lists).toContain('uses: actions/github-script@')
    expect(lists).toContain('uses: ./.github/e2e/action-with-post')
    expect(ourSteps.some(({ step }) => step.with?.shard !== undefined)).toBe(true)
    expect(ourSteps.some(({ step }) => step.with?.['steps-file'] !== undefined)).toBe(true)
  })

  it('checks outputs and env in a later plain step of each job that uses the action', () => {
    for (const [, job] of jobs) {
      const ours = job.steps.findIndex((step) => step.uses === './' || step.uses === './node20')
      if (ours < 0) continue
      const later = job.steps.slice(ours + 1).filter((step) => step.run !== undefined)
      expect(later.some((step) => /\btest\b/.test(step.run ?? ''))).toBe(true)
    }
  })

  it.each(ourSteps.filter(({ step }) => step.with?.steps !== undefined))(
    'job $name: its inline step list is valid for the action',
    ({ step }) => {
      const result = parseStepList({ source: step.with!.steps, fileName: 'steps', mode: 'inline' })
      expect(result.errors).toEqual([])
    }
  )

  it('the steps-file it uses is valid for the action', () => {
    const source = fs.readFileSync(path.join(ROOT, '.github', 'e2e', 'steps.yml'), 'utf8')
    const result = parseStepList({ source, fileName: 'steps.yml', mode: 'file' })
    expect(result.errors).toEqual([])
  })
})
