/**
 * `uses:` text → what it names (docs/runner-emulation.md §4.1), following the runner's
 * `WorkflowTemplateConverter` rules so the same strings are accepted and rejected.
 */
import type { ActionReference, LoadedAction } from './model.js'

const DOCKER_PREFIX = 'docker://'

/** Parses a `uses:` value: `docker://image`, `./path` (or `.\path`), or `owner/repo[/path]@ref`. */
export function parseReference(uses: string): ActionReference {
  // The runner compares the prefixes ordinally (case-sensitive).
  if (uses.startsWith(DOCKER_PREFIX)) {
    const image = uses.slice(DOCKER_PREFIX.length)
    // The runner would hand an empty image to `docker pull`; say so before anything runs.
    if (image === '') throw new Error(`Expected format docker://{image}[:tag]. Actual '${uses}'`)
    return { kind: 'docker', image }
  }
  if (uses.startsWith('./') || uses.startsWith('.\\')) return { kind: 'local', path: uses }

  const parts = uses.split('@')
  const segments = (parts[0] ?? '').split(/[/\\]/).filter((segment) => segment !== '')
  const ref = parts.length === 2 ? parts[1] : ''
  if (parts.length !== 2 || segments.length < 2 || ref === '') {
    throw new Error(`Expected format {org}/{repo}[/path]@ref. Actual '${uses}'`)
  }
  const [owner, repo, ...rest] = segments
  return { kind: 'remote', owner, repo, path: rest.join('/'), ref }
}

/** `owner/repo[/path]@ref`, the way the runner names a repository action in its messages. */
export function describeRemote(reference: Extract<ActionReference, { kind: 'remote' }>): string {
  const name = reference.path
    ? `${reference.owner}/${reference.repo}/${reference.path}`
    : `${reference.owner}/${reference.repo}`
  return `${name}@${reference.ref}`
}

/** The action a bare `docker://image` names: no download, no manifest, just the image. */
export function dockerImageAction(uses: string, image: string): LoadedAction {
  return {
    uses,
    reference: { kind: 'docker', image },
    directory: '',
    manifest: {
      name: uses,
      inputs: {},
      outputs: {},
      runs: { using: 'docker', image: uses },
      file: ''
    }
  }
}
