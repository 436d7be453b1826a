// Post stage: appends what it sees to the marker file, one JSON line per post.
import { appendFileSync } from 'node:fs'

const env = process.env
const seen = {
  label: env.INPUT_LABEL,
  phase: env.STATE_phase ?? '<unset>',
  mainSaw: env['STATE_main-saw'] ?? '<unset>',
  fromFinal: env.FROM_FINAL ?? '<unset>',
  stepEnv: env.STEP_ONLY ?? '<unset>',
  firstPath: (env.PATH ?? '').split(':')[0],
  action: env.GITHUB_ACTION
}
appendFileSync(env.INPUT_MARKER, `${JSON.stringify(seen)}\n`)
