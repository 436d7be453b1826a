/**
 * Inputs of an action step (docs/runner-emulation.md §5; runner `ActionRunner.RunAsync`):
 * merging, default evaluation, warnings and `INPUT_*` names.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { LoadedAction } from '../../src/catalog/model.js'
import { actionInputs, inputVariables, stateVariables } from '../../src/executors/action-inputs.js'
import { actionIdentity } from '../../src/executors/action-stage.js'
import { sandbox, scopeFor, statefulRemote, type Sandbox } from './action-helpers.js'

let box: Sandbox

beforeEach(async () => {
  box = await sandbox()
})

afterEach(async () => {
  await box.cleanup()
})

function dockerAction(inputs: LoadedAction['manifest']['inputs']): LoadedAction {
  return {
    uses: 'octo/container@v1',
    reference: { kind: 'remote', owner: 'octo', repo: 'container', path: '', ref: 'v1' },
    directory: '/nowhere',
    manifest: {
      name: 'container',
      inputs,
      outputs: {},
      runs: { using: 'docker', image: 'Dockerfile' },
      file: 'action.yml'
    }
  }
}

describe('actionInputs (§5)', () => {
  it('§5.3: a default is evaluated only when the input is not provided', async () => {
    const action = await statefulRemote()
    action.manifest.inputs.greeting = { default: '${{ fromJSON(github.sha) }}' }

    const { inputs } = actionInputs(action, { GREETING: 'given' }, scopeFor(box))

    // Evaluating that default would throw (abc123 is not JSON); it was never evaluated.
    expect(inputs.GREETING).toBe('given')
    expect(Object.keys(inputs)).not.toContain('greeting')
  })

  it('§5.3: defaults see only the input-default contexts; env and secrets read empty', async () => {
    const action = await statefulRemote()
    action.manifest.inputs.greeting = {
      default: '${{ job.status }}/${{ runner.os }}/${{ env.WORKFLOW_VAR }}/${{ secrets.X }}'
    }
    const scope = scopeFor(box)
    scope.contexts.secrets = { X: 'secret' }

    const { inputs } = actionInputs(action, {}, scope)

    expect(inputs.greeting).toBe('success/Linux//')
  })

  it('§5.4: docker actions also accept entryPoint and args; docker:// images are never checked', () => {
    const action = dockerAction({ who: {} })
    const provided = { ARGS: 'x', entrypoint: '/e', who: 'me', what: '?' }

    expect(actionInputs(action, provided, scopeFor(box)).warnings).toEqual([
      "Unexpected input(s) 'what', valid inputs are ['entryPoint', 'args', 'who']"
    ])
    const image: LoadedAction = {
      ...action,
      uses: 'docker://alpine',
      reference: { kind: 'docker', image: 'alpine' }
    }
    expect(actionInputs(image, provided, scopeFor(box)).warnings).toEqual([])
  })

  it('§5.4: the deprecation warning names the input as the user wrote it, only on an exact match', async () => {
    const action = await statefulRemote()

    const exact = actionInputs(action, { 'old-name': '1' }, scopeFor(box))
    const otherCase = actionInputs(action, { 'OLD-NAME': '1' }, scopeFor(box))

    expect(exact.warnings).toEqual([
      "Input 'old-name' has been deprecated with message: Use greeting instead."
    ])
    expect(otherCase.warnings).toEqual([])
  })
})

describe('environment names (§5.5, §1.1, §1.4)', () => {
  it('§5.5: INPUT_ + name with spaces as _, upper-cased; hyphens and dots kept', () => {
    expect(inputVariables({ 'node-version': '20', 'my input': 'a', 'foo.bar': 'b' })).toEqual({
      'INPUT_NODE-VERSION': '20',
      INPUT_MY_INPUT: 'a',
      'INPUT_FOO.BAR': 'b'
    })
  })

  it('§1.1: STATE_ + the name as saved, case kept', () => {
    expect(stateVariables({ isPost: 'true', 'main-saw': 'x' })).toEqual({
      STATE_isPost: 'true',
      'STATE_main-saw': 'x'
    })
  })

  it('§1.4: repository and ref for owner/repo@ref only', async () => {
    const remote = await statefulRemote()
    expect(actionIdentity('s', remote)).toEqual({
      GITHUB_ACTION: 's',
      GITHUB_ACTION_REPOSITORY: 'octo/stateful',
      GITHUB_ACTION_REF: 'v1'
    })
    expect(
      actionIdentity('__self', { ...remote, reference: { kind: 'local', path: './x' } })
    ).toEqual({ GITHUB_ACTION: '__self', GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' })
  })
})
