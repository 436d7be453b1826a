/**
 * The environment of a nested process (docs/runner-emulation.md §1.1): the order of the layers,
 * and what each kind of process must not get.
 */
import { describe, expect, it } from '@jest/globals'
import { buildStepEnvironment } from '../../src/runner/environment.js'

const files = {
  GITHUB_OUTPUT: '/t/set_output_x',
  GITHUB_ENV: '/t/set_env_x',
  GITHUB_PATH: '/t/add_path_x',
  GITHUB_STATE: '/t/save_state_x',
  GITHUB_STEP_SUMMARY: '/t/step_summary_x'
}

function environment(
  kind: 'run' | 'node',
  base: Record<string, string>,
  envContext: Record<string, string>
): Record<string, string> {
  return buildStepEnvironment({
    base: { PATH: '/usr/bin', ...base },
    envContext,
    pathPrepend: [],
    identity: { GITHUB_ACTION: 'step', files },
    kind
  })
}

describe('buildStepEnvironment (§1.1)', () => {
  it('§1.1 step 3: node actions never get NODE_ICU_DATA, from our process or from the env context', () => {
    expect(environment('node', { NODE_ICU_DATA: '/ours' }, {}).NODE_ICU_DATA).toBeUndefined()
    expect(environment('node', {}, { NODE_ICU_DATA: '/step-env' }).NODE_ICU_DATA).toBeUndefined()
    // A run: step keeps it: only the node handler removes it.
    expect(environment('run', {}, { NODE_ICU_DATA: '/step-env' }).NODE_ICU_DATA).toBe('/step-env')
  })

  it('§1.1 step 4: context variables overwrite the env context; the identity and files are the step’s', () => {
    const env = environment(
      'run',
      { GITHUB_SHA: 'real', GITHUB_OUTPUT: '/ours/output' },
      { GITHUB_SHA: 'user', GITHUB_OUTPUT: '/user/output', MINE: 'kept' }
    )
    expect(env).toMatchObject({ GITHUB_SHA: 'real', MINE: 'kept', GITHUB_ACTION: 'step', ...files })
  })
})
