// Main stage: reports what it received as outputs, then saves more state.
import { appendFileSync } from 'node:fs'

const env = process.env
await new Promise((resolve) => setTimeout(resolve, Number(env['INPUT_DELAY-MS'] ?? '0')))
const outputs = {
  greeting: env.INPUT_GREETING,
  repo: env.INPUT_REPO,
  label: env.INPUT_LABEL,
  'old-name': env['INPUT_OLD-NAME'] ?? '<unset>',
  needed: env.INPUT_NEEDED ?? '<unset>',
  'state-phase': env.STATE_phase ?? '<unset>',
  'runtime-token': env.ACTIONS_RUNTIME_TOKEN ?? '<unset>',
  action: env.GITHUB_ACTION,
  'action-repository': env.GITHUB_ACTION_REPOSITORY,
  'action-ref': env.GITHUB_ACTION_REF,
  'action-path': env.GITHUB_ACTION_PATH ?? '<unset>',
  'our-input': env.INPUT_STEPS ?? '<unset>',
  'our-state': env.STATE_ours ?? '<unset>',
  cwd: process.cwd()
}
for (const [name, value] of Object.entries(outputs)) {
  appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`)
}
appendFileSync(env.GITHUB_STATE, `phase=main\nmain-saw=${env.STATE_phase ?? ''}\n`)
console.log('::notice::main ran')
process.exitCode = Number(env['INPUT_EXIT-CODE'] ?? '0')
