// Pre stage: saves state for main and post through GITHUB_STATE.
import { appendFileSync } from 'node:fs'

const env = process.env
appendFileSync(env.GITHUB_STATE, `phase=pre\nlabel=${env.INPUT_LABEL}\n`)
console.log(`pre ran for ${env.INPUT_LABEL}`)
