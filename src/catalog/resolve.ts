/**
 * "Prepare all required actions" (docs/runner-emulation.md §4.2): every `uses:` of the step list,
 * and of the composite actions it reaches, is downloaded and loaded before the first step runs,
 * so a typo in a ref or a broken `action.yml` fails the run at once with every problem listed.
 *
 * Local `./` actions whose folder has no manifest yet are not an error here: the runner loads
 * them only when their step runs (an earlier step may check them out), so the catalog loads them
 * then, with the runner's "Can't find …" message if they are still missing.
 */
import path from 'node:path'
import type { ParsedStep } from '../workflow/model.js'
import { usesOf } from '../workflow/plan.js'
import { refusal, type AllowedActions } from './allowed-actions.js'
import { downloadAction, type DownloadOptions } from './download.js'
import { findManifestFile, loadManifest, ManifestError } from './manifest.js'
import type { ActionCatalog, ActionReference, LoadedAction } from './model.js'
import { describeRemote, dockerImageAction, parseReference } from './reference.js'
import { errorText } from '../errors.js'
import { MAX_COMPOSITE_DEPTH } from '../constants.js'

/** The runner's `Constants.CompositeActionsMaxDepth`. */

export interface ResolveOptions extends Omit<DownloadOptions, 'cacheDir'> {
  /** GITHUB_WORKSPACE: local `./` actions are relative to it, at every nesting level. */
  workspace: string
  cacheDir: string
  /** The `allowed-actions` input: remote actions outside it are refused before any download. */
  allowedActions?: AllowedActions
  /**
   * Nesting depth of `steps`: 0 for the top-level list; 1 when a local composite that was loaded
   * just in time prepares its own steps (the runner's depth for that case).
   */
  depth?: number
}

export interface Resolution {
  catalog: ActionCatalog
  errors: string[]
}

/** Resolves and loads every `uses:` in the steps, recursing into composite actions (depth limit 9), before anything runs. */
export async function resolveActions(
  steps: readonly ParsedStep[],
  options: ResolveOptions
): Promise<Resolution> {
  const preparer = new Preparer(options)
  await preparer.prepareTree(steps, options.depth ?? 0)
  return { catalog: preparer.catalog(), errors: preparer.errors() }
}

interface Use {
  uses: string
  /** The composite whose steps hold this `uses:` (undefined at the top level). */
  parent?: string
}

class Preparer {
  private readonly loaded = new Map<string, LoadedAction>()
  /** Local actions without a manifest yet: loaded when their step asks for them. */
  private readonly deferred = new Map<string, () => LoadedAction>()
  private readonly pending = new Map<string, Promise<LoadedAction | undefined>>()
  /** Problems per `uses:`, reported in the order the actions were first met. */
  private readonly problems = new Map<string, string[]>()
  private depthError: string | undefined
  /** Whether the log was told that the allowed-actions policy does not reach nested actions. */
  private policyNoted = false

  constructor(private readonly options: ResolveOptions) {}

  /**
   * Level by level, so the order of messages does not depend on download timing. An action met
   * again at a deeper level is expanded again, because only there can the depth limit be hit;
   * that also ends a composite that uses itself: at most ten levels, never a hang.
   */
  async prepareTree(steps: readonly ParsedStep[], startDepth: number): Promise<void> {
    let level: Use[] = usesOf(steps).map((uses) => ({ uses }))
    for (let depth = startDepth; level.length > 0; depth++) {
      if (depth > MAX_COMPOSITE_DEPTH) {
        const [first] = level
        const where = first.parent ? ` ('${first.parent}' uses '${first.uses}')` : ''
        this.depthError = `Composite action depth exceeded max depth ${MAX_COMPOSITE_DEPTH}${where}`
        return
      }
      const actions = await Promise.all(level.map(async ({ uses }) => this.prepare(uses)))
      const next = new Map<string, Use>()
      level.forEach(({ uses }, index) => {
        const runs = actions[index]?.manifest.runs
        if (runs?.using !== 'composite') return
        for (const child of usesOf(runs.steps)) {
          if (!next.has(child)) next.set(child, { uses: child, parent: uses })
        }
      })
      level = [...next.values()]
    }
  }

