/** Reads the settings with the given `INPUT_*` (and a minimal step list), as the runner passes them. */
import { afterEach } from '@jest/globals'
import { readSettings } from '../../src/settings.js'

/** Restores the environment after each test of the file that imports this. */
const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

export function settingsWith(inputs: Record<string, string>): ReturnType<typeof readSettings> {
  process.env.INPUT_STEPS = '- run: echo hi\n'
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  return readSettings({ GITHUB_WORKSPACE: '/tmp' })
}
