/**
 * Our own secret masker, for text the runner's masker never sees before it is stored: the job
 * summary (written to a file, not to the log) and anything else we write to files. It knows the
 * secrets the runner was told about through `::add-mask::` — our `secrets` input and token, and
 * every mask a nested step registered — and replaces them as the runner would in the log.
 */
import type { OpenedStepLog, StepLogs } from './log-types.js'

/** The runner's replacement text. */
const MASK = '***'
/** Shortest line of a multi-line secret that is masked on its own. */
const MIN_LINE_LENGTH = 4

/** The values to hide, longest first so a secret that contains another is hidden whole. */
export class SecretMasker {
  private values: string[] = []

  /**
   * Registers a value, and each trimmed line of a multi-line value (output reaches the log line
   * by line). Lines shorter than MIN_LINE_LENGTH are left out: a `}` line of a JSON secret
   * would otherwise hide every brace in the summary.
   */
  add(value: string): void {
    const lines = value
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line.length >= MIN_LINE_LENGTH)
    let changed = false
    for (const candidate of [value, ...lines]) {
      if (candidate.trim() === '' || this.values.includes(candidate)) continue
      this.values.push(candidate)
      changed = true
    }
    if (changed) this.values.sort((a, b) => b.length - a.length)
  }

  /** Every value registered so far, longest first. */
  get secrets(): readonly string[] {
    return this.values
  }

  /** `text` with every registered value replaced by `***`. */
  mask(text: string): string {
    let out = text
    for (const value of this.values) if (out.includes(value)) out = out.split(value).join(MASK)
    return out
  }
}

/** Wraps step logs so every mask a nested step registers is also recorded in `masker`. */
export function recordingMasks(logs: StepLogs, masker: SecretMasker): StepLogs {
  // The logs the main loop follows are ours: the wrapped logs hand back the ones they wrap.
  const wrapped = new WeakMap<OpenedStepLog, OpenedStepLog>()
  return {
    open: (options) => {
      const log = logs.open(options)
      const recording = recordingStepLog(log, masker)
      wrapped.set(recording, log)
      return recording
    },
    event: (line) => logs.event(line),
    follow: (followed) => logs.follow(followed.map((log) => wrapped.get(log) ?? log)),
    unfollow: () => logs.unfollow()
  }
}

function recordingStepLog(log: OpenedStepLog, masker: SecretMasker): OpenedStepLog {
  const mask = (value: string): void => {
    masker.add(value)
    log.mask(value)
  }
  // A proxy rather than a copy of the interface: every other member reaches the log unchanged.
  return new Proxy(log, {
    get: (target, property): unknown => {
      if (property === 'mask') return mask
      const member: unknown = Reflect.get(target, property, target)
      return typeof member === 'function'
        ? (member as (...args: unknown[]) => unknown).bind(target)
        : member
    }
  })
}
