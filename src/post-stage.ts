/**
 * Our post stage. Nested `post:` stages of actions run here, newest first (the `uses:` issue);
 * `run:` steps register nothing, so today this only confirms there is nothing to do.
 */
import * as core from '@actions/core'

export async function runPost(): Promise<void> {
  core.debug('Background Steps: no nested post stages registered.')
  return Promise.resolve()
}
