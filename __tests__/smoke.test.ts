import { describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter } from '@actions/workflow-parser'
import {
  TemplateContext,
  TemplateValidationErrors
} from '@actions/workflow-parser/templates/template-context'
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema'
import { Lexer } from '@actions/expressions'
import pLimit from 'p-limit'

describe('toolchain', () => {
  it('loads the ESM packages', () => {
    const ctx = new TemplateContext(
      new TemplateValidationErrors(),
      getWorkflowSchema(),
      new NoOperationTraceWriter()
    )
    expect(ctx).toBeDefined()
    expect(new Lexer('a.b').lex().tokens.length).toBeGreaterThan(0)
    expect(typeof pLimit(2)).toBe('function')
  })
})
