/**
 * The context inputs passed as JSON (`${{ toJSON(matrix) }}` and friends, docs/expressions.md
 * §3.2): blank means "not given", `null` stays null, broken JSON is an input error naming the
 * input, and every input error is reported at once.
 */
import { describe, expect, it } from '@jest/globals'
import { settingsWith } from './with-inputs.js'

describe('JSON context inputs', () => {
  it('§3.2: blank means not given: {} for objects, null for matrix', () => {
    const { settings, errors } = settingsWith({ matrix: '  ', strategy: '', vars: '', inputs: '' })
    expect(errors).toEqual([])
    expect(settings).toMatchObject({ matrix: null, strategy: {}, vars: {}, inputs: {}, job: {} })
  })

  it('§3.2: "null" (toJSON(matrix) without a matrix) stays null; values are parsed as given', () => {
    const { settings } = settingsWith({
      matrix: 'null',
      strategy: '{"fail-fast":true,"job-index":0,"job-total":1}',
      vars: '{"a":[1]}'
    })
    expect(settings?.matrix).toBeNull()
    expect(settings?.strategy).toEqual({ 'fail-fast': true, 'job-index': 0, 'job-total': 1 })
    expect(settings?.vars).toEqual({ a: [1] })
  })

  it('broken JSON is an error naming the input, and every broken input is reported', () => {
    const { settings, errors } = settingsWith({ secrets: '{nope', matrix: '[1,' })
    expect(settings).toBeUndefined()
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^Input 'secrets' is not valid JSON: /),
      expect.stringMatching(/^Input 'matrix' is not valid JSON: /)
    ])
  })
})