  catalog(): ActionCatalog {
    return new PreparedCatalog(this.loaded, this.deferred)
  }

  errors(): string[] {
    const all = new Set<string>()
    for (const list of this.problems.values()) for (const problem of list) all.add(problem)
    if (this.depthError) all.add(this.depthError)
    return [...all]
  }

  private async prepare(uses: string): Promise<LoadedAction | undefined> {
    let running = this.pending.get(uses)
    if (!running) {
      this.problems.set(uses, [])
      running = this.load(uses).then((action) => {
        if (action) this.loaded.set(uses, action)
        return action
      })
      this.pending.set(uses, running)
    }
    return running
  }

  private async load(uses: string): Promise<LoadedAction | undefined> {
    let reference: ActionReference
    try {
      reference = parseReference(uses)
    } catch (error) {
      return this.fail(uses, error)
    }
    switch (reference.kind) {
      case 'docker':
        return dockerImageAction(uses, reference.image)
      case 'local':
        return this.loadLocal(uses, reference)
      case 'remote':
        return this.loadRemote(uses, reference)
    }
  }

  private loadLocal(
    uses: string,
    reference: Extract<ActionReference, { kind: 'local' }>
  ): LoadedAction | undefined {
    const directory = path.resolve(this.options.workspace, reference.path)
    const load = (): LoadedAction => ({
      uses,
      reference,
      directory,
      manifest: loadManifest(directory, uses, 'local')
    })
    if (findManifestFile(directory) === undefined) {
      this.deferred.set(uses, load)
      return undefined
    }
    try {
      return load()
    } catch (error) {
      return this.fail(uses, error)
    }
  }

  private async loadRemote(
    uses: string,
    reference: Extract<ActionReference, { kind: 'remote' }>
  ): Promise<LoadedAction | undefined> {
    const described = describeRemote(reference)
    const pathSegments = reference.path === '' ? [] : reference.path.split('/')
    if (pathSegments.some((segment) => segment === '.' || segment === '..')) {
      return this.fail(
        uses,
        new Error(`Invalid path in action '${described}': it leaves the repository`)
      )
    }
    const refused = this.options.allowedActions && refusal(this.options.allowedActions, reference)
    if (refused) return this.fail(uses, new Error(refused))
    if (!this.options.allowedActions && !this.policyNoted) {
      // The runner's server would have checked the policy; say once that nobody did.
      this.policyNoted = true
      this.options.log?.(
        "Nested actions are downloaded by Background Steps: your organisation's allowed-actions " +
          'policy does not check them. The allowed-actions input can restrict them.'
      )
    }
    const { owner, repo, ref } = reference
    let repositoryDirectory: string
    try {
      repositoryDirectory = await downloadAction({ owner, repo, ref }, this.options)
    } catch (error) {
      return this.fail(uses, error)
    }
    const directory = path.join(repositoryDirectory, ...pathSegments)
    try {
      const manifest = loadManifest(
        directory,
        described,
        'remote',
        path.resolve(this.options.cacheDir)
      )
      return { uses, reference, directory, repositoryDirectory, manifest }
    } catch (error) {
      return this.fail(uses, error)
    }
  }

  private fail(uses: string, error: unknown): undefined {
    const list = this.problems.get(uses) ?? []
    if (error instanceof ManifestError) list.push(...error.problems)
    else list.push(errorText(error))
    this.problems.set(uses, list)
    return undefined
  }
}

class PreparedCatalog implements ActionCatalog {
  constructor(
    private readonly loaded: Map<string, LoadedAction>,
    private readonly deferred: Map<string, () => LoadedAction>
  ) {}

  get(uses: string): LoadedAction {
    const action = this.loaded.get(uses)
    if (action) return action
    const load = this.deferred.get(uses)
    if (!load) throw new Error(`The action '${uses}' was not prepared before the steps ran`)
    // Throws the runner's "Can't find …" (or the manifest's problems) when it is still missing.
    const lateAction = load()
    this.loaded.set(uses, lateAction)
    return lateAction
  }
}
