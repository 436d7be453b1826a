/**
 * Everything `uses:` steps need — resolving and downloading actions, their pre and post stages,
 * and the node, Docker and composite executors — behind one dynamic import. A list of `run:`
 * steps never loads any of it, which keeps a third of our code out of the start-up path
 * (`npm run bench`, B1/B3/B5).
 */
export { createActionExecutors } from './action-executors.js'
export { PostStageRegistry } from './post-stages.js'
export { resolveOptionsFor, runPrelude } from './prepare.js'
export { resolveActions } from '../catalog/resolve.js'
