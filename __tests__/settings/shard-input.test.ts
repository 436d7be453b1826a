/**
 * The `shard` input (beyond native): `i/n`, 0-based, validated with clear errors.
 */
import { describe, expect, it } from '@jest/globals'
import { settingsWith } from './with-inputs.js'

const settingsWithShard = (shard: string): ReturnType<typeof settingsWith> =>
  settingsWith({ shard })

describe('shard input', () => {
  it('empty (the default) means no sharding', () => {
    const { settings, errors } = settingsWithShard('')
    expect(errors).toEqual([])
    expect(settings?.shard).toBeUndefined()
  })

  it('reads i/n as 0-based index and total, spaces around the slash allowed', () => {
    expect(settingsWithShard('0/3').settings?.shard).toEqual({ index: 0, total: 3 })
    expect(settingsWithShard('2 / 3').settings?.shard).toEqual({ index: 2, total: 3 })
  })

  it('rejects what is not i/n, a total of 0 and an index out of range, with clear messages', () => {
    expect(settingsWithShard('1-3').errors).toEqual([
      {
        message:
          "Input 'shard' must be 'index/total' in whole numbers, for example '0/3', got '1-3'."
      }
    ])
    expect(settingsWithShard('0/0').errors).toEqual([
      { message: "Input 'shard' needs a total of 1 or more, got '0/0'." }
    ])
    expect(settingsWithShard('3/3').errors).toEqual([
      {
        message:
          "Input 'shard' must have an index from 0 to 2 (0-based, like strategy.job-index), got '3/3'."
      }
    ])
    expect(settingsWithShard('-1/3').settings).toBeUndefined()
  })
})
