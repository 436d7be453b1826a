#!/usr/bin/env node
/**
 * Local CLI: runs a step-list file outside GitHub. It plays the runner: makes temp `GITHUB_*`
 * files, starts the bundled action (main, then post) with `INPUT_*` env, renders the workflow
 * commands it prints for a terminal, then shows the outputs, env, path and summary, and removes
 * its temp folder. Exit codes: 0 success, 1 failed list or invalid input, 2 usage, 128+n signal n.
 */
import { runCli } from './local/runner.js'

process.exitCode = await runCli(process.argv.slice(2))
