// A recording stand-in for the docker CLI. Every call appends one JSON line to
// $FAKE_DOCKER_RECORD: argv, working directory, and the value of each `-e NAME` as the real
// CLI would read it from its own environment. `run` emulates the bind mounts well enough to
// write the step's GITHUB_OUTPUT through its container path.
import { appendFileSync, readFileSync } from 'node:fs'

const argv = process.argv.slice(2)
const env = process.env
const passed = {}
for (let i = 0; i < argv.length - 1; i++) {
  if (argv[i] === '-e' && !argv[i + 1].includes('=')) passed[argv[i + 1]] = env[argv[i + 1]] ?? null
}
appendFileSync(
  env.FAKE_DOCKER_RECORD,
  `${JSON.stringify({ argv, cwd: process.cwd(), env: passed })}\n`
)

// $FAKE_DOCKER_PULL_FAILURES / $FAKE_DOCKER_BUILD_FAILURES: the first N pulls or builds fail.
const callsSoFar = (command) =>
  readFileSync(env.FAKE_DOCKER_RECORD, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && JSON.parse(line).argv[0] === command).length
for (const [command, failures] of [
  ['pull', env.FAKE_DOCKER_PULL_FAILURES],
  ['build', env.FAKE_DOCKER_BUILD_FAILURES]
]) {
  if (argv[0] === command && callsSoFar(command) <= Number(failures ?? '0')) {
    console.error(`${command} failed (attempt ${callsSoFar(command)})`)
    process.exit(1)
  }
}

switch (argv[0]) {
  case 'version':
    if (env.FAKE_DOCKER_NO_DAEMON) {
      console.error(
        'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'
      )
      process.exit(1)
    }
    console.log('27.0.1')
    break
  case 'pull':
    console.log(`${argv[1]}: Pulling from library`)
    break
  case 'build':
    console.log('Successfully built 0123456789ab')
    break
  case 'run': {
    const mounts = []
    for (let i = 0; i < argv.length - 1; i++) {
      if (argv[i] === '-v') {
        const [host, container] = argv[i + 1].split(':')
        mounts.push([host, container])
      }
    }
    const toHost = (value) => {
      for (const [host, container] of mounts) {
        if (value.startsWith(`${container}/`)) return host + value.slice(container.length)
      }
      return value
    }
    console.log('hello from the container')
    console.log('::error file=/github/workspace/src/app.ts,line=3::container failure')
    appendFileSync(
      toHost(passed.GITHUB_OUTPUT),
      `from-container=yes\nworkspace=${passed.GITHUB_WORKSPACE}\n`
    )
    process.exit(Number(env.FAKE_DOCKER_RUN_EXIT ?? '0'))
  }
}
