// Keep tests hermetic: nothing a test prints may act on a CI runner that hosts it.
process.env.RUNNER_DEBUG = ''
