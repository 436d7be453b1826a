import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ parseAllowedActions),
/* harmony export */   x: () => (/* binding */ refusal)
/* harmony export */ });
/**
 * The `allowed-actions` input. The runner's server applies the organisation's "allowed actions"
 * policy before it hands out a download; we download ourselves, which bypasses it
 * (spec/runner-emulation.md §4.2 "Policy gap"), so this input lets a workflow state its own list.
 *
 * Patterns follow the policy's syntax: `owner/repo@ref`, `owner/repo/path@ref`, `*` for any text
 * (`/` included, so `octo-org/*` covers every repository of the owner), no `@` meaning any ref,
 * and a leading `!` to block what would otherwise be allowed. Names compare case-insensitively
 * (GitHub's are), refs exactly. A pattern naming a repository covers the actions in its folders.
 * Local `./` actions and `docker://` images are not repository actions and are not checked, as
 * the policy does not check them either.
 */
const ENTRY = /^(!?)([^@\s]+)(?:@([^@\s]+))?$/;
/** Parses the input (entries separated by commas or newlines); undefined when it is empty. */
function parseAllowedActions(text, fail) {
    const entries = text
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    if (entries.length === 0)
        return undefined;
    const allow = [];
    const block = [];
    for (const entry of entries) {
        const match = ENTRY.exec(entry);
        const name = match?.[2] ?? '';
        if (!match || (name !== '*' && !/^[^/]+\/[^/]/.test(name))) {
            fail(`Input 'allowed-actions' has '${entry}', which is not a pattern like owner/repo@ref, ` +
                'owner/*, owner/repo/path@* or !owner/repo@ref.');
            continue;
        }
        const pattern = {
            text: entry,
            name: glob(name, 'i'),
            ref: glob(match[3] ?? '*', '')
        };
        (match[1] === '!' ? block : allow).push(pattern);
    }
    return { entries, allow, block };
}
/**
 * Why `owner/repo[/path]@ref` may not be downloaded, or undefined when it may. With only blocking
 * entries, everything else is allowed.
 */
function refusal(allowed, action) {
    const repository = `${action.owner}/${action.repo}`;
    const names = action.path === '' ? [repository] : [`${repository}/${action.path}`, repository];
    const matches = (pattern) => pattern.ref.test(action.ref) && names.some((name) => pattern.name.test(name));
    const described = `${names[0]}@${action.ref}`;
    const blocking = allowed.block.find(matches);
    if (blocking) {
        return `The action ${described} is not allowed: the allowed-actions input blocks it (${blocking.text}).`;
    }
    if (allowed.allow.length === 0 || allowed.allow.some(matches))
        return undefined;
    return (`The action ${described} is not allowed: it matches none of the patterns of the ` +
        `allowed-actions input: ${allowed.allow.map((pattern) => pattern.text).join(', ')}.`);
}
/** `*` as any text, everything else literal, the whole string. */
function glob(pattern, flags) {
    const body = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${body}$`, flags);
}


/***/ }),

/***/ 8493:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ emptyExecution)
/* harmony export */ });
/** An execution that produced nothing (a step that failed before its process started). */
function emptyExecution(result) {
    return { result, outputs: [], env: [], path: [], state: [], summary: '' };
}


/***/ }),

/***/ 2034:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ runJob)
});

// EXTERNAL MODULE: ./src/expressions/evaluate.ts + 2 modules
var evaluate = __nccwpck_require__(3823);
// EXTERNAL MODULE: ./src/report/annotation-budget.ts
var annotation_budget = __nccwpck_require__(9131);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: ./src/workflow/plan.ts + 1 modules
var plan = __nccwpck_require__(1088);
;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

;// CONCATENATED MODULE: ./src/engine/results.ts
/** The runner's numeric order of TaskResult (`TaskResultUtil.cs`); Abandoned is never produced here. */
const ORDER = { Succeeded: 0, Failed: 2, Canceled: 3, Skipped: 4 };
/**
 * R36 — `MergeTaskResults(current, incoming)`: unset → incoming; a current result above
 * Failed (Canceled, Skipped) is sticky; otherwise the larger of the two.
 */
function mergeResults(current, incoming) {
    if (current === undefined)
        return incoming;
    if (ORDER[current] > ORDER.Failed)
        return current;
    return ORDER[incoming] > ORDER[current] ? incoming : current;
}
/** R11.3 — continue-on-error turns Failed into conclusion Succeeded, keeping outcome Failed; never touches Canceled. */
function applyContinueOnError(result, continueOnError) {
    if (result === 'Failed' && continueOnError)
        return { result: 'Succeeded', outcome: 'Failed' };
    return { result, outcome: result };
}
/**
 * The job result over time (R38–R40): starts Succeeded; only merges what the rules say.
 * Job cancellation is tracked separately because `cancelled()` and `job.status` read it.
 */
class JobResult {
    result = 'Succeeded';
    cancelledFlag = false;
    /** Merges a result into the job result (R36). */
    merge(incoming) {
        this.result = mergeResults(this.result, incoming);
    }
    /** R43 — job cancellation makes the job result Canceled. */
    cancel() {
        this.cancelledFlag = true;
        this.merge('Canceled');
    }
    get cancelled() {
        return this.cancelledFlag;
    }
    get taskResult() {
        return this.result;
    }
    /** `job.status` / the status success() and failure() read. */
    get status() {
        if (this.result === 'Canceled' || this.cancelledFlag)
            return 'cancelled';
        return this.result === 'Failed' ? 'failure' : 'success';
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/engine/coordinator.ts
/**
 * The background-step coordinator (spec/semantics.md §2.2–§2.9, §2.11–§2.14; runner
 * `BackgroundStepCoordinator.cs`): slots, deferred state, wait / wait-all / cancel, the grace
 * period and the final drain. It knows nothing about processes: a task's body is a function
 * the engine supplies, so tests drive it with fake bodies whose completion they control.
 */



/** The runner's grace period for `cancel` (R29). */
const CANCEL_GRACE_MS = 7500;
const defaultSetTimer = (callback, ms) => {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
};
class Coordinator {
    options;
    /** Registered steps in queue order (R14: wait-all and drain flush in this order). */
    entries = [];
    byId = new Map();
    byKey = new Map();
    limit;
    setTimer;
    jobCancelled = false;
    failFastTriggered = false;
    /** Resolves an entry's `finished`: when its body settles, or at once when cancelled queued. */
    markFinished = new Map();
    constructor(options) {
        this.options = options;
        this.limit = pLimit(Math.max(1, options.maxConcurrency));
        this.setTimer = options.setTimer ?? defaultSetTimer;
    }
    /** R6 — queue a step; returns at once (the slot is taken inside the task, R7/R9). */
    start(task) {
        const controller = new AbortController();
        let markFinished;
        const finished = new Promise((resolve) => (markFinished = resolve));
        const entry = {
            task,
            state: 'queued',
            completed: false,
            explicitlyCancelled: false,
            controller,
            finished
        };
        this.entries.push(entry);
        this.byId.set(task.id, entry);
        this.byKey.set(task.key, entry);
        this.markFinished.set(entry, markFinished);
        const queued = this.limit.activeCount + this.limit.pendingCount >= this.limit.concurrency;
        void this.limit(async () => this.execute(entry)).finally(() => this.settle(entry));
        // Q-e: a step dequeued after job cancellation is queued with a cancelled token and never runs.
        if (this.jobCancelled)
            this.abort(entry, 'job');
        else if (queued)
            task.onQueued?.();
        return entry;
    }
    /** All registered entries, in queue order. */
    get registered() {
        return this.entries;
    }
    /** R42 — job cancellation: every running or queued step is cancelled at once. */
    cancelAll() {
        this.jobCancelled = true;
        for (const entry of this.entries)
            if (entry.state !== 'finished')
                this.abort(entry, 'job');
    }
    /** R17–R22 — `wait`. `byKey` is for a parallel group's own wait, whose targets are member keys. */
    async wait(targets, byKey = false) {
        const found = targets.map((target) => ({ target, entry: this.lookup(target, byKey) }));
        const names = found.map(({ target, entry }) => entry?.task.displayName ?? target);
        const lines = [
            `Waiting for background step(s) to complete: ${names.length ? names.join(', ') : '(none)'}`
        ];
        const registered = found.flatMap(({ entry }) => (entry ? [entry] : []));
        // R23 — a completed target does not block, even one a cancel abandoned still running.
        await Promise.all(registered.filter((e) => !e.completed).map(async (entry) => entry.finished));
        return this.finishControl(registered, 'Finished waiting for background step(s).', lines);
    }
    /** R26–R27 — `wait-all` (and the implicit "Wait for all background steps"). */
    async waitAll() {
        const pending = this.entries.filter((entry) => !entry.completed);
        const lines = pending.length > 0
            ? [
                `Waiting for all background step(s) to complete: ${pending.map((e) => e.task.displayName).join(', ')}`
            ]
            : ['No background steps remaining to wait for.'];
        await Promise.all(pending.map(async (entry) => entry.finished));
        return this.finishControl(pending, 'Finished waiting for all background step(s).', lines);
    }
    /** R28–R34 — `cancel`: signal, wait up to the grace period, complete and flush. Always Succeeded. */
    async cancel(target) {
        const entry = this.lookup(target, false);
        const lines = [`Cancelling background step(s): ${entry?.task.displayName ?? target}`];
        const waited = [];
        if (entry) {
            entry.explicitlyCancelled = true;
            if (entry.state !== 'finished') {
                this.abort(entry, 'cancel');
                const inTime = await this.settlesWithin(entry.finished, this.options.graceMs ?? CANCEL_GRACE_MS);
                // R29.3 — abandoned: leave it running, force-mark Canceled if it has no result yet.
                if (!inTime && entry.result === undefined) {
                    entry.result = 'Canceled';
                    entry.outcome = 'Canceled';
                }
            }
            this.complete(entry);
            waited.push({ name: entry.task.displayName, result: entry.result ?? 'Unknown' });
        }
        lines.push('Finished cancelling background step(s).');
        for (const step of waited)
            lines.push(`  ${step.name}: ${step.result}`);
        return { result: 'Succeeded', lines, waited };
    }
    /**
     * R40 — the final drain: wait for and flush every step not yet completed, then merge the
     * results of all registered steps (skipping no result, and explicitly cancelled + Canceled).
     * Returns the merged value, or undefined when there is nothing to merge.
     */
    async drain() {
        const pending = this.entries.filter((entry) => !entry.completed);
        await Promise.all(pending.map(async (entry) => entry.finished));
        for (const entry of pending)
            this.complete(entry);
        let merged;
        for (const entry of this.entries) {
            if (entry.result === undefined)
                continue;
            if (entry.explicitlyCancelled && entry.result === 'Canceled')
                continue;
            merged = mergeResults(merged, entry.result);
        }
        return merged;
    }
    /**
     * Beyond native (`ready:`): the step's readiness probe failed. A step still running is stopped
     * as `cancel` stops it (signal, then up to the grace period; abandoned → force-marked, here
     * Failed), and the step is completed and flushed at once, so its failure counts now, as a
     * foreground failure would.
     */
    async failNotReady(entry) {
        if (entry.state !== 'finished') {
            this.abort(entry, 'not-ready');
            const inTime = await this.settlesWithin(entry.finished, this.options.graceMs ?? CANCEL_GRACE_MS);
            if (!inTime && entry.result === undefined) {
                let continueOnError = false;
                try {
                    continueOnError = entry.task.continueOnError();
                }
                catch {
                    continueOnError = false;
                }
                const verdict = applyContinueOnError('Failed', continueOnError);
                entry.result = verdict.result;
                entry.outcome = verdict.outcome;
            }
        }
        this.complete(entry);
    }
    /** Waits for every body to settle (used before exiting after job cancellation). */
    async settled() {
        await Promise.all(this.entries.map(async (entry) => entry.finished));
    }
    lookup(target, byKey) {
        return byKey ? this.byKey.get(target) : this.byId.get(target);
    }
    /** R18/R19/R20/R27: complete in list order, merge results, report one line per step. */
    finishControl(entries, finishedLine, lines) {
        let result = 'Succeeded';
        const waited = [];
        for (const entry of entries) {
            this.complete(entry);
            if (entry.result !== undefined)
                result = mergeResults(result, entry.result);
            waited.push({ name: entry.task.displayName, result: entry.result ?? 'Unknown' });
        }
        lines.push(finishedLine);
        for (const step of waited)
            lines.push(`  ${step.name}: ${step.result}`);
        return { result, lines, waited };
    }
    /** Marks a step completed and flushes it once (Q-b: the flush is idempotent). */
    complete(entry) {
        if (entry.completed)
            return;
        entry.completed = true;
        this.options.flush(entry);
    }
    abort(entry, reason) {
        if (entry.controller.signal.aborted) {
            // R11 — the step's own token (its timeout, or readiness) fired first, and now the
            // background source is cancelled too: the runner then reports Canceled, not Failed.
            if (isCancellation(reason) && !isCancellation(entry.cancelReason))
                entry.cancelReason = reason;
            return;
        }
        entry.cancelReason = reason;
        entry.controller.abort(reason);
        // R33 / Q-d / Q-e — a step still waiting for its slot stops waiting at once: it ends
        // Canceled without starting, and whoever waits for it (a cancel's grace) is not held up
        // until a slot frees. Its queued task then finds it finished and does nothing.
        if (entry.state === 'queued') {
            this.finish(entry, this.classify(entry, undefined, undefined), undefined, undefined);
            this.settle(entry);
        }
    }
    settle(entry) {
        this.markFinished.get(entry)?.();
        this.markFinished.delete(entry);
    }
    /** R7–R11: runs inside a slot. */
    async execute(entry) {
        const { task } = entry;
        if (entry.state === 'finished')
            return;
        // Q-d / Q-e: cancelled while queued → Canceled, never started (Failed when not ready in time).
        if (entry.controller.signal.aborted) {
            this.finish(entry, this.classify(entry, undefined, undefined), undefined, undefined);
            return;
        }
        entry.state = 'running';
        task.onStart?.();
        // R10: the timeout clock starts at slot acquisition.
        const clearTimer = task.timeoutMinutes > 0
            ? this.setTimer(() => {
                if (!entry.controller.signal.aborted)
                    entry.timedOut = true;
                this.abort(entry, 'timeout');
            }, task.timeoutMinutes * 60_000)
            : undefined;
        let execution;
        let crash;
        try {
            execution = await task.body({ cancelSignal: entry.controller.signal });
        }
        catch (error) {
            crash = (0,errors/* errorText */.k)(error);
        }
        finally {
            clearTimer?.();
        }
        this.finish(entry, this.classify(entry, execution, crash), execution, crash);
    }
    /** R11 — the result of a body: cancelled by us, timed out, crashed, or its own. */
    classify(entry, execution, crash) {
        switch (entry.cancelReason) {
            case 'cancel':
            case 'job':
            case 'fail-fast':
                return 'Canceled';
            case 'timeout':
            case 'not-ready':
                return 'Failed';
            case undefined:
                break;
        }
        if (crash !== undefined || !execution)
            return 'Failed';
        return execution.result;
    }
    finish(entry, raw, execution, crash) {
        const { task } = entry;
        // Asked even when the step was cancelled, so a readiness wait learns that the step ended.
        const notReady = task.notReadyReason?.();
        const result = notReady !== undefined && raw === 'Succeeded' ? 'Failed' : raw;
        let continueOnError = false;
        if (result === 'Failed') {
            try {
                continueOnError = task.continueOnError();
            }
            catch {
                continueOnError = false;
            }
        }
        const verdict = applyContinueOnError(result, continueOnError);
        entry.result = verdict.result;
        entry.outcome = verdict.outcome;
        entry.execution = execution;
        entry.state = 'finished';
        const message = entry.timedOut === true
            ? `The background step '${task.displayName}' has timed out after ${task.timeoutMinutes} minutes.`
            : (crash ?? (result === 'Failed' ? notReady : undefined));
        task.onFinish?.(entry, message);
        if (this.options.failFast && verdict.result === 'Failed' && !this.failFastTriggered) {
            this.failFastTriggered = true;
            for (const other of this.entries) {
                if (other === entry || other.state === 'finished')
                    continue;
                other.explicitlyCancelled = true;
                this.abort(other, 'fail-fast');
            }
            this.options.onFailFast?.(entry);
        }
    }
    async settlesWithin(promise, ms) {
        let cancelTimer;
        const timedOut = new Promise((resolve) => {
            cancelTimer = this.setTimer(() => resolve(false), ms);
        });
        const result = await Promise.race([promise.then(() => true), timedOut]);
        cancelTimer?.();
        return result;
    }
}
/** Cancellations of the background source (explicit, job, fail-fast), not the step's own token. */
function isCancellation(reason) {
    return reason === 'cancel' || reason === 'job' || reason === 'fail-fast';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/engine/readiness.ts
/**
 * Readiness probes (beyond native, `ready:` on a background step): the main loop waits at a
 * background step until its service answers — a TCP connect, an HTTP GET, a file that appears,
 * or a line of the step's own output — instead of `sleep 10` or a hand-written poll loop.
 *
 * The gate is pure timing: it tries its probe when the step starts and then every interval (one
 * try at a time, no busy loop), and settles once: ready, the step ended first, the deadline
 * passed first, or the job was cancelled. Probes and the clock are injectable so unit tests
 * control both; every timer and listener is released when the gate settles.
 */



const realClock = {
    now: () => Date.now(),
    setTimer: (callback, ms) => {
        const handle = setTimeout(callback, ms);
        return () => clearTimeout(handle);
    }
};
/** Waits for one background step to become ready; see the module comment. */
class ReadinessGate {
    options;
    /** Settles once, with the first of ready / ended / timed-out / cancelled. */
    outcome;
    current = 'waiting';
    clock;
    releases = [];
    /** Aborts a try in flight once the gate has settled. */
    tries = new AbortController();
    resolve;
    startedAt;
    trying = false;
    wakeWhileTrying = false;
    cancelNextTry;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? realClock;
        this.outcome = new Promise((resolve) => (this.resolve = resolve));
        if (options.cancelSignal.aborted) {
            this.settle({ state: 'cancelled' });
            return;
        }
        const onCancel = () => this.settle({ state: 'cancelled' });
        options.cancelSignal.addEventListener('abort', onCancel, { once: true });
        this.releases.push(() => options.cancelSignal.removeEventListener('abort', onCancel));
        this.releases.push(this.clock.setTimer(() => this.settle({ state: 'timed-out' }), options.timeoutMs));
    }
    get state() {
        return this.current;
    }
    /** The step got its slot and started: probing begins. */
    begin() {
        if (this.current !== 'waiting' || this.startedAt !== undefined)
            return;
        this.startedAt = this.clock.now();
        const { probe } = this.options;
        if (probe.watch)
            this.releases.push(probe.watch(() => this.wake()));
        this.tryNow();
    }
    /**
     * The step's process ended. If the gate is still waiting, it settles now: ready when a probe
     * that needs no try has already passed (a log line printed just before exiting), else `ended`.
     */
    stepEnded() {
        if (this.current === 'waiting') {
            if (this.startedAt !== undefined && this.options.probe.passed?.())
                this.settleReady();
            else
                this.settle({ state: 'ended' });
        }
        return this.current;
    }
    wake() {
        if (this.current !== 'waiting')
            return;
        if (this.options.probe.passed?.()) {
            this.settleReady();
            return;
        }
        if (this.trying)
            this.wakeWhileTrying = true;
        else
            this.tryNow();
    }
    tryNow() {
        this.cancelNextTry?.();
        this.cancelNextTry = undefined;
        this.trying = true;
        this.wakeWhileTrying = false;
        void this.options.probe
            .check(this.tries.signal)
            .catch(() => false)
            .then((passed) => {
            this.trying = false;
            if (this.current !== 'waiting')
                return;
            if (passed)
                this.settleReady();
            else if (this.wakeWhileTrying)
                this.tryNow();
            else
                this.cancelNextTry = this.clock.setTimer(() => this.tryNow(), this.options.intervalMs);
        });
    }
    settleReady() {
        this.settle({
            state: 'ready',
            afterMs: this.clock.now() - (this.startedAt ?? this.clock.now())
        });
    }
    settle(outcome) {
        if (this.current !== 'waiting')
            return;
        this.current = outcome.state;
        this.cancelNextTry?.();
        this.cancelNextTry = undefined;
        for (const release of this.releases.splice(0))
            release();
        this.tries.abort();
        this.resolve(outcome);
    }
}
// ---------------------------------------------------------------------------------------------
// The probes
// ---------------------------------------------------------------------------------------------
/** Longest single try of a tcp or http probe; the gate's deadline still applies. */
const TRY_TIMEOUT_MS = 5000;
/** The probe a `ready:` mapping describes; `file` paths are relative to the workspace. */
function createProbe(ready, workspace) {
    const unchanged = { wrapLog: (log) => log, newAttempt: () => { } };
    switch (ready.kind) {
        case 'tcp':
            return { probe: tcpProbe(ready.target), ...unchanged };
        case 'http':
            return { probe: httpProbe(ready.target), ...unchanged };
        case 'file':
            return { probe: fileProbe(ready.target, workspace), ...unchanged };
        case 'log': {
            const watch = new LogWatch(new RegExp(ready.target));
            return {
                probe: watch.probe,
                wrapLog: (log) => watch.wrap(log),
                newAttempt: () => watch.newAttempt()
            };
        }
    }
}
/** Connects to `host:port` (`[::1]:5432` for IPv6); ready once a connection is accepted. */
function tcpProbe(target) {
    const colon = target.lastIndexOf(':');
    const host = target.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
    const port = Number(target.slice(colon + 1));
    return {
        description: `tcp ${target}`,
        check: async (signal) => new Promise((resolve) => {
            const socket = external_node_net_namespaceObject.connect({ host, port });
            const done = (passed) => {
                clearTimeout(timer);
                signal.removeEventListener('abort', onAbort);
                socket.destroy();
                resolve(passed);
            };
            const onAbort = () => done(false);
            const timer = setTimeout(() => done(false), TRY_TIMEOUT_MS);
            signal.addEventListener('abort', onAbort, { once: true });
            socket.once('connect', () => done(true));
            socket.once('error', () => done(false));
        })
    };
}
/** GET `url`; any 2xx or 3xx answer is ready (redirects are not followed). */
function httpProbe(url) {
    return {
        description: `http ${url}`,
        check: async (signal) => {
            try {
                const response = await fetch(url, {
                    redirect: 'manual',
                    signal: AbortSignal.any([signal, AbortSignal.timeout(TRY_TIMEOUT_MS)])
                });
                await response.body?.cancel();
                return response.status >= 200 && response.status < 400;
            }
            catch {
                return false;
            }
        }
    };
}
/** Ready once the path exists (relative to the workspace). */
function fileProbe(target, workspace) {
    const file = external_node_path_.resolve(workspace, target);
    return {
        description: `file ${target}`,
        check: async () => {
            try {
                await external_node_fs_.promises.access(file);
                return true;
            }
            catch {
                return false;
            }
        }
    };
}
/** The runner's script echo (cyan), which shows the script and so its text, never its output. */
const SCRIPT_ECHO = '\u001b[36;1m';
/** The rest of the runner's step header: `shell: …`, `with:` / `env:` and their `  name: value` lines. */
const HEADER_LINE = /^(shell: .*|with:|env:| {2}[^\s:][^:]*: .*| {2}[^\s:][^:]*:)$/;
/**
 * Matches a regular expression against the step's own output lines as they reach its log. The
 * runner's step header (the script, shell and env the executor prints before the process starts)
 * is skipped, so a pattern that also occurs in the script does not pass before the process
 * printed it.
 */
class LogWatch {
    pattern;
    probe;
    matched = false;
    inHeader = true;
    listeners = new Set();
    constructor(pattern) {
        this.pattern = pattern;
        this.probe = {
            description: `log /${pattern.source}/`,
            // eslint-disable-next-line @typescript-eslint/require-await -- nothing to wait for: lines arrive by themselves
            check: async () => this.matched,
            passed: () => this.matched,
            watch: (wake) => {
                this.listeners.add(wake);
                return () => this.listeners.delete(wake);
            }
        };
    }
    /** A retry's executor prints its header again. */
    newAttempt() {
        this.inHeader = true;
    }
    /** A log that passes everything on unchanged and shows each output line to the pattern first. */
    wrap(log) {
        return {
            text: (line) => {
                this.see(line);
                log.text(line);
            },
            textBytes: (block) => {
                // Only process output arrives as bytes, never the header. Once matched, a flood of
                // output is passed on without being decoded.
                this.inHeader = false;
                if (!this.matched)
                    for (const line of block.toString('utf8').split('\n'))
                        this.see(line);
                log.textBytes(block);
            },
            command: (line) => {
                this.inHeader = false;
                log.command(line);
            },
            error: (message) => log.error(message),
            warning: (message) => log.warning(message),
            mask: (value) => log.mask(value),
            end: (title) => log.end(title)
        };
    }
    see(line) {
        if (this.matched || line.startsWith(SCRIPT_ECHO))
            return;
        if (this.inHeader && HEADER_LINE.test(line))
            return;
        this.inHeader = false;
        if (!this.pattern.test(line))
            return;
        this.matched = true;
        for (const wake of [...this.listeners])
            wake();
    }
}

;// CONCATENATED MODULE: ./src/engine/retry.ts
/**
 * Retries (beyond native, `retry:` on a run/uses step): a failed attempt runs again, up to
 * `attempts` in all, with `backoff-seconds` between. Used around `executor.execute` by the main
 * loop (foreground) and by the coordinator body (background) alike.
 *
 * Each attempt is a fresh execution — fresh file-command files, fresh collected outputs — so the
 * outputs, env, PATH and summary that reach later steps are the successful attempt's only. A step
 * whose signal fired (cancel, job cancellation, timeout) is never retried: `timeout-minutes`
 * covers all attempts and the pauses between them.
 */

/** Runs the attempts; see the module comment. */
async function runAttempts(run) {
    const total = run.policy?.attempts ?? 1;
    if (total <= 1)
        return { execution: await run.attempt(1, run.log), attempts: 1 };
    const backoffMs = (run.policy?.backoffSeconds ?? 0) * 1000;
    const sleep = run.sleep ?? abortableSleep;
    for (let number = 1;; number++) {
        if (number > 1)
            run.onRetry?.(number, total);
        run.log.text(`Attempt ${number} of ${total}`);
        const last = number === total;
        const execution = await run.attempt(number, last ? run.log : demoteErrors(run.log, number, total));
        if (execution.result === 'Succeeded' || last || run.signal.aborted) {
            return { execution, attempts: number };
        }
        const when = backoffMs > 0 ? `retrying in ${(0,format/* formatSeconds */.Xo)(backoffMs)}` : 'retrying now';
        run.log.text(`Attempt ${number} of ${total} failed; ${when}.`);
        if (backoffMs > 0)
            await sleep(backoffMs, run.signal);
        if (run.signal.aborted)
            return { execution, attempts: number };
    }
}
/**
 * A failed attempt that will be retried is not the step's failure: its error annotations
 * (`Process completed with exit code 1.`) become warnings that name the attempt.
 */
function demoteErrors(log, number, total) {
    return {
        text: (line) => log.text(line),
        textBytes: (block) => log.textBytes(block),
        command: (line) => log.command(line),
        error: (message) => log.warning(`Attempt ${number} of ${total}: ${message}`),
        warning: (message) => log.warning(message),
        mask: (value) => log.mask(value),
        end: (title) => log.end(title)
    };
}
/** Resolves after `ms`, or at once when `signal` aborts; leaves no timer behind. */
async function abortableSleep(ms, signal) {
    if (signal.aborted)
        return;
    await new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    });
}

// EXTERNAL MODULE: ./src/workflow/model.ts
var model = __nccwpck_require__(3832);
;// CONCATENATED MODULE: ./src/engine/scope.ts

class JobState {
    /** The `steps` context: only user-given ids (generated `__` ids never enter it, §1.3 / Q-h). */
    steps = {};
    /** The job's env context: what we started with plus every applied GITHUB_ENV write. */
    env;
    /** GITHUB_ENV writes to hand over to the later job steps, last write wins. */
    exportedEnv = new Map();
    /** GITHUB_PATH entries, oldest first; a re-add moves the entry to the end (R13). */
    pathPrepend = [];
    constructor(initialEnv) {
        this.env = { ...initialEnv };
    }
    /** Applies outputs, env and path of a step (immediately for foreground, at the flush for background). */
    applyEffects(step, effects) {
        if (step.explicitId) {
            const entry = this.entry(step.id);
            for (const [name, value] of effects.outputs)
                entry.outputs[name] = value;
        }
        for (const [name, value] of effects.env) {
            this.env[name] = value;
            this.exportedEnv.set(name, value);
        }
        for (const entry of effects.path) {
            const existing = this.pathPrepend.indexOf(entry);
            if (existing >= 0)
                this.pathPrepend.splice(existing, 1);
            this.pathPrepend.push(entry);
        }
    }
    /** Publishes `steps.<id>.outcome` / `conclusion` (R14.4). */
    setResult(step, outcome, conclusion) {
        if (!step.explicitId)
            return;
        const entry = this.entry(step.id);
        entry.outcome = model/* toConclusion */.P[outcome];
        entry.conclusion = model/* toConclusion */.P[conclusion];
    }
    entry(id) {
        this.steps[id] ??= { outputs: {}, outcome: '', conclusion: '' };
        return this.steps[id];
    }
}
/**
 * R13 — a background step buffers its env writes in a case-insensitive map where the last write
 * wins: `foo=1` then `FOO=2` publishes one variable, spelled as first written, with `2`. (A
 * foreground step writes straight to the job env, where Linux names are case-sensitive.)
 */
function deferredEnv(env) {
    const byFolded = new Map();
    for (const [name, value] of env) {
        const folded = name.toLowerCase();
        const entry = byFolded.get(folded);
        if (entry)
            entry[1] = value;
        else
            byFolded.set(folded, [name, value]);
    }
    return [...byFolded.values()];
}

// EXTERNAL MODULE: ./src/expressions/contexts.ts
var expressions_contexts = __nccwpck_require__(4579);
;// CONCATENATED MODULE: ./src/engine/job.ts











/** Runs a validated plan to the end and reports what happened. */
async function runJob(options) {
    return new Job(options).run();
}
class Job {
    options;
    state;
    job = new JobResult();
    coordinator;
    records = [];
    now;
    started;
    /** Re-evaluates the running foreground step's `if:` on job cancellation (R43). */
    onJobCancel;
    githubs = new WeakMap();
    /** Whether this list is a composite action's steps. */
    inComposite;
    explicitKeys;
    constructor(options) {
        this.options = options;
        this.inComposite = options.parentAction !== undefined;
        this.state = new JobState(options.initialEnv);
        this.explicitKeys = new Set(options.plan.steps.filter((s) => s.explicitId).map((s) => s.key));
        this.now = options.now ?? (() => Date.now());
        this.started = this.now();
        this.coordinator = new Coordinator({
            maxConcurrency: options.maxConcurrency,
            failFast: options.failFast,
            graceMs: options.cancelGraceMs,
            flush: (entry) => this.flush(entry),
            onFailFast: () => this.job.merge('Failed')
        });
    }
    async run() {
        const cancelled = () => {
            this.job.cancel();
            this.coordinator.cancelAll();
            this.onJobCancel?.();
        };
        if (this.options.cancelSignal.aborted)
            cancelled();
        else
            this.options.cancelSignal.addEventListener('abort', cancelled, { once: true });
        const prelude = this.options.prelude;
        if (prelude) {
            this.records.push(...prelude.records);
            this.state.applyEffects({ id: '', explicitId: false }, { outputs: [], ...prelude });
            if (prelude.failed)
                this.job.merge('Failed');
        }
        try {
            for (const step of this.options.plan.steps) {
                if (step.kind === 'run' || step.kind === 'uses')
                    await this.runExecutable(step);
                else
                    await this.runControl(step);
            }
            // R40 — the final drain, then merge a non-Succeeded value into the job result.
            const drained = await this.coordinator.drain();
            if (drained !== undefined && drained !== 'Succeeded')
                this.job.merge(drained);
        }
        finally {
            this.options.cancelSignal.removeEventListener('abort', cancelled);
        }
        return this.report();
    }
    /**
     * The expression scope as of now. `env` is the given env context (R4). For a step, `github.action`
     * is that step's (R4.2): its id, or inside a composite the composite step's id.
     */
    scope(env = this.state.env, step) {
        const outerJob = (0,expressions_contexts/* asObject */.eB)(this.options.contexts.job);
        // `job.status` is the status of the nested list as it is now (S21), over the outer job's
        // context; inside a composite it stays the job's (expressions §5.1), and the composite's own
        // status is `github.action_status`, which success() and failure() read there.
        const job = {
            ...outerJob,
            status: this.inComposite ? (outerJob.status ?? this.job.status) : this.job.status
        };
        const contexts = { ...this.options.contexts, job, env, steps: this.state.steps };
        if (step !== undefined) {
            contexts.github = this.inComposite
                ? { ...this.githubOf(step), action_status: this.job.status }
                : this.githubOf(step);
        }
        return {
            contexts,
            status: this.job.status === 'cancelled' ? 'success' : this.job.status,
            cancelled: this.job.cancelled,
            workspace: this.options.workspace
        };
    }
    /**
     * A step's `github` context, made once per step (scopes are built several times per step). Its
     * `env:`, `if:` and `name:` are evaluated before the step has files or an action: those keys
     * name nothing yet, never this action's own files, whose writes would skip the hand-over. The
     * executors fill them in for the step's own `run:` and `with:`. Outside a composite the
     * action path is empty too (inside, it is the composite's folder).
     */
    githubOf(step) {
        let github = this.githubs.get(step);
        if (github === undefined) {
            github = (0,expressions_contexts/* stepGithubContext */.Ty)(this.options.contexts.github, {
                action: this.options.parentAction ?? step.id,
                action_repository: '',
                action_ref: '',
                ...(this.inComposite ? {} : { action_path: '' }),
                ...expressions_contexts/* NO_STEP_FILES */.By
            });
            this.githubs.set(step, github);
        }
        return github;
    }
    record(step, displayName) {
        const record = {
            key: step.key,
            id: step.id,
            explicitId: step.explicitId,
            kind: step.kind,
            displayName,
            background: 'background' in step ? step.background : false,
            parallelGroup: 'parallelGroup' in step ? step.parallelGroup : undefined,
            implicit: step.kind === 'wait-all' && step.implicit,
            queuedAt: this.elapsed(),
            summary: '',
            errors: [],
            annotations: []
        };
        this.records.push(record);
        return record;
    }
    elapsed() {
        return this.now() - this.started;
    }
    /** Display name: the evaluated `name:`, else the runner's default (R4.3). */
    displayName(step, scope) {
        if (step.kind === 'wait' && step.parallelGroup !== undefined) {
            return this.options.plan.groups[step.parallelGroup] ?? 'Parallel group';
        }
        if (step.kind === 'wait-all' && step.implicit)
            return plan/* IMPLICIT_WAIT_ALL_NAME */.k7;
        if (step.name === undefined)
            return (0,plan/* syntheticName */.FB)(step);
        try {
            return (0,evaluate/* evaluateString */.H8)(step.name, scope, 'name') || (0,plan/* syntheticName */.FB)(step);
        }
        catch {
            return step.name;
        }
    }
    /** R4–R8 for one `run:`/`uses:` step. */
    async runExecutable(step) {
        // R4.1: the env context is the job env overlaid with the step's own env (evaluated first).
        let envContext;
        let displayName = this.displayName(step, this.scope(undefined, step));
        const record = this.record(step, displayName);
        let runIt;
        try {
            envContext = (0,evaluate/* evaluateStepEnv */.zc)(step.env, this.scope(undefined, step));
            displayName = this.displayName(step, this.scope(envContext, step));
            record.displayName = displayName;
            runIt = (0,evaluate/* evaluateIf */.rb)(step.if, this.scope(envContext, step));
        }
        catch (error) {
            // An `env:` or `if:` evaluation error fails the step at once, even a background one (R4).
            this.failBeforeStart(step, record, displayName, (0,errors/* errorText */.k)(error));
            return;
        }
        if (!runIt) {
            // R5 / Q-a: skipped; the emulation publishes `skipped` like a foreground step.
            record.result = record.outcome = 'Skipped';
            this.state.setResult(step, 'Skipped', 'Skipped');
            return;
        }
        if (step.background)
            await this.startBackground(step, record, envContext);
        else
            await this.runForeground(step, record, envContext);
    }
    failBeforeStart(step, record, displayName, message) {
        const log = this.openLog(record, false);
        log.error(message);
        log.end((0,format/* finishedTitle */.$M)(displayName, 'Failed', 0));
        record.errors.push(message);
        record.result = record.outcome = 'Failed';
        record.startedAt = record.endedAt = this.elapsed();
        this.state.setResult(step, 'Failed', 'Failed');
        this.job.merge('Failed');
    }
    /** Foreground: run now, apply effects at once, merge a failure into the job (R38). */
    async runForeground(step, record, envContext) {
        const log = this.openLog(record, true);
        const own = new AbortController();
        let cancelledByJob = false;
        let timedOut = false;
        const timeoutMinutes = this.timeoutOf(step, envContext, log);
        const timer = timeoutMinutes > 0
            ? setTimeout(() => {
                timedOut = true;
                own.abort('timeout');
            }, timeoutMinutes * 60_000)
            : undefined;
        // R43: on job cancellation the running step's `if` is evaluated again; if it is now
        // false the step is cancelled, otherwise it keeps running and gets no signal.
        this.onJobCancel = () => {
            let keep = false;
            try {
                keep = (0,evaluate/* evaluateIf */.rb)(step.if, this.scope(envContext, step));
            }
            catch {
                keep = false;
            }
            if (!keep) {
                cancelledByJob = true;
                own.abort('job');
            }
        };
        if (this.job.cancelled)
            this.onJobCancel();
        record.startedAt = this.elapsed();
        let execution;
        let crash;
        try {
            execution = await this.attempts(step, record, log, {
                // A step kept running through job cancellation (R43) starts no new attempt.
                stop: step.retry ? AbortSignal.any([own.signal, this.options.cancelSignal]) : own.signal,
                execute: async (attemptLog) => this.options.executorFor(step).execute({
                    step,
                    displayName: record.displayName,
                    scope: () => this.scope(envContext, step),
                    envContext,
                    headerEnvNames: this.headerEnvNames(step),
                    pathPrepend: () => this.state.pathPrepend,
                    cancelSignal: own.signal,
                    killSignal: this.options.killSignal,
                    log: attemptLog
                })
            });
        }
        catch (error) {
            crash = (0,errors/* errorText */.k)(error);
        }
        finally {
            clearTimeout(timer);
            this.onJobCancel = undefined;
        }
        record.endedAt = this.elapsed();
        let raw = execution?.result ?? 'Failed';
        let message = crash;
        if (cancelledByJob) {
            raw = 'Canceled';
            message = 'The operation was canceled.';
        }
        else if (timedOut) {
            raw = 'Failed';
            message = `The action '${record.displayName}' has timed out after ${timeoutMinutes} minutes.`;
        }
        if (message !== undefined) {
            log.error(message);
            record.errors.push(message);
        }
        const verdict = applyContinueOnError(raw, raw === 'Failed' && this.continueOnError(step, envContext));
        log.end((0,format/* finishedTitle */.$M)(record.displayName, verdict.result, record.endedAt - record.startedAt));
        if (execution) {
            this.state.applyEffects(step, execution);
            record.summary = execution.summary;
        }
        record.result = verdict.result;
        record.outcome = verdict.outcome;
        this.state.setResult(step, verdict.outcome, verdict.result);
        if (verdict.result === 'Failed')
            this.job.merge('Failed');
    }
    /**
     * Runs a `run:`/`uses:` step's attempts: one, or up to `retry.attempts` (beyond native). The
     * execution returned is the last attempt's, so only a successful attempt's effects count.
     */
    async attempts(step, record, log, run) {
        const result = await runAttempts({
            policy: step.retry,
            log,
            signal: run.stop,
            attempt: async (_number, attemptLog) => run.execute(attemptLog),
            onRetry: (number, total) => {
                // A foreground step shows its attempts live in its own group already.
                if (step.background) {
                    this.options.log.event(`↻ ${record.displayName}: attempt ${number} of ${total}`);
                }
            }
        });
        if (step.retry)
            record.attempts = { made: result.attempts, allowed: step.retry.attempts };
        return result.execution;
    }
    /** R6: queue with the coordinator and move on at once (once ready, with `ready:`). */
    async startBackground(step, record, envContext) {
        const log = this.openLog(record, false);
        // R6.2 — an evaluation error of the timeout of a background step only means "no timeout".
        const timeoutMinutes = this.timeoutOf(step, envContext, undefined);
        // The readiness deadline runs from now: it bounds how long the main loop waits here.
        const readiness = step.ready ? this.readinessFor(step, record) : undefined;
        const request = (cancelSignal, stepLog) => ({
            step,
            displayName: record.displayName,
            scope: () => this.scope(envContext, step),
            envContext,
            headerEnvNames: this.headerEnvNames(step),
            pathPrepend: () => this.state.pathPrepend,
            cancelSignal,
            killSignal: this.options.killSignal,
            log: stepLog
        });
        const entry = this.coordinator.start({
            key: step.key,
            id: step.id,
            displayName: record.displayName,
            timeoutMinutes,
            body: async ({ cancelSignal }) => this.attempts(step, record, log, {
                stop: cancelSignal,
                execute: async (attemptLog) => {
                    // Each attempt prints the runner's header again; a log probe skips it again.
                    readiness?.setup.newAttempt();
                    const stepLog = readiness ? readiness.setup.wrapLog(attemptLog) : attemptLog;
                    return this.options.executorFor(step).execute(request(cancelSignal, stepLog));
                }
            }),
            continueOnError: () => this.continueOnError(step, envContext),
            notReadyReason: readiness?.reason,
            onQueued: () => this.options.log.event(`⏳ ${record.displayName} is waiting for a background slot`),
            onStart: () => {
                record.startedAt = this.elapsed();
                this.options.log.event(`▶ ${record.displayName} started in the background`);
                readiness?.gate.begin();
            },
            onFinish: (entry, message) => {
                // A step cancelled while queued never started: it keeps no start time.
                record.endedAt = this.elapsed();
                if (message !== undefined) {
                    log.error(message);
                    record.errors.push(message);
                }
                // R11.4: the step's own log and conclusion are complete at once; its state is deferred.
                record.result = entry.result;
                record.outcome = entry.outcome;
                record.summary = entry.execution?.summary ?? '';
                log.end((0,format/* finishedTitle */.$M)(record.displayName, entry.result, record.endedAt - (record.startedAt ?? record.endedAt)));
            }
        });
        if (readiness)
            await this.awaitReadiness(entry, record, readiness);
    }
    /** The probe and gate of a `ready:` step, and the message the step fails with when not ready. */
    readinessFor(step, record) {
        const ready = step.ready;
        const setup = createProbe(ready, this.options.workspace);
        const gate = new ReadinessGate({
            probe: setup.probe,
            timeoutMs: ready.timeoutSeconds * 1000,
            intervalMs: ready.intervalSeconds * 1000,
            cancelSignal: this.options.cancelSignal
        });
        record.readiness = { probe: setup.probe.description };
        const reason = () => {
            const name = record.displayName;
            const probe = setup.probe.description;
            switch (gate.stepEnded()) {
                case 'ended':
                    return `The background step '${name}' ended before it was ready (${probe}).`;
                case 'timed-out':
                    return `The background step '${name}' was not ready within ${ready.timeoutSeconds} s (${probe}).`;
                case 'waiting':
                case 'ready':
                case 'cancelled':
                    return undefined;
            }
        };
        return { setup, gate, reason };
    }
    /**
     * Holds the main loop until the step is ready. A step that ends first or is not ready in time
     * fails like a foreground step: stopped as `cancel` would, its state published, the job failed
     * at once (so default `if:` steps skip). Job cancellation ends the wait; the loop handles it.
     */
    async awaitReadiness(entry, record, readiness) {
        const outcome = await readiness.gate.outcome;
        switch (outcome.state) {
            case 'ready':
                record.readiness = {
                    probe: readiness.setup.probe.description,
                    readyAfterMs: outcome.afterMs
                };
                this.options.log.event(`✔ ${record.displayName} is ready (${readiness.setup.probe.description}, ${(0,format/* formatSeconds */.Xo)(outcome.afterMs)})`);
                return;
            case 'cancelled':
                return;
            case 'ended':
            case 'timed-out':
                await this.coordinator.failNotReady(entry);
                // Abandoned after the grace period: its own finish, and so its record, comes later.
                record.result ??= entry.result;
                record.outcome ??= entry.outcome;
                if (entry.result === 'Failed')
                    this.job.merge('Failed');
        }
    }
    /** The names a step's log header lists: GITHUB_ENV names flushed so far, then its own `env:`. */
    headerEnvNames(step) {
        return [...new Set([...this.state.exportedEnv.keys(), ...Object.keys(step.env)])];
    }
    /** R14 — publish a background step's deferred state. */
    flush(entry) {
        const step = { id: entry.task.id, explicitId: this.isExplicit(entry.task.key) };
        if (entry.execution) {
            this.state.applyEffects(step, { ...entry.execution, env: deferredEnv(entry.execution.env) });
        }
        if (entry.result !== undefined) {
            this.state.setResult(step, entry.outcome ?? entry.result, entry.result);
        }
    }
    isExplicit(key) {
        return this.explicitKeys.has(key);
    }
    /** wait / wait-all / cancel: always run (R3), their own log group, R21/R39 job effect. */
    async runControl(step) {
        const displayName = this.displayName(step, this.scope(undefined, step));
        const record = this.record(step, displayName);
        record.startedAt = this.elapsed();
        let outcome;
        switch (step.kind) {
            case 'wait':
                outcome = await this.coordinator.wait(step.targets, step.parallelGroup !== undefined);
                break;
            case 'wait-all':
                outcome = await this.coordinator.waitAll();
                break;
            case 'cancel':
                outcome = await this.coordinator.cancel(step.target);
                break;
        }
        record.endedAt = this.elapsed();
        record.waited = outcome.waited;
        // Q1 (recommended emulation): continue-on-error on a control step only softens its own
        // displayed conclusion; the final drain (R40) still counts the failure.
        const soft = outcome.result === 'Failed' && this.continueOnError(step, this.state.env);
        const verdict = applyContinueOnError(outcome.result, soft);
        record.result = verdict.result;
        record.outcome = verdict.outcome;
        this.state.setResult(step, verdict.outcome, verdict.result);
        if (verdict.result === 'Failed')
            this.job.merge('Failed');
        const log = this.openLog(record, false);
        for (const line of outcome.lines)
            log.text(line);
        log.end((0,format/* finishedTitle */.$M)(displayName, verdict.result, record.endedAt - record.startedAt));
    }
    /** Opens a step's log; its annotations are kept on the record for the summary. */
    openLog(record, live) {
        return this.options.log.open({
            title: record.displayName,
            live,
            // Bounded: a flood of `::warning::` lines must not exhaust memory.
            onAnnotation: (annotation) => (0,annotation_budget/* keepAnnotation */.Ll)(record.annotations, annotation)
        });
    }
    timeoutOf(step, envContext, log) {
        if (step.timeoutMinutes === undefined)
            return 0;
        try {
            return (0,evaluate/* evaluateNumber */.H2)(step.timeoutMinutes, this.scope(envContext, step), 'timeout-minutes');
        }
        catch {
            log?.error('An error occurred when attempting to determine the step timeout.');
            return 0;
        }
    }
    continueOnError(step, envContext) {
        try {
            return (0,evaluate/* evaluateBoolean */.Ig)(step.continueOnError, this.scope(envContext, step), 'continue-on-error');
        }
        catch {
            return false;
        }
    }
    report() {
        const result = this.job.cancelled
            ? 'cancelled'
            : this.job.taskResult === 'Failed'
                ? 'failure'
                : this.job.taskResult === 'Canceled'
                    ? 'cancelled'
                    : 'success';
        const failedSteps = this.records
            .filter((record) => record.result === 'Failed' && !record.implicit)
            .map((record) => record.displayName);
        // A failure only surfaced by the final drain names the background step itself.
        for (const entry of this.coordinator.registered) {
            if (entry.result === 'Failed' && !failedSteps.includes(entry.task.displayName)) {
                failedSteps.push(entry.task.displayName);
            }
        }
        return {
            result,
            records: this.records,
            steps: this.state.steps,
            exportedEnv: this.state.exportedEnv,
            pathPrepend: this.state.pathPrepend,
            failedSteps,
            durationMs: this.elapsed(),
            ...(this.options.plan.shard ? { shard: this.options.plan.shard } : {})
        };
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ errorCode),
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/**
 * What every module says about a caught error: its message, and its errno-style code.
 */
/** The message of anything thrown (an Error's message, else its string form). */
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
/** The `code` of a Node system error (`ENOENT`, `ESRCH`, …), if it has one. */
function errorCode(error) {
    if (typeof error !== 'object' || error === null || !('code' in error))
        return undefined;
    return typeof error.code === 'string' ? error.code : undefined;
}


/***/ }),

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ CommandCollector)
/* harmony export */ });
/* harmony import */ var _runner_file_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5277);
/* harmony import */ var _runner_process_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8059);
/* harmony import */ var _runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1520);



class CommandCollector {
    log;
    outputs = [];
    env = [];
    path = [];
    state = [];
    /** Set when a command failed the step (e.g. a disabled `set-env`). */
    failed = false;
    processor;
    constructor(log, processEnv) {
        this.log = log;
        this.processor = new _runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkflowCommandProcessor */ .VV({
            // The runner reads these opt-ins from its own variables and the env context, both of
            // which reach us as the step's environment; each with the runner's own parsing (§3.4).
            allowUnsecureCommands: (0,_runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .unsecureCommandsAllowed */ .TA)(undefined, processEnv.ACTIONS_ALLOW_UNSECURE_COMMANDS),
            allowUnsecureStopTokens: (0,_runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .unsecureStopTokensAllowed */ .px)(undefined, processEnv.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS),
            // `::echo::` starts on under step debug (§3.4), which the runner shows us as RUNNER_DEBUG=1.
            echo: processEnv.RUNNER_DEBUG === '1',
            effects: {
                setOutput: (name, value) => this.outputs.push([name, value]),
                saveState: (name, value) => this.state.push([name, value]),
                setEnv: (name, value) => this.env.push([name, value]),
                addPath: (entry) => this.path.push(entry),
                fail: (message) => {
                    this.failed = true;
                    log.error(message);
                }
            }
        });
    }
    /** Processes whole lines joined by `\n`, as bytes; plain output skips the per-line parser. */
    bytes(block) {
        if (!(0,_runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesMayHoldCommand */ .Z)(block))
            this.log.textBytes(block);
        else
            for (const line of block.toString('utf8').split('\n'))
                this.line(line);
    }
    /** Processes one line of stdout or stderr. */
    line(line) {
        for (const action of this.processor.process(line)) {
            switch (action.kind) {
                case 'print':
                    this.log.text(action.text);
                    break;
                case 'forward':
                    this.log.command(action.command);
                    break;
                case 'mask':
                    this.log.mask(action.value);
                    break;
            }
        }
    }
    /** Runs the step's process, its stdout and stderr going through this collector. */
    async spawn(request) {
        return (0,_runner_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)({
            ...request,
            onLine: (line) => this.line(line),
            onBytes: (block) => this.bytes(block)
        });
    }
    /** An action's execution: a start error is logged; a non-zero exit alone fails it (§2.6). */
    async completeAction(files, outcome) {
        if (outcome.spawnError !== undefined)
            this.log.error(outcome.spawnError);
        return this.complete(files, outcome, outcome.spawnError !== undefined || outcome.exitCode !== 0);
    }
    /**
     * Reads the step's file commands after its process exited (R51: also after a failure or a
     * cancel) and combines them with what its workflow commands did: the step's execution. The
     * files go back for reuse when nothing of the step can write to them any more.
     */
    async complete(files, outcome, processFailed) {
        const commands = await (0,_runner_file_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .readFileCommands */ .Df)(files);
        if (outcome.outputClosed && !outcome.cancelled)
            (0,_runner_file_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .recycleFileCommandFiles */ .Kq)(files);
        // Problems that do not fail the step are error annotations on the runner too.
        for (const message of [...commands.errors, ...commands.warnings])
            this.log.error(message);
        const failed = processFailed || this.failed || commands.errors.length > 0;
        return {
            result: failed ? 'Failed' : 'Succeeded',
            outputs: [...this.outputs, ...commands.outputs],
            env: [...this.env, ...commands.env],
            path: [...this.path, ...commands.path],
            state: [...this.state, ...commands.state],
            summary: commands.summary
        };
    }
}


/***/ }),

/***/ 2210:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ actionExecutorFor),
  Z: () => (/* binding */ createExecutors)
});

// EXTERNAL MODULE: ./src/engine/executor.ts
var executor = __nccwpck_require__(8493);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/expressions/contexts.ts
var contexts = __nccwpck_require__(4579);
// EXTERNAL MODULE: ./src/expressions/evaluate.ts + 2 modules
var evaluate = __nccwpck_require__(3823);
// EXTERNAL MODULE: ./src/runner/environment.ts
var environment = __nccwpck_require__(5047);
// EXTERNAL MODULE: ./src/runner/file-commands.ts
var file_commands = __nccwpck_require__(5277);
// EXTERNAL MODULE: ./src/runner/shell.ts
var runner_shell = __nccwpck_require__(924);
// EXTERNAL MODULE: ./src/executors/command-collector.ts
var command_collector = __nccwpck_require__(6777);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/executors/run-step.ts
/**
 * `run:` steps (spec/runner-emulation.md §2): shell template, script file under RUNNER_TEMP,
 * working directory, per-step file commands, workflow commands in stdout and stderr.
 */










/** Runs `run:` steps. */
class RunStepExecutor {
    host;
    constructor(host) {
        this.host = host;
    }
    async execute(request) {
        const step = request.step;
        const { log } = request;
        let script;
        let shellOption;
        let workingDirectory;
        // Made first: the step's own files are in its `github` context (github.output …).
        const files = (0,file_commands/* createFileCommandFiles */.nm)(this.host.runnerTemp);
        const githubAction = this.host.parentAction ?? step.id;
        try {
            // R7: `run:` is evaluated when the step starts, against the steps context of that moment.
            const scope = (0,contexts/* withStepGithub */.qK)(request.scope(), {
                action: githubAction,
                ...(0,contexts/* fileCommandGithub */.dF)(files.files)
            });
            script = (0,evaluate/* evaluateString */.H8)(step.run, scope, 'run');
            shellOption =
                step.shell !== undefined
                    ? (0,evaluate/* evaluateString */.H8)(step.shell, scope, 'shell')
                    : this.host.defaults.shell;
            workingDirectory =
                step.workingDirectory !== undefined
                    ? (0,evaluate/* evaluateString */.H8)(step.workingDirectory, scope, 'working-directory')
                    : this.host.defaults.workingDirectory;
        }
        catch (error) {
            log.error((0,errors/* errorText */.k)(error));
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        const pathPrepend = request.pathPrepend();
        let shell;
        try {
            shell = await (0,runner_shell/* prepareShell */.os)({
                shell: shellOption || undefined,
                script,
                runnerTemp: this.host.runnerTemp,
                pathPrepend: [...pathPrepend].reverse(),
                envPath: this.host.baseEnv.PATH ?? ''
            });
        }
        catch (error) {
            log.error((0,errors/* errorText */.k)(error));
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        printHeader(request, script, shell.display);
        const env = (0,environment/* buildStepEnvironment */.a)({
            base: this.host.baseEnv,
            envContext: request.envContext,
            pathPrepend,
            identity: {
                GITHUB_ACTION: githubAction,
                GITHUB_ACTION_PATH: this.host.actionPath,
                files: files.files
            },
            kind: 'run'
        });
        const collector = new command_collector/* CommandCollector */.t(log, env);
        const outcome = await collector.spawn({
            file: shell.command,
            args: shell.args,
            cwd: external_node_path_.resolve(this.host.workspace, workingDirectory ?? ''),
            env,
            cancelSignal: request.cancelSignal,
            killSignal: request.killSignal
        });
        let failed = false;
        if (outcome.spawnError !== undefined) {
            log.error(outcome.spawnError);
            failed = true;
        }
        else {
            const code = outcome.exitCode ?? 128 + signalNumber(outcome.signal);
            if (code !== 0) {
                failed = true;
                // R11.2: a step cancelled by us gets no exit-code error; the engine reports it Canceled.
                if (!outcome.cancelled)
                    log.error(`Process completed with exit code ${code}.`);
            }
        }
        return collector.complete(files, outcome, failed);
    }
}
/** The runner's header for a run step (`PrintActionDetails`): the script in cyan, the shell, the env. */
function printHeader(request, script, shellDisplay) {
    const { log, step } = request;
    for (const line of script.replace(/\n$/, '').split('\n'))
        log.text(`\u001b[36;1m${line}\u001b[0m`);
    log.text(`shell: ${shellDisplay}`);
    const names = request.headerEnvNames ?? Object.keys(step.env);
    if (names.length > 0) {
        log.text('env:');
        for (const name of names)
            log.text(`  ${name}: ${request.envContext[name] ?? ''}`);
    }
}
function signalNumber(signal) {
    return signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0;
}

;// CONCATENATED MODULE: ./src/executors/index.ts



/** A step whose action cannot be found fails with the catalog's message. */
class MissingActionExecutor {
    message;
    constructor(message) {
        this.message = message;
    }
    async execute(request) {
        request.log.error(this.message);
        return Promise.resolve((0,executor/* emptyExecution */.s)('Failed'));
    }
}
/** Builds the executor lookup for one run (or for the steps of one composite action). */
function createExecutors(host, actionExecutors) {
    const run = new RunStepExecutor(host);
    const actions = actionExecutors?.(host);
    return (step) => {
        if (step.kind === 'run')
            return run;
        let using;
        try {
            if (!host.actions || !actions)
                throw new Error(`The action '${step.uses}' was not prepared.`);
            using = host.actions.get(step.uses).manifest.runs.using;
        }
        catch (error) {
            return new MissingActionExecutor((0,errors/* errorText */.k)(error));
        }
        return actionExecutorFor(actions, using);
    };
}
/** The executor of an action with this `runs.using`: composite, docker, or node (node12…node24). */
function actionExecutorFor(actions, using) {
    if (using === 'composite')
        return actions.composite;
    if (using === 'docker')
        return actions.docker;
    return actions.node;
}


/***/ }),

/***/ 4579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ CONTEXT_VARIABLE_NAMES),
/* harmony export */   By: () => (/* binding */ NO_STEP_FILES),
/* harmony export */   Ty: () => (/* binding */ stepGithubContext),
/* harmony export */   cE: () => (/* binding */ runnerContext),
/* harmony export */   dF: () => (/* binding */ fileCommandGithub),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   eX: () => (/* binding */ baseEnvContext),
/* harmony export */   gh: () => (/* binding */ contextDictionary),
/* harmony export */   h4: () => (/* binding */ githubContext),
/* harmony export */   qK: () => (/* binding */ withStepGithub)
/* harmony export */ });
/* unused harmony exports toExpressionData, envContextData, fromExpressionData */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1281);
/**
 * The expression contexts: building the plain `github`, `runner` and `env` values from what a
 * JavaScript action can see (spec/expressions.md §3.2), and turning plain values into the
 * `@actions/expressions` data model for one evaluation.
 */

/** `github.<key>` ← `GITHUB_<KEY>`: the runner's allow-list (src/Runner.Worker/GitHubContext.cs). */
const GITHUB_ENV_KEYS = [
    'action_path',
    'action_ref',
    'action_repository',
    'action',
    'actor',
    'actor_id',
    'api_url',
    'artifacts',
    'artifacts_list',
    'base_ref',
    'env',
    'event_name',
    'event_path',
    'graphql_url',
    'head_ref',
    'job',
    'output',
    'path',
    'ref_name',
    'ref_protected',
    'ref_type',
    'ref',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'retention_days',
    'run_attempt',
    'run_id',
    'run_number',
    'server_url',
    'sha',
    'state',
    'step_summary',
    'triggering_actor',
    'workflow',
    'workflow_ref',
    'workflow_sha',
    'workspace'
];
/** The keys the runner puts in `runner` (RunnerContext.cs, JobRunner.cs, JobExtension.cs). */
const RUNNER_ENV_KEYS = [
    'os',
    'arch',
    'name',
    'environment',
    'tool_cache',
    'temp',
    'workspace',
    'debug'
];
/**
 * The environment variables the runner derives from the `github` and `runner` contexts; they
 * overwrite a step's own `env:` values (runner-emulation §1.1 step 4).
 */
const CONTEXT_VARIABLE_NAMES = [
    ...GITHUB_ENV_KEYS.map((key) => `GITHUB_${key.toUpperCase()}`),
    ...RUNNER_ENV_KEYS.map((key) => `RUNNER_${key.toUpperCase()}`)
];
/** Our own plumbing (the action's inputs and saved state) and the runner's `ACTIONS_*` (§3.2). */
const NON_ENV_PREFIXES = ['INPUT_', 'STATE_', 'ACTIONS_'];
/**
 * The `GITHUB_*`/`RUNNER_*` variables the runner sets in every step's environment, which are not
 * the workflow's `env` (spec/expressions.md §3.2: only the runner's defaults go). A user's own
 * `GITHUB_TOKEN: …` or `RUNNER_X` in the job `env` stays in the `env` context.
 */
const RUNNER_SET_NAMES = new Set([
    ...CONTEXT_VARIABLE_NAMES,
    'GITHUB_ACTIONS',
    'RUNNER_TRACKING_ID'
]);
/** The `github` context from `GITHUB_*` variables, the event payload and the token input. */
function githubContext(env, event, token) {
    const github = {};
    for (const key of GITHUB_ENV_KEYS) {
        const value = env[`GITHUB_${key.toUpperCase()}`];
        if (value === undefined)
            continue;
        // The runner stores ref_protected as a boolean; every other value stays a string.
        github[key] = key === 'ref_protected' ? value === 'true' : value;
    }
    github.event = event ?? {};
    if (token)
        github.token = token;
    const serverUrl = env.GITHUB_SERVER_URL;
    const repository = env.GITHUB_REPOSITORY;
    if (serverUrl && repository) {
        const host = URL.canParse(serverUrl) ? new URL(serverUrl).host : serverUrl;
        github.repositoryUrl = `git://${host}/${repository}.git`;
    }
    return github;
}
/** The `runner` context from the fixed list of `RUNNER_*` variables. */
function runnerContext(env) {
    const runner = {};
    for (const key of RUNNER_ENV_KEYS) {
        const value = env[`RUNNER_${key.toUpperCase()}`];
        if (value !== undefined)
            runner[key] = value;
    }
    return runner;
}
/** The `env` context approximation: our process env minus our own inputs and state, and what the runner sets. */
function baseEnvContext(env) {
    const result = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        // Windows variable names are case-insensitive, so compare the prefix upper-cased.
        const upper = name.toUpperCase();
        if (NON_ENV_PREFIXES.some((prefix) => upper.startsWith(prefix)))
            continue;
        if (RUNNER_SET_NAMES.has(upper))
            continue;
        result[name] = value;
    }
    return result;
}
/**
 * Converts a plain value to expression data. Objects are wrapped, not copied: only the paths an
 * expression actually reads get converted, which keeps large event payloads cheap to expose on
 * every evaluation. `undefined` becomes an empty object (a declared context must never be
 * missing, spec §1.3); `null` becomes Null.
 */
function toExpressionData(value) {
    if (value === undefined)
        return new PlainObjectDictionary({}, false);
    return convert(value);
}
function convert(value) {
    switch (typeof value) {
        case 'string':
            return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.StringData */ .p.uQ(value);
        case 'number':
            return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.NumberData */ .p.Q9(value);
        case 'boolean':
            return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.BooleanData */ .p.bo(value);
        case 'bigint':
            return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.NumberData */ .p.Q9(Number(value));
        case 'undefined':
            return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Null */ .p.Uv();
        case 'object':
            if (value === null)
                return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Null */ .p.Uv();
            if (Array.isArray(value))
                return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Array */ .p.O3(...value.map((item) => convert(item)));
            return new PlainObjectDictionary(value, false);
        case 'symbol':
        case 'function':
            return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Null */ .p.Uv();
    }
}
/**
 * A read-only Dictionary view of a plain object. Converted values are memoised per key so the
 * same path yields the same object within one evaluation: objects compare by reference
 * (`github.event == github.event` is true on GitHub).
 *
 * Case-insensitive (the default `Dictionary` rule, first key wins) unless `caseSensitive` is set:
 * the runner's `env` context is a CaseSensitiveDictionary on Linux and macOS (StepsRunner.cs).
 */
class PlainObjectDictionary extends _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Dictionary */ .p.bT {
    source;
    caseSensitive;
    converted = new Map();
    lowerCaseIndex;
    constructor(source, caseSensitive) {
        super();
        this.source = source;
        this.caseSensitive = caseSensitive;
    }
    add() {
        throw new Error('Expression contexts are read-only');
    }
    get(key) {
        const actualKey = this.resolveKey(key);
        return actualKey === undefined ? undefined : this.item(actualKey);
    }
    values() {
        return this.visibleKeys().map((key) => this.item(key));
    }
    pairs() {
        return this.visibleKeys().map((key) => ({ key, value: this.item(key) }));
    }
    item(key) {
        let value = this.converted.get(key);
        if (value === undefined) {
            value = convert(this.source[key]);
            this.converted.set(key, value);
        }
        return value;
    }
    resolveKey(key) {
        if (this.caseSensitive)
            return Object.hasOwn(this.source, key) ? key : undefined;
        return this.index().get(key.toLowerCase());
    }
    /** Keys in insertion order; case-insensitively only the first of a clash is visible. */
    visibleKeys() {
        const keys = Object.keys(this.source);
        if (this.caseSensitive)
            return keys;
        const index = this.index();
        return keys.filter((key) => index.get(key.toLowerCase()) === key);
    }
    index() {
        if (this.lowerCaseIndex === undefined) {
            this.lowerCaseIndex = new Map();
            for (const key of Object.keys(this.source)) {
                const lower = key.toLowerCase();
                if (!this.lowerCaseIndex.has(lower))
                    this.lowerCaseIndex.set(lower, key);
            }
        }
        return this.lowerCaseIndex;
    }
}
/** The `env` context as expression data: case-sensitive except on Windows, like the runner. */
function envContextData(env, caseSensitive = process.platform !== 'win32') {
    return new PlainObjectDictionary(env, caseSensitive);
}
/**
 * A fresh root dictionary for one evaluation. Built anew every time because `Dictionary.add`
 * ignores existing keys, so a long-lived one would keep serving stale `steps` (spec §1.3).
 * Every name in `names` gets a value, even when `contexts` lacks it: the evaluator crashes on a
 * declared context without one.
 */
function contextDictionary(contexts, names) {
    const root = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Dictionary */ .p.bT();
    for (const name of names) {
        const value = contexts[name];
        if (name === 'env' && isStringRecord(value))
            root.add(name, envContextData(value));
        else
            root.add(name, toExpressionData(value));
    }
    return root;
}
function isStringRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Converts expression data back to plain JS (objects, arrays, strings, numbers, booleans, null). */
function fromExpressionData(value) {
    switch (value.kind) {
        case data.Kind.String:
            return value.coerceString();
        case data.Kind.Number:
            return value.number();
        case data.Kind.Boolean:
            return value.value;
        case data.Kind.Null:
            return null;
        case data.Kind.Array:
            return value.values().map((item) => fromExpressionData(item));
        case data.Kind.Dictionary: {
            const result = {};
            for (const { key, value: item } of value.pairs()) {
                result[key] = fromExpressionData(item);
            }
            return result;
        }
    }
}
/** A context value as an object to spread over (`{}` for null, a string, a number…). */
function asObject(value) {
    return value !== null && typeof value === 'object' ? value : {};
}
/**
 * The `github` context of one nested step: its own `action` (its id, or the composite step's
 * inside a composite) and its own file-command files, as the runner gives each step. Without
 * this, `\${{ github.output }}` would name our own GITHUB_OUTPUT, and a write to it would skip the
 * deferral and the `<id>--` namespacing of nested outputs.
 */
function stepGithubContext(github, step) {
    return { ...asObject(github), ...step };
}
/** `scope` with its `github` context overlaid for one step (see `stepGithubContext`). */
function withStepGithub(scope, step) {
    return {
        ...scope,
        contexts: { ...scope.contexts, github: stepGithubContext(scope.contexts.github, step) }
    };
}
/** What a step's `github` context says of files before the step has any: nothing. */
const NO_STEP_FILES = {
    output: '',
    env: '',
    path: '',
    state: '',
    step_summary: ''
};
/** The file-command part of `StepGithub`, from a step's files. */
function fileCommandGithub(files) {
    return {
        output: files.GITHUB_OUTPUT,
        env: files.GITHUB_ENV,
        path: files.GITHUB_PATH,
        state: files.GITHUB_STATE,
        step_summary: files.GITHUB_STEP_SUMMARY
    };
}


/***/ }),

/***/ 3823:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ig: () => (/* binding */ evaluateBoolean),
  rb: () => (/* binding */ evaluateIf),
  H2: () => (/* binding */ evaluateNumber),
  zc: () => (/* binding */ evaluateStepEnv),
  H8: () => (/* binding */ evaluateString)
});

// UNUSED EXPORTS: ExpressionEvaluationError, evaluateTemplate

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 15 modules
var dist = __nccwpck_require__(1281);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/errors.js
var errors = __nccwpck_require__(2830);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/lexer.js
var lexer = __nccwpck_require__(2083);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/result.js
var result = __nccwpck_require__(6856);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/if-condition.js
var if_condition = __nccwpck_require__(5553);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/definition-info.js
var definition_info = __nccwpck_require__(7437);
// EXTERNAL MODULE: ./src/workflow/steps-schema.ts + 1 modules
var steps_schema = __nccwpck_require__(2350);
// EXTERNAL MODULE: ./src/expressions/contexts.ts
var expressions_contexts = __nccwpck_require__(4579);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/expressions/hash-files.ts
/**
 * `hashFiles()`, synchronous and in-process.
 *
 * Expression host functions must return a value, not a promise (spec/expressions.md §1.4), so
 * this re-implements what the runner does by spawning its hashFiles script
 * (src/Runner.Worker/Expressions/HashFilesFunction.cs → src/Misc/expressionFunc/hashFiles):
 * an `@actions/glob` search with the glob's default options, files outside the workspace and
 * directories skipped, and the SHA-256 of the concatenated binary SHA-256 digests of the files,
 * in the order the glob yields them. The glob's traversal is reproduced exactly because that
 * order is part of the result.
 */



const IS_WINDOWS = process.platform === 'win32';
const FOLLOW_SYMBOLIC_LINKS = '--follow-symbolic-links';
/**
 * `hashFiles(...args)` evaluated against `workspace`. The first argument may be
 * `--follow-symbolic-links`; every other argument is a pattern list (one pattern per line).
 * Returns '' when no file matches.
 */
function hashFiles(workspace, args) {
    const { followSymbolicLinks, patterns } = readArguments(args);
    try {
        return hashMatchingFiles(workspace, patterns.join('\n'), followSymbolicLinks);
    }
    catch (error) {
        // The runner only sees the script's exit code, so its message never has the detail; we
        // keep the detail as the cause.
        const shown = patterns.join(', ').replaceAll("'", "''");
        throw new Error(`hashFiles('${shown}') failed. Fail to hash files under directory '${workspace}'`, { cause: error });
    }
}
function readArguments(args) {
    const [first, ...rest] = args;
    if (first === undefined || !first.startsWith('--')) {
        return { followSymbolicLinks: false, patterns: [...args] };
    }
    if (first.toLowerCase() !== FOLLOW_SYMBOLIC_LINKS) {
        throw new Error(`Invalid glob option ${first}, avaliable option: '${FOLLOW_SYMBOLIC_LINKS}'.` // sic, runner text
        );
    }
    return { followSymbolicLinks: true, patterns: rest };
}
function hashMatchingFiles(workspace, patternText, followSymbolicLinks) {
    // The runner's script runs with the workspace as its cwd and compares against
    // process.cwd(), which the OS reports with symbolic links resolved.
    const root = toGlobPath(external_node_fs_.realpathSync(workspace));
    const combined = external_node_crypto_.createHash('sha256');
    let count = 0;
    for (const file of glob(patternText, root, followSymbolicLinks)) {
        if (!file.startsWith(`${root}/`))
            continue;
        if (external_node_fs_.statSync(file).isDirectory())
            continue;
        combined.update(fileDigest(file));
        count++;
    }
    return count > 0 ? combined.digest('hex') : '';
}
/** Binary SHA-256 of one file, read in chunks so large files do not sit in memory. */
function fileDigest(file) {
    const hash = external_node_crypto_.createHash('sha256');
    const buffer = Buffer.allocUnsafe(64 * 1024);
    const fd = external_node_fs_.openSync(file, 'r');
    try {
        let read;
        while ((read = external_node_fs_.readSync(fd, buffer, 0, buffer.length, null)) > 0) {
            hash.update(buffer.subarray(0, read));
        }
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    return hash.digest();
}
// ---------------------------------------------------------------------------------------------
// The glob. Paths are handled in "glob form": absolute, `/`-separated (also on Windows, where
// the file APIs accept `/`). Pattern semantics are minimatch's with the options @actions/glob
// passes: dot, no braces, no extglobs, no comments or negation inside minimatch, case-insensitive
// only on Windows.
const GLOBSTAR = Symbol('globstar');
/** The glob's MatchKind flags. */
const MATCH_DIRECTORY = 1;
const MATCH_FILE = 2;
const MATCH_ALL = MATCH_DIRECTORY | MATCH_FILE;
function* glob(patternText, cwd, followSymbolicLinks) {
    const patterns = [];
    const lines = (IS_WINDOWS ? patternText.replace(/\r\n?/g, '\n') : patternText).split('\n');
    for (const line of lines.map((x) => x.trim())) {
        if (!line || line.startsWith('#'))
            continue;
        const pattern = parsePattern(line, cwd);
        patterns.push(pattern);
        // implicitDescendants: a pattern that matches a directory also matches everything below it.
        if (pattern.directoryOnly || !pattern.endsWithGlobstar) {
            patterns.push(compilePattern(`${withTrailingSeparator(pattern.text)}**`, pattern.negate, false, true));
        }
    }
    const stack = [];
    for (const searchPath of searchPaths(patterns)) {
        if (!exists(searchPath))
            continue;
        stack.unshift({ path: searchPath, level: 1 });
    }
    const traversalChain = []; // real paths of the directories being followed (cycles)
    while (stack.length > 0) {
        const item = stack.pop();
        const match = matchAll(patterns, item.path);
        const partial = match !== 0 || patterns.some((p) => !p.negate && partialMatch(p, item.path));
        if (!partial)
            continue;
        const stats = statItem(item.path, item.level, followSymbolicLinks, traversalChain);
        if (stats === undefined)
            continue;
        if (stats.isDirectory()) {
            if (match & MATCH_DIRECTORY)
                yield item.path;
            // readdir returns names sorted (libuv), the same order the runner's glob sees; pushing
            // them reversed makes the walk depth-first in that order.
            const children = external_node_fs_.readdirSync(item.path)
                .map((name) => ({ path: joinPath(item.path, name), level: item.level + 1 }));
            stack.push(...children.reverse());
        }
        else if (match & MATCH_FILE) {
            yield item.path;
        }
    }
}
function exists(searchPath) {
    try {
        external_node_fs_.lstatSync(searchPath);
        return true;
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            return false;
        throw error;
    }
}
function statItem(itemPath, level, followSymbolicLinks, traversalChain) {
    if (!followSymbolicLinks)
        return external_node_fs_.lstatSync(itemPath);
    let stats;
    try {
        stats = external_node_fs_.statSync(itemPath);
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            return undefined; // broken symlink: omitted
        throw error;
    }
    if (stats.isDirectory()) {
        const realPath = external_node_fs_.realpathSync(itemPath);
        while (traversalChain.length >= level)
            traversalChain.pop();
        if (traversalChain.includes(realPath))
            return undefined; // symlink cycle
        traversalChain.push(realPath);
    }
    return stats;
}
function errorCode(error) {
    return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
/**
 * The distinct search roots of the positive patterns, in pattern order, leaving out any that lie
 * below another pattern's search path.
 */
function searchPaths(patterns) {
    const positive = patterns.filter((p) => !p.negate);
    const key = (p) => (IS_WINDOWS ? p.toUpperCase() : p);
    const state = new Map();
    for (const pattern of positive)
        state.set(key(pattern.searchPath), 'candidate');
    const result = [];
    for (const pattern of positive) {
        const own = key(pattern.searchPath);
        if (state.get(own) === 'included')
            continue;
        let hasAncestor = false;
        for (let current = own, parent = dirname(own); parent !== current;) {
            if (state.has(parent)) {
                hasAncestor = true;
                break;
            }
            current = parent;
            parent = dirname(current);
        }
        if (!hasAncestor) {
            result.push(pattern.searchPath);
            state.set(own, 'included');
        }
    }
    return result;
}
/** Later patterns win: a negated pattern removes what earlier ones matched. */
function matchAll(patterns, itemPath) {
    let result = 0;
    for (const pattern of patterns) {
        if (pattern.negate)
            result &= ~matchPattern(pattern, itemPath);
        else
            result |= matchPattern(pattern, itemPath);
    }
    return result;
}
function matchPattern(pattern, itemPath) {
    // A written `/foo/**` matches `/foo` itself, which minimatch only does for `/foo/`.
    const subject = pattern.endsWithGlobstar && !pattern.implicit ? withTrailingSeparator(itemPath) : itemPath;
    if (!matchSegments(subject.split('/'), pattern.matchers, false))
        return 0;
    return pattern.directoryOnly ? MATCH_DIRECTORY : MATCH_ALL;
}
/** Could the pattern match something below `itemPath`? (Decides whether to descend.) */
function partialMatch(pattern, itemPath) {
    if (dirname(itemPath) === itemPath)
        return sameText(rootOf(itemPath), pattern.root);
    return matchSegments(itemPath.split('/'), pattern.matchers, true);
}
/**
 * minimatch's matchOne: `partial` accepts a path that runs out before the pattern does.
 */
function matchSegments(file, pattern, partial) {
    let fi = 0;
    let pi = 0;
    for (; fi < file.length && pi < pattern.length; fi++, pi++) {
        const matcher = pattern[pi];
        if (matcher === GLOBSTAR) {
            if (pi === pattern.length - 1) {
                return file.slice(fi).every((s) => s !== '.' && s !== '..');
            }
            let fr = fi;
            for (; fr < file.length; fr++) {
                if (matchSegments(file.slice(fr), pattern.slice(pi + 1), partial))
                    return true;
                if (file[fr] === '.' || file[fr] === '..')
                    break;
            }
            return partial && fr === file.length;
        }
        if (!matcher(file[fi]))
            return false;
    }
    if (fi === file.length && pi === pattern.length)
        return true;
    if (fi === file.length)
        return partial;
    // Pattern exhausted: only a trailing separator may be left.
    return fi === file.length - 1 && file[fi] === '';
}
function parsePattern(line, cwd) {
    let text = line;
    let negate = false;
    while (text.startsWith('!')) {
        negate = !negate;
        text = text.slice(1).trim();
    }
    if (!text)
        throw new Error('pattern cannot be empty');
    const normalized = normalizeSeparators(text);
    const segments = trimTrailingSeparator(normalized).split('/');
    const literals = segments.map((s) => literalOf(s));
    if (!literals.every((x, i) => (x !== '.' || i === 0) && x !== '..')) {
        throw new Error(`Invalid pattern '${text}'. Relative pathing '.' and '..' is not allowed.`);
    }
    let absolute;
    if (normalized === '.' || normalized.startsWith('./')) {
        absolute = globEscape(cwd) + normalized.slice(1);
    }
    else if (normalized === '~' || normalized.startsWith('~/')) {
        absolute = globEscape(toGlobPath(external_node_os_.homedir())) + normalized.slice(1);
    }
    else if (rootOf(normalized)) {
        absolute = normalized;
    }
    else {
        absolute = `${withTrailingSeparator(globEscape(cwd))}${normalized}`;
    }
    absolute = normalizeSeparators(absolute);
    return compilePattern(trimTrailingSeparator(absolute), negate, absolute.endsWith('/'), false);
}
function compilePattern(text, negate, directoryOnly, implicit) {
    const root = rootOf(text);
    // Split like minimatch: the root becomes the first part ('' on POSIX, `C:` on Windows).
    const parts = text.split('/');
    // The search path: the root, then literal segments up to the first one with a wildcard.
    const literalParts = [];
    for (const part of parts.slice(1)) {
        const literal = literalOf(part);
        if (literal === '')
            break;
        literalParts.push(literal);
    }
    return {
        negate,
        text,
        directoryOnly,
        matchers: parts.map((part) => compileSegment(part)),
        searchPath: root + literalParts.join('/'),
        root,
        endsWithGlobstar: parts[parts.length - 1] === '**',
        implicit
    };
}
/** One pattern segment → matcher; a segment without wildcards compares as (unescaped) text. */
function compileSegment(segment) {
    if (segment === '**')
        return GLOBSTAR;
    let source = '';
    let literal = '';
    let magic = false;
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && !IS_WINDOWS && i + 1 < segment.length) {
            const next = segment[++i];
            source += escapeRegExp(next);
            literal += next;
        }
        else if (c === '*') {
            magic = true;
            source += '[^/]*';
        }
        else if (c === '?') {
            magic = true;
            source += '[^/]';
        }
        else {
            const cls = c === '[' ? characterClass(segment, i) : undefined;
            if (cls) {
                magic = true;
                source += cls.source;
                i = cls.end;
            }
            else {
                source += escapeRegExp(c);
                literal += c;
            }
        }
    }
    if (!magic)
        return (s) => sameText(s, literal);
    const regex = new RegExp(`^${source}$`, IS_WINDOWS ? 'i' : '');
    return (s) => regex.test(s);
}
/** `[...]`, `[!...]`, `[^...]` starting at `start`; undefined when unclosed or invalid (literal `[`). */
function characterClass(segment, start) {
    let i = start + 1;
    let negated = false;
    if (segment[i] === '!' || segment[i] === '^') {
        negated = true;
        i++;
    }
    let body = '';
    for (let first = true; i < segment.length; i++, first = false) {
        const c = segment[i];
        if (c === ']' && !first) {
            const source = `[${negated ? '^' : ''}${body}]`;
            try {
                new RegExp(source);
            }
            catch {
                return undefined; // e.g. a reversed range: minimatch then takes the `[` literally
            }
            return { source, end: i };
        }
        if (c === '\\' && !IS_WINDOWS && i + 1 < segment.length) {
            body += escapeClassChar(segment[++i]);
        }
        else {
            body += c === '-' ? c : escapeClassChar(c);
        }
    }
    return undefined;
}
/**
 * The literal path segment a pattern segment stands for, or '' when it contains a wildcard
 * (a one-character class such as `[*]` is a literal: that is how the glob escapes).
 */
function literalOf(segment) {
    let literal = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && !IS_WINDOWS && i + 1 < segment.length) {
            literal += segment[++i];
            continue;
        }
        if (c === '*' || c === '?')
            return '';
        if (c === '[' && i + 1 < segment.length) {
            let set = '';
            let closed = -1;
            for (let j = i + 1; j < segment.length; j++) {
                const d = segment[j];
                if (d === '\\' && !IS_WINDOWS && j + 1 < segment.length) {
                    set += segment[++j];
                }
                else if (d === ']') {
                    closed = j;
                    break;
                }
                else {
                    set += d;
                }
            }
            if (closed >= 0) {
                if (set.length > 1)
                    return '';
                if (set) {
                    literal += set;
                    i = closed;
                    continue;
                }
            }
        }
        literal += c;
    }
    return literal;
}
/** Escapes wildcard characters in a real path so it can prefix a pattern. */
function globEscape(p) {
    return (IS_WINDOWS ? p : p.replace(/\\/g, '\\\\'))
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function escapeClassChar(c) {
    return /[\\\]^[-]/.test(c) ? `\\${c}` : c;
}
function sameText(a, b) {
    return IS_WINDOWS ? a.toLowerCase() === b.toLowerCase() : a === b;
}
/** Native path → glob form. */
function toGlobPath(p) {
    return IS_WINDOWS ? p.replace(/\\/g, '/') : p;
}
/** Collapses repeated separators (and converts `\` on Windows). */
function normalizeSeparators(p) {
    return toGlobPath(p).replace(/\/\/+/g, '/');
}
/** The root of an absolute glob-form path (`/`, or `C:/` on Windows), '' when relative. */
function rootOf(p) {
    if (IS_WINDOWS) {
        const drive = /^[A-Za-z]:\//.exec(p);
        return drive ? drive[0] : '';
    }
    return p.startsWith('/') ? '/' : '';
}
function trimTrailingSeparator(p) {
    return p.endsWith('/') && p !== rootOf(p) ? p.slice(0, -1) : p;
}
function withTrailingSeparator(p) {
    return p.endsWith('/') ? p : `${p}/`;
}
function dirname(p) {
    const trimmed = trimTrailingSeparator(p);
    const root = rootOf(trimmed);
    const index = trimmed.lastIndexOf('/');
    if (index < root.length)
        return root || trimmed;
    return trimmed.slice(0, index);
}
function joinPath(directory, name) {
    return `${withTrailingSeparator(directory)}${name}`;
}

;// CONCATENATED MODULE: ./src/expressions/template.ts
/**
 * Splitting of template strings (`run`, `with`, `env`, `name`, `if`, …) into literal text and
 * `${{ … }}` expressions, the way the runner's TemplateReader.ParseScalar does it
 * (spec/expressions.md §1.6). We split the YAML *value* ourselves because the workflow-parser
 * builds its `format()` for block scalars from the raw source, indentation included.
 */
const OPEN = '${{';
/** The runner's message for a `${{` without its `}}`. */
const EXPRESSION_NOT_CLOSED = 'The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.';
/** True when the value contains `${{` at all; anything else is a plain literal. */
function hasExpression(raw) {
    return raw.includes(OPEN);
}
/**
 * Splits a template into segments. An expression ends at the first `}}` outside a `'…'` string
 * literal, so `${{ '}}' }}` is one expression. Adjacent literal text is never split.
 */
function splitTemplate(raw) {
    let start = raw.indexOf(OPEN);
    if (start < 0)
        return [{ literal: raw }];
    const segments = [];
    let i = 0;
    while (i < raw.length) {
        if (i === start) {
            const end = findExpressionEnd(raw, start + OPEN.length);
            if (end < 0)
                throw new Error(EXPRESSION_NOT_CLOSED);
            // `end` is the index of the second `}` of the closing `}}`.
            segments.push({ expression: raw.substring(start + OPEN.length, end - 1).trim() });
            i = end + 1;
            start = raw.indexOf(OPEN, i);
        }
        else if (start >= 0) {
            segments.push({ literal: raw.substring(i, start) });
            i = start;
        }
        else {
            segments.push({ literal: raw.substring(i) });
            break;
        }
    }
    return segments;
}
/**
 * Index of the closing `}` of `}}`, or -1. A quote toggles "inside a string"; an escaped quote
 * (`''`) toggles twice, which is why the runner needs no special case for it.
 */
function findExpressionEnd(raw, from) {
    let inString = false;
    for (let i = from; i < raw.length; i++) {
        const c = raw[i];
        if (c === "'")
            inString = !inString;
        else if (!inString && c === '}' && raw[i - 1] === '}')
            return i;
    }
    return -1;
}
/**
 * If the expression consists only of string literals and nothing else (e.g. `'${{'`), returns
 * the text those literals spell; the runner then treats the whole value as that literal
 * (TemplateReader.IsExpressionString). Otherwise undefined.
 */
function expressionStringLiteral(expression) {
    let text = '';
    let inString = false;
    for (let i = 0; i < expression.length; i++) {
        const c = expression[i];
        if (c === "'") {
            inString = !inString;
            // Re-opening right after a close is the `''` escape: keep one quote.
            if (inString && i !== 0)
                text += c;
        }
        else if (!inString) {
            return undefined;
        }
        else {
            text += c;
        }
    }
    return text;
}
/**
 * The single expression the runner evaluates for a multi-segment template:
 * `format('<escaped literals with {N} holes>', expr0, expr1, …)`. Used for `if:` (where the
 * format string is the condition) and to apply the runner's expression length limit.
 */
function formatExpression(segments) {
    let format = '';
    let args = '';
    let index = 0;
    for (const segment of segments) {
        if ('literal' in segment) {
            format += segment.literal.replaceAll("'", "''").replaceAll('{', '{{').replaceAll('}', '}}');
        }
        else {
            format += `{${index++}}`;
            args += `, ${segment.expression}`;
        }
    }
    return `format('${format}'${args})`;
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/expressions/evaluate.ts
/**
 * Evaluation of `${{ }}` templates and `if:` conditions with `@actions/expressions`
 * (Lexer → Parser → Evaluator), our host functions, and the runner's conversion rules for each
 * kind of value (spec/expressions.md §1).
 */











/**
 * An expression could not be parsed or evaluated. The message is the runner's (or the
 * package's) text and names the expression; `expression` holds it on its own.
 */
class ExpressionEvaluationError extends Error {
    expression;
    name = 'ExpressionEvaluationError';
    constructor(message, expression, options) {
        super(message, options);
        this.expression = expression;
    }
}
/** Evaluates a template (run, with, env, name, working-directory, shell); single-expression keeps its type. */
function evaluateTemplate(raw, scope) {
    return fromExpressionData(evaluateTemplateData(raw, scope));
}
/**
 * R4.1 — a step's env context: the env context of `scope` overlaid with the step's own `env:`,
 * each value evaluated against `scope` (which does not see the step's values yet). Throws the
 * first evaluation error, which fails the step.
 */
function evaluateStepEnv(stepEnv, scope) {
    const envContext = { ...scope.contexts.env };
    for (const [name, value] of Object.entries(stepEnv)) {
        envContext[name] = evaluateString(value, scope, `env.${name}`);
    }
    return envContext;
}
/** Same, coerced to string the way the runner converts for run/with/env (null → '', objects/arrays → error). */
function evaluateString(raw, scope, what) {
    return labelled(what, () => {
        const value = evaluateTemplateData(raw, scope);
        switch (value.kind) {
            case dist/* data.Kind */.p.b8.String:
            case dist/* data.Kind */.p.b8.Number:
            case dist/* data.Kind */.p.b8.Boolean:
                return value.coerceString();
            case dist/* data.Kind */.p.b8.Null:
                return '';
            case dist/* data.Kind */.p.b8.Dictionary:
            case dist/* data.Kind */.p.b8.Array:
                throw new ExpressionEvaluationError(withExpression(notExpected(value), raw), raw);
        }
    });
}
/** `if:` — wraps with success() && (…) unless a status function is used (ensureStatusFunction), truthy(). */
function evaluateIf(condition, scope) {
    const profile = conditionProfile();
    const expression = conditionExpression(condition, profile);
    const full = expression === '' ? 'success()' : (0,if_condition/* ensureStatusFunction */.ZA)(expression, profile.definition);
    return (0,result/* truthy */.vN)(evaluateExpression(full, scope, profile));
}
/** `continue-on-error`: a boolean, or a template that must evaluate to a boolean. */
function evaluateBoolean(value, scope, what) {
    if (typeof value === 'boolean')
        return value;
    return labelled(what, () => {
        const result = evaluateTemplateData(value, scope);
        // The runner's schema wants a boolean token; a string such as 'true' is rejected as is.
        if (result.kind === dist/* data.Kind */.p.b8.Boolean)
            return result.value;
        throw new ExpressionEvaluationError(withExpression(unexpectedValue(result), value), value);
    });
}
/** `timeout-minutes`: a number, or a template that must evaluate to a number. */
function evaluateNumber(value, scope, what) {
    if (typeof value === 'number')
        return value;
    return labelled(what, () => {
        const result = evaluateTemplateData(value, scope);
        // As for booleans: a numeric string is not a number token (hence `fromJSON(inputs.x)`).
        if (result.kind === dist/* data.Kind */.p.b8.Number)
            return result.value;
        throw new ExpressionEvaluationError(withExpression(unexpectedValue(result), value), value);
    });
}
// ---------------------------------------------------------------------------------------------
// Templates and conditions
function evaluateTemplateData(raw, scope) {
    const profile = templateProfile();
    const segments = split(raw);
    const parsed = segments.map((segment) => 'literal' in segment
        ? segment
        : { expression: segment.expression, ast: parse(segment.expression, profile) });
    if (parsed.length === 1) {
        const [only] = parsed;
        if ('literal' in only)
            return new dist/* data.StringData */.p.uQ(only.literal);
        return run(only.expression, only.ast, scope, profile);
    }
    // The runner evaluates a mixed value as one format() expression, so its limits apply to that.
    parse(formatExpression(segments), profile);
    // Concatenating the coerced parts gives what that format() gives (spec §1.6).
    return new dist/* data.StringData */.p.uQ(parsed
        .map((part) => 'literal' in part
        ? part.literal
        : run(part.expression, part.ast, scope, profile).coerceString())
        .join(''));
}
/**
 * The condition the runner evaluates for an `if:` value (TemplateReader.ParseScalar, then
 * ConvertToIfCondition): a single `${{ }}` is unwrapped, a string-literal-only one becomes that
 * text, plain text is trimmed, and a mixed value becomes a format() string — always truthy,
 * a GitHub trap we keep on purpose.
 */
function conditionExpression(condition, profile) {
    const segments = split(condition);
    for (const segment of segments) {
        if ('expression' in segment)
            parse(segment.expression, profile);
    }
    if (segments.length > 1)
        return formatExpression(segments);
    const [only] = segments;
    if ('literal' in only)
        return only.literal.trim();
    return expressionStringLiteral(only.expression)?.trim() ?? only.expression;
}
function split(raw) {
    try {
        return splitTemplate(raw);
    }
    catch (error) {
        throw new ExpressionEvaluationError((0,src_errors/* errorText */.k)(error), raw, { cause: error });
    }
}
// ---------------------------------------------------------------------------------------------
// Lexing, parsing, evaluating one expression
function evaluateExpression(expression, scope, profile) {
    return run(expression, parse(expression, profile), scope, profile);
}
function parse(expression, profile) {
    if (expression.length > errors/* MAX_EXPRESSION_LENGTH */.dM) {
        throw new ExpressionEvaluationError(withExpression(`Exceeded max expression length ${errors/* MAX_EXPRESSION_LENGTH */.dM}`, expression), expression);
    }
    let tokens;
    try {
        tokens = lex(expression);
    }
    catch (error) {
        // Lexer errors already read "… Located at position N within expression: …".
        throw new ExpressionEvaluationError((0,src_errors/* errorText */.k)(error), expression, { cause: error });
    }
    let ast;
    try {
        ast = new dist/* Parser */.iX(tokens, profile.contexts, profile.functions).parse();
    }
    catch (error) {
        if (!(error instanceof dist/* ExpressionError */.tj))
            throw error;
        // Runner format; positions are flat offsets because lex() rewrote the token ranges.
        const message = `${error.message}. Located at position ${error.pos.column + 1} within expression: ${expression}`;
        throw new ExpressionEvaluationError(message, expression, { cause: error });
    }
    if (ast === undefined) {
        throw new ExpressionEvaluationError('An expression was expected', expression);
    }
    return ast;
}
/**
 * Lexes with two fixes to 0.3.61: every `''` in a string literal is un-escaped (the package
 * replaces only the first, spec §1.8 item 1), and token positions become flat offsets into the
 * expression, which is how the runner reports them (the package's line/column drifts after a
 * newline inside a string literal).
 */
function lex(expression) {
    const { tokens } = new dist/* Lexer */.JG(expression).lex();
    let cursor = 0;
    for (const token of tokens) {
        if (token.type === lexer/* TokenType */.ks.STRING) {
            token.value = token.lexeme.slice(1, -1).replaceAll("''", "'");
        }
        const offset = token.type === lexer/* TokenType */.ks.EOF ? expression.length : expression.indexOf(token.lexeme, cursor);
        if (offset >= 0) {
            token.range = {
                start: { line: 0, column: offset },
                end: { line: 0, column: offset + token.lexeme.length }
            };
            cursor = offset + token.lexeme.length;
        }
    }
    return tokens;
}
function run(expression, ast, scope, profile) {
    try {
        // A fresh dictionary every time: `steps` and `env` change between evaluations (spec §1.3).
        const contexts = (0,expressions_contexts/* contextDictionary */.gh)(scope.contexts, profile.contexts);
        return new dist/* Evaluator */.oi(ast, contexts, hostFunctions(scope)).evaluate();
    }
    catch (error) {
        throw new ExpressionEvaluationError(withExpression((0,src_errors/* errorText */.k)(error), expression), expression, {
            cause: error
        });
    }
}
/** Status functions (spec §5) and hashFiles; the evaluator looks them up lower-cased. */
function hostFunctions(scope) {
    const definitions = [
        {
            name: 'success',
            minArgs: 0,
            maxArgs: 0,
            call: () => new dist/* data.BooleanData */.p.bo(!scope.cancelled && scope.status === 'success')
        },
        {
            name: 'failure',
            minArgs: 0,
            maxArgs: 0,
            call: () => new dist/* data.BooleanData */.p.bo(!scope.cancelled && scope.status === 'failure')
        },
        {
            name: 'cancelled',
            minArgs: 0,
            maxArgs: 0,
            call: () => new dist/* data.BooleanData */.p.bo(scope.cancelled)
        },
        { name: 'always', minArgs: 0, maxArgs: 0, call: () => new dist/* data.BooleanData */.p.bo(true) },
        {
            name: 'hashFiles',
            minArgs: 1,
            maxArgs: 255,
            call: (...args) => new dist/* data.StringData */.p.uQ(hashFiles(scope.workspace, args.map((arg) => arg.coerceString())))
        }
    ];
    return new Map(definitions.map((definition) => [definition.name.toLowerCase(), definition]));
}
const HOST_FUNCTION_NAMES = new Set(['success', 'failure', 'cancelled', 'always', 'hashfiles']);
let templateProfileCache;
let conditionProfileCache;
function templateProfile() {
    return (templateProfileCache ??= profileOf('string-steps-context'));
}
function conditionProfile() {
    return (conditionProfileCache ??= profileOf('step-if'));
}
/** Context names and functions allowed by one schema definition (e.g. `hashFiles(1,255)`). */
function profileOf(definitionName) {
    const definition = new definition_info/* DefinitionInfo */.u((0,steps_schema/* getStepsSchema */.D)(), definitionName);
    const contexts = [];
    const functions = [];
    for (const entry of definition.allowedContext) {
        const call = /^(\w+)\((\d+),(\d+|MAX)\)$/.exec(entry);
        if (!call) {
            contexts.push(entry);
            continue;
        }
        const [, name, min, max] = call;
        if (!HOST_FUNCTION_NAMES.has(name.toLowerCase())) {
            throw new Error(`No implementation for the expression function '${name}'`);
        }
        functions.push({
            name,
            minArgs: Number(min),
            maxArgs: max === 'MAX' ? Number.MAX_SAFE_INTEGER : Number(max)
        });
    }
    return { definition, contexts, functions };
}
// ---------------------------------------------------------------------------------------------
// Messages
/** Wraps errors of one field so the message says which (`env.FOO: …`), as the runner's line/column would. */
function labelled(what, evaluate) {
    try {
        return evaluate();
    }
    catch (error) {
        if (!(error instanceof ExpressionEvaluationError))
            throw error;
        throw new ExpressionEvaluationError(`${what}: ${error.message}`, error.expression, {
            cause: error.cause ?? error
        });
    }
}
function withExpression(message, expression) {
    const shown = expression.length > 200 ? `${expression.slice(0, 200)}…` : expression;
    return `${message} (expression: ${shown})`;
}
function notExpected(value) {
    return value.kind === dist/* data.Kind */.p.b8.Array
        ? 'A sequence was not expected'
        : 'A mapping was not expected';
}
/** The runner's schema error for a scalar of the wrong type ("Unexpected value 'x'"). */
function unexpectedValue(value) {
    switch (value.kind) {
        case dist/* data.Kind */.p.b8.Dictionary:
        case dist/* data.Kind */.p.b8.Array:
            return notExpected(value);
        case dist/* data.Kind */.p.b8.Null:
            return "Unexpected value ''";
        case dist/* data.Kind */.p.b8.String:
        case dist/* data.Kind */.p.b8.Number:
        case dist/* data.Kind */.p.b8.Boolean:
            return `Unexpected value '${value.coerceString()}'`;
    }
}


/***/ }),

/***/ 5142:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ prepareInline),
/* harmony export */   h: () => (/* binding */ ESCAPED_NATIVE_OPEN)
/* harmony export */ });
/**
 * Deferred expressions for the inline `steps` input (spec/expressions.md §4.3).
 *
 * The outer runner evaluates every `${{ }}` in our input before we start, with the outer step's
 * contexts. Authors therefore write `%{{ … }}` for what we must evaluate (nested `steps.*`, status
 * functions, env set by nested steps). A `${{` that still reaches us came out of the outer
 * evaluation; evaluating it again would be a second pass GitHub never does (and an injection
 * path, §4.4), so it stays literal text.
 */
const DEFERRED_OPEN = '%{{';
const NATIVE_OPEN = '${{';
/** Native syntax for "the literal text `${{`". */
const ESCAPED_NATIVE_OPEN = "${{ '${{' }}";
/** `%{{ … }}` → `${{ … }}`; a surviving `${{` becomes `${{ '${{' }}` so it stays literal. */
function prepareInline(raw) {
    let out = '';
    let i = 0;
    while (i < raw.length) {
        const deferred = raw.indexOf(DEFERRED_OPEN, i);
        const native = raw.indexOf(NATIVE_OPEN, i);
        if (deferred < 0 && native < 0)
            break;
        if (native >= 0 && (deferred < 0 || native < deferred)) {
            out += raw.slice(i, native) + ESCAPED_NATIVE_OPEN;
            i = native + NATIVE_OPEN.length;
            continue;
        }
        // Copy the deferred expression verbatim up to its closing `}}` (outside '…' literals), so a
        // `${{` or `%{{` inside one of its string literals is left alone.
        const end = closingBraceIndex(raw, deferred + DEFERRED_OPEN.length);
        out +=
            raw.slice(i, deferred) + NATIVE_OPEN + raw.slice(deferred + DEFERRED_OPEN.length, end + 1);
        i = end + 1;
    }
    return out + raw.slice(i);
}
/**
 * Index of the second `}` of the closing `}}`, or the last index when unclosed (the evaluator
 * then reports the runner's "not closed" error on the rewritten text).
 */
function closingBraceIndex(raw, from) {
    let inString = false;
    for (let j = from; j < raw.length; j++) {
        if (raw[j] === "'")
            inString = !inString;
        else if (!inString && raw[j] === '}' && raw[j - 1] === '}')
            return j;
    }
    return raw.length - 1;
}


/***/ }),

/***/ 1730:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7441);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3022);


// The entry point: report the failure, then exit even if a nested daemon still holds a handle.
const failure = await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runMain */ .V)().catch((error) => error instanceof Error ? (error.stack ?? error.message) : String(error));
if (failure !== undefined)
    _toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(failure);
process.exit(process.exitCode ?? 0);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ droppedAnnotations),
/* harmony export */   Ll: () => (/* binding */ keepAnnotation)
/* harmony export */ });
/* unused harmony exports MAX_KEPT_ANNOTATIONS, MAX_KEPT_ANNOTATION_BYTES */
/** Annotations kept per step record. */
const MAX_KEPT_ANNOTATIONS = 1000;
/** Message bytes kept per step record (one `::error::` line can be megabytes long). */
const MAX_KEPT_ANNOTATION_BYTES = 256 * 1024;
/** Per kept list; a WeakMap so the records' shape stays as it is. */
const budgets = new WeakMap();
/** Appends `annotation` to a record's list while its budget lasts; counts it as dropped otherwise. */
function keepAnnotation(kept, annotation) {
    let budget = budgets.get(kept);
    if (budget === undefined) {
        budget = { bytes: 0, dropped: 0 };
        budgets.set(kept, budget);
    }
    const bytes = Buffer.byteLength(annotation.message);
    if (kept.length >= MAX_KEPT_ANNOTATIONS || budget.bytes + bytes > MAX_KEPT_ANNOTATION_BYTES) {
        budget.dropped += 1;
        return;
    }
    budget.bytes += bytes;
    kept.push(annotation);
}
/** How many annotations `keepAnnotation` did not keep in this list. */
function droppedAnnotations(kept) {
    return budgets.get(kept)?.dropped ?? 0;
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ finishedTitle),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   xu: () => (/* binding */ RESULT_MARKS)
/* harmony export */ });
/** A mark per result; `Unknown` for a step that never got one. */
const RESULT_MARKS = {
    Succeeded: '✅',
    Failed: '❌',
    Canceled: '⛔',
    Skipped: '⏭️',
    Unknown: '❔'
};
/** Milliseconds as seconds with one decimal: `1.2 s`. */
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** The title of a finished step's log group: mark, name, duration. */
function finishedTitle(name, result, durationMs) {
    return `${RESULT_MARKS[result ?? 'Unknown']} ${name} (${formatSeconds(durationMs)})`;
}


/***/ }),

/***/ 6379:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o: () => (/* binding */ ChildLogs),
  m: () => (/* binding */ LogMultiplexer)
});

// EXTERNAL MODULE: ./src/runner/workflow-commands.ts
var workflow_commands = __nccwpck_require__(1520);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/report/log-buffers.ts
/**
 * The byte plumbing under the log multiplexer: a batching writer for our stdout, a per-step
 * buffer that spills to a temp file past a small threshold (bounded memory whatever a step
 * prints), and the stop-commands fence that turns a nested line into plain text for the runner.
 */




/** Writes below this size are collected and written together. */
const BATCH_BYTES = 64 * 1024;
/** Where the runner cuts our output into lines (.NET ReadLine). */
const LINE_BREAK = /\r\n|\r|\n/;
/** How much of a spilled buffer is read back at a time. */
const REPLAY_CHUNK_BYTES = 256 * 1024;
/** Byte blocks below this size are batched as text. */
const SMALL_BYTES = 4096;
/**
 * Batches our stdout writes (one write per ~64 KiB instead of one per line). Everything we print
 * goes through here, in order, so a mask written before a line is printed before it.
 */
class BatchedWriter {
    write;
    pieces = [];
    size = 0;
    scheduled = false;
    /** `write` must be done with a chunk when it returns (writeStdout is synchronous). */
    constructor(write) {
        this.write = write;
    }
    append(text) {
        if (typeof text !== 'string') {
            // Whole lines of a flood: a big piece goes out as it is, a small one joins the batch.
            if (text.length < SMALL_BYTES) {
                this.append(text.toString('utf8'));
                return;
            }
            this.flush();
            this.write(text);
            return;
        }
        // A big piece goes out as it is: joining it would only copy it.
        if (text.length >= BATCH_BYTES) {
            this.flush();
            this.write(text);
            return;
        }
        this.pieces.push(text);
        this.size += text.length;
        if (this.size >= BATCH_BYTES)
            this.flush();
        else if (!this.scheduled) {
            this.scheduled = true;
            setImmediate(() => {
                this.scheduled = false;
                this.flush();
            });
        }
    }
    /** Writes everything collected so far. */
    flush() {
        if (this.size === 0)
            return;
        const chunk = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
        this.pieces = [];
        this.size = 0;
        this.write(chunk);
    }
    /** Writes raw bytes after what is collected (used to replay a spilled buffer). */
    writeThrough(chunk) {
        this.flush();
        if (chunk.length > 0)
            this.write(chunk);
    }
}
/** A step's buffered output: in memory up to `memoryBytes`, then in a temp file. */
class SpillBuffer {
    spillDir;
    memoryBytes;
    pieces = [];
    size = 0;
    fd;
    file;
    spilled = 0;
    constructor(spillDir, memoryBytes) {
        this.spillDir = spillDir;
        this.memoryBytes = memoryBytes;
    }
    append(text) {
        this.pieces.push(text);
        this.size += text.length;
        if (this.size >= this.memoryBytes)
            this.spill();
    }
    /** Bytes held on disk so far (for tests and diagnostics). */
    get spilledBytes() {
        return this.spilled;
    }
    /** Replays everything, in order, into `writer`, then releases memory and the temp file. */
    replay(writer) {
        if (this.fd === undefined) {
            for (const piece of this.pieces)
                writer.append(piece);
        }
        else {
            this.spill();
            // The bytes go out as they were written: nothing to decode, a split character is harmless.
            // One buffer is reused for every read: the writer consumes a chunk before it returns.
            const chunk = Buffer.allocUnsafe(REPLAY_CHUNK_BYTES);
            let position = 0;
            for (;;) {
                const read = external_node_fs_.readSync(this.fd, chunk, 0, chunk.length, position);
                if (read === 0)
                    break;
                position += read;
                writer.writeThrough(chunk.subarray(0, read));
            }
            external_node_fs_.closeSync(this.fd);
            external_node_fs_.rmSync(this.file, { force: true });
            this.fd = undefined;
        }
        this.pieces = [];
        this.size = 0;
    }
    spill() {
        if (this.fd === undefined) {
            external_node_fs_.mkdirSync(this.spillDir, { recursive: true });
            this.file = external_node_path_.join(this.spillDir, `log-${(0,external_node_crypto_.randomUUID)()}.txt`);
            this.fd = external_node_fs_.openSync(this.file, 'w+');
        }
        if (this.size === 0)
            return;
        for (const piece of this.pieces) {
            if (typeof piece === 'string')
                external_node_fs_.writeSync(this.fd, piece);
            else
                external_node_fs_.writeSync(this.fd, piece);
            this.spilled += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length;
        }
        this.pieces = [];
        this.size = 0;
    }
}
const LINE_FEED = 0x0a;
/** A prefixer keeps its output buffer between calls up to this size; a bigger one is let go. */
const PREFIXER_KEEP_BYTES = 1024 * 1024;
/**
 * Puts a label before every line of a block of whole lines (joined by `\n`) and a `\n` after the
 * last, in bytes. A tight loop into a reused buffer: twice as fast as a latin1 string round trip
 * with a native replace, and no garbage per chunk (bench B3). The bytes pass unchanged, never
 * decoded. The result is valid until the next call.
 */
class LinePrefixer {
    label;
    out = Buffer.allocUnsafe(64 * 1024);
    constructor(label) {
        this.label = label;
    }
    apply(block) {
        const label = this.label;
        const width = label.length;
        const length = block.length;
        if (this.out.length > PREFIXER_KEEP_BYTES)
            this.out = Buffer.allocUnsafe(64 * 1024);
        let out = this.room(0, width + length + 1);
        let at = 0;
        for (let k = 0; k < width; k++)
            out[at++] = label[k];
        for (let i = 0; i < length; i++) {
            const byte = block[i];
            out[at++] = byte;
            if (byte === LINE_FEED) {
                // Room for this label, the rest of the block and the final `\n`.
                if (at + width + length - i > out.length)
                    out = this.room(at, at + width + length - i);
                for (let k = 0; k < width; k++)
                    out[at++] = label[k];
            }
        }
        out[at++] = LINE_FEED;
        return out.subarray(0, at);
    }
    /** The output buffer with room for `size` bytes, its first `used` bytes kept. */
    room(used, size) {
        if (this.out.length < size) {
            const bigger = Buffer.allocUnsafe(Math.max(size, this.out.length * 2));
            this.out.copy(bigger, 0, 0, used);
            this.out = bigger;
        }
        return this.out;
    }
}
/**
 * Renders a step's lines into a target. A line the runner could obey as a command (`::x::` at the
 * start, or `##[x]` anywhere) goes inside a `::stop-commands::<random token>` fence; consecutive
 * such lines share one fence. Our own commands (annotations, groups) close the fence first.
 */
class FencedText {
    target;
    token;
    constructor(target) {
        this.target = target;
    }
    /** A line of nested output, shown as text. */
    text(line) {
        // Text we print about a step (a name, an env value, a script line) may hold line breaks,
        // and the runner reads each piece as a line of its own: each piece is checked.
        if (line.includes('\n') || line.includes('\r')) {
            for (const piece of line.split(LINE_BREAK))
                this.text(piece);
            return;
        }
        if ((0,workflow_commands/* looksLikeCommand */.Jk)(line)) {
            if (this.token === undefined) {
                this.token = (0,external_node_crypto_.randomUUID)();
                this.target.append(`::stop-commands::${this.token}\n`);
            }
        }
        else
            this.close();
        this.target.append(line + '\n');
    }
    /** Whole lines as bytes with their final `\n`, checked by the caller; may be reused after the call. */
    lineBytes(lines) {
        this.close();
        this.target.append(lines);
    }
    /** Whole lines as bytes, joined by `\n`, that cannot hold a command (checked by the caller). */
    textBytes(block) {
        this.close();
        this.target.append(block);
        this.target.append('\n');
    }
    /** A command line meant for the runner. */
    command(line) {
        this.close();
        this.target.append(line + '\n');
    }
    /** Ends an open fence. */
    close() {
        if (this.token === undefined)
            return;
        this.target.append(`::${this.token}::\n`);
        this.token = undefined;
    }
}

;// CONCATENATED MODULE: ./src/report/log.ts
/**
 * The log multiplexer: the only writer of our stdout while the step list runs.
 *
 * GitHub cannot nest or interleave `::group::` blocks (spec/anchors.md §0, style-anchors §4.6), and
 * everything we print is parsed by the outer runner as *our* step's workflow commands. So:
 * - `grouped`: a live (foreground) step streams inside its own group; a buffered step (background,
 *   control) is printed as one contiguous group when it ends, after any open group has closed.
 *   Between groups, one-line progress events (queued, started, finished).
 * - `prefixed`: every line is printed at once with an aligned step label.
 * - A nested line the runner could obey is fenced with an unguessable stop-commands token.
 * - A mask is written at once, before any later line of any step (buffered lines included).
 * - Buffered output spills to a temp file past a small threshold, so memory stays bounded.
 */


const ANNOTATION_KINDS = new Set(['error', 'warning', 'notice']);
/** A regular expression beats replaceAll for this on V8 (measured: ~35 vs ~55 ms for 14 MB). */
const LABEL_COLOURS = [36, 33, 35, 32, 34, 91, 96, 93, 95, 92];
const MAX_LABEL_WIDTH = 24;
/** Serialises all output; see the module comment for the rules. */
class LogMultiplexer {
    options;
    mode;
    out;
    /** Fence state of what is printed directly (live groups, events). */
    direct;
    liveOpen = false;
    waiting = [];
    labels = 0;
    constructor(options) {
        this.options = options;
        this.mode = options.mode;
        this.out = new BatchedWriter(options.write);
        this.direct = new FencedText(this.out);
    }
    /** Opens the log of one step. */
    open(options) {
        if (this.mode === 'prefixed')
            return new PrefixedLog(this, options, this.label(options.title));
        if (options.live) {
            this.liveOpen = true;
            this.direct.command((0,workflow_commands/* formatCommand */.fE)('group', {}, options.title));
            return new LiveLog(this, options);
        }
        return new BufferedLog(this, options);
    }
    /** A one-line event outside any group (progress). Held back while a live group is open. */
    event(line) {
        if (this.liveOpen)
            this.waiting.push(() => this.direct.text(line));
        else
            this.direct.text(line);
    }
    /** Writes everything collected; call before anything else writes to stdout. */
    flush() {
        this.direct.close();
        this.out.flush();
    }
    /** @internal */
    writeText(line) {
        this.direct.text(line);
    }
    /** @internal */
    writeTextBytes(block) {
        this.direct.textBytes(block);
    }
    /** @internal Whole lines as bytes with their final `\n`, already checked; reusable after the call. */
    writeLineBytes(lines) {
        this.direct.lineBytes(lines);
    }
    /** @internal */
    writeCommand(line) {
        this.direct.command(line);
    }
    /** @internal The live group closed: print whatever waited for it. */
    liveClosed() {
        this.liveOpen = false;
        while (!this.liveOpen && this.waiting.length > 0)
            this.waiting.shift()();
    }
    /** @internal A buffered group is complete: print it now or once the live group closes. */
    groupReady(title, buffer) {
        const print = () => {
            this.direct.command((0,workflow_commands/* formatCommand */.fE)('group', {}, title));
            buffer.replay(this.out);
            this.direct.command((0,workflow_commands/* formatCommand */.fE)('endgroup', {}, ''));
        };
        if (this.liveOpen)
            this.waiting.push(print);
        else
            print();
    }
    /** @internal */
    newBuffer() {
        return new SpillBuffer(this.options.spillDir, this.options.memoryBytes ?? 256 * 1024);
    }
    label(title) {
        const width = Math.min(this.options.labelWidth ?? MAX_LABEL_WIDTH, MAX_LABEL_WIDTH);
        const text = title.length > width ? title.slice(0, width - 1) + '…' : title.padEnd(width);
        if (!this.options.colour)
            return `[${text}] `;
        const colour = LABEL_COLOURS[this.labels++ % LABEL_COLOURS.length];
        return `\u001b[${colour}m[${text}]\u001b[0m `;
    }
}
/** Shared behaviour: annotations become commands and are reported; masks go straight out. */
class BaseLog {
    mux;
    options;
    constructor(mux, options) {
        this.mux = mux;
        this.options = options;
    }
    command(line) {
        if (this.options.onAnnotation) {
            const parsed = (0,workflow_commands/* parseWorkflowCommand */.Q8)(line);
            const kind = parsed?.name.toLowerCase();
            if (parsed && kind && ANNOTATION_KINDS.has(kind)) {
                this.options.onAnnotation({
                    kind: kind,
                    message: parsed.data,
                    properties: Object.fromEntries(parsed.properties)
                });
            }
        }
        this.emitCommand(line);
    }
    error(message) {
        this.command((0,workflow_commands/* formatCommand */.fE)('error', {}, message));
    }
    warning(message) {
        this.command((0,workflow_commands/* formatCommand */.fE)('warning', {}, message));
    }
    mask(value) {
        this.mux.writeCommand((0,workflow_commands/* formatCommand */.fE)('add-mask', {}, value));
    }
}
/** A foreground step: streams inside its group as lines arrive. */
class LiveLog extends BaseLog {
    closed = false;
    text(line) {
        this.mux.writeText(line);
    }
    textBytes(block) {
        this.mux.writeTextBytes(block);
    }
    emitCommand(line) {
        this.mux.writeCommand(line);
    }
    /** Closes the group; `title` (mark, name, duration) follows it as the "finished" event. */
    end(title) {
        if (this.closed)
            return;
        this.closed = true;
        this.mux.writeCommand((0,workflow_commands/* formatCommand */.fE)('endgroup', {}, ''));
        if (title)
            this.mux.writeText(title);
        this.mux.liveClosed();
    }
}
/** A background or control step: buffered (spilling to disk), printed as one group when it ends. */
class BufferedLog extends BaseLog {
    buffer;
    fence;
    done = false;
    constructor(mux, options) {
        super(mux, options);
        this.buffer = mux.newBuffer();
        this.fence = new FencedText(this.buffer);
    }
    text(line) {
        if (!this.done)
            this.fence.text(line);
    }
    textBytes(block) {
        if (!this.done)
            this.fence.textBytes(block);
    }
    emitCommand(line) {
        if (!this.done)
            this.fence.command(line);
    }
    end(title) {
        if (this.done)
            return;
        this.done = true;
        this.fence.close();
        this.mux.groupReady(title ?? this.options.title, this.buffer);
    }
}
/** Prefixed mode: every line at once, labelled. */
class PrefixedLog extends BaseLog {
    prefix;
    constructor(mux, options, prefix) {
        super(mux, options);
        this.prefix = prefix;
        this.safePrefix = !(0,workflow_commands/* textMayHoldCommand */.H8)(prefix);
        this.prefixer = new LinePrefixer(Buffer.from(prefix, 'utf8'));
    }
    safePrefix;
    prefixer;
    text(line) {
        // Every piece the runner will read as a line gets the label.
        if (line.includes('\n') || line.includes('\r')) {
            for (const piece of line.split(/\r\n|\r|\n/))
                this.mux.writeText(this.prefix + piece);
            return;
        }
        this.mux.writeText(this.prefix + line);
    }
    textBytes(block) {
        // A label that could itself look like a command falls back to the checked per-line path.
        if (!this.safePrefix) {
            for (const line of block.toString('utf8').split('\n'))
                this.text(line);
            return;
        }
        this.mux.writeLineBytes(this.prefixer.apply(block));
    }
    emitCommand(line) {
        this.mux.writeCommand(line);
    }
    end(title) {
        if (title)
            this.mux.writeText(this.prefix + title);
    }
}
/**
 * The logs of a composite action's own steps, written into the composite step's log: GitHub
 * cannot nest groups, so each inner step is a `▶ <title>` heading inside the outer group. Live
 * steps stream; buffered ones (background, control) are replayed when they end.
 */
class ChildLogs {
    parent;
    constructor(parent) {
        this.parent = parent;
    }
    open(options) {
        return options.live
            ? new ChildLiveLog(this.parent, options)
            : new ChildBufferedLog(this.parent, options);
    }
    event(line) {
        this.parent.text(line);
    }
}
/** Forwards an inner step's lines to the parent log; annotations still reach the summary. */
class ChildLiveLog {
    parent;
    options;
    constructor(parent, options) {
        this.parent = parent;
        this.options = options;
        if (options.live)
            parent.text(`▶ ${options.title}`);
    }
    text(line) {
        this.parent.text(line);
    }
    textBytes(block) {
        this.parent.textBytes(block);
    }
    command(line) {
        this.parent.command(line);
    }
    error(message) {
        this.command((0,workflow_commands/* formatCommand */.fE)('error', {}, message));
    }
    warning(message) {
        this.command((0,workflow_commands/* formatCommand */.fE)('warning', {}, message));
    }
    mask(value) {
        this.parent.mask(value);
    }
    end(title) {
        if (title)
            this.parent.text(title);
    }
}
/** An inner background or control step: kept until it ends, then written under its title. */
class ChildBufferedLog extends ChildLiveLog {
    entries = [];
    text(line) {
        this.entries.push({ kind: 'text', value: line });
    }
    textBytes(block) {
        this.entries.push({ kind: 'bytes', value: block });
    }
    command(line) {
        this.entries.push({ kind: 'command', value: line });
    }
    end(title) {
        this.parent.text(`▶ ${title ?? this.options.title}`);
        for (const entry of this.entries) {
            if (entry.kind === 'bytes')
                this.parent.textBytes(entry.value);
            else if (entry.kind === 'text')
                this.parent.text(entry.value);
            else
                this.parent.command(entry.value);
        }
        this.entries = [];
    }
}


/***/ }),

/***/ 8383:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ makeStdoutBlocking),
/* harmony export */   j: () => (/* binding */ writeStdout)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/**
 * Our stdout, written synchronously. `process.stdout.write` is not enough, even on a blocking
 * pipe: when the reader is slow, the kernel takes part of a chunk, libuv finishes the rest
 * within the call but reports completion on a later tick, and every write until then is queued
 * by reference in the Writable stream. A caller that reuses its buffer (the spilled-log replay)
 * would then print bytes it overwrote since: a flood lost and repeated lines under load (bench
 * B4, 1 run in 5). Here a write returns only when the kernel holds every byte.
 */


const STDOUT = 1;
/** Set once the reader is gone (EPIPE): nothing can be shown any more, and the steps go on. */
let readerGone = false;
/** One millisecond of blocking sleep, for a descriptor that stayed non-blocking (EAGAIN). */
const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * Puts our stdout descriptor in blocking mode, so a write waits for the reader instead of
 * failing with EAGAIN. Node's own handle does it for pipes and sockets (a file always blocks).
 */
function makeStdoutBlocking() {
    const handle = process.stdout._handle;
    handle?.setBlocking?.(true);
}
/** Writes all of `chunk` to stdout before returning; a string is encoded with `encoding`. */
function writeStdout(chunk, encoding = 'utf8') {
    if (readerGone)
        return;
    let bytes;
    if (typeof chunk === 'string') {
        // Most writes go out whole: encoding straight into the system call spares a Buffer (and
        // the garbage collector) per write. Only a write cut short needs the bytes for the rest.
        const written = attempt(() => node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(STDOUT, chunk, null, encoding));
        if (written === undefined)
            return;
        const length = encoding === 'latin1' ? chunk.length : Buffer.byteLength(chunk, encoding);
        if (written === length)
            return;
        bytes = Buffer.from(chunk, encoding).subarray(written);
    }
    else
        bytes = chunk;
    let offset = 0;
    while (offset < bytes.length) {
        const written = attempt(() => node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(STDOUT, bytes, offset, bytes.length - offset));
        if (written === undefined)
            return;
        offset += written;
    }
}
/**
 * One write: the bytes written; 0 after waiting a millisecond on EAGAIN (a descriptor that
 * stayed non-blocking); undefined once the reader is gone (EPIPE).
 */
function attempt(write) {
    try {
        return write();
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .C)(error);
        if (code === 'EAGAIN') {
            Atomics.wait(pause, 0, 0, 1);
            return 0;
        }
        if (code === 'EPIPE') {
            readerGone = true;
            return undefined;
        }
        throw error;
    }
}


/***/ }),

/***/ 3022:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: ./src/toolkit.ts
var toolkit = __nccwpck_require__(7441);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/engine/job.ts + 8 modules
var job = __nccwpck_require__(2034);
;// CONCATENATED MODULE: ./src/actions/model.ts
/** A parsed `uses:` value (spec/runner-emulation.md §4.1). */
/** The name under which our main saves the path of the post-stage manifest for our post. */
const POST_MANIFEST_STATE = 'background-steps-post-manifest';

// EXTERNAL MODULE: ./src/executors/index.ts + 1 modules
var executors = __nccwpck_require__(2210);
// EXTERNAL MODULE: ./src/expressions/contexts.ts
var expressions_contexts = __nccwpck_require__(4579);
// EXTERNAL MODULE: ./src/report/log.ts + 1 modules
var report_log = __nccwpck_require__(6379);
// EXTERNAL MODULE: ./src/report/stdout.ts
var stdout = __nccwpck_require__(8383);
;// CONCATENATED MODULE: ./src/report/masker.ts
/** The runner's replacement text. */
const MASK = '***';
/** Shortest line of a multi-line secret that is masked on its own. */
const MIN_LINE_LENGTH = 4;
/** The values to hide, longest first so a secret that contains another is hidden whole. */
class SecretMasker {
    values = [];
    /**
     * Registers a value, and each trimmed line of a multi-line value (output reaches the log line
     * by line). Lines shorter than MIN_LINE_LENGTH are left out: a `}` line of a JSON secret
     * would otherwise hide every brace in the summary.
     */
    add(value) {
        const lines = value
            .split(/\r\n|\r|\n/)
            .map((line) => line.trim())
            .filter((line) => line.length >= MIN_LINE_LENGTH);
        let changed = false;
        for (const candidate of [value, ...lines]) {
            if (candidate.trim() === '' || this.values.includes(candidate))
                continue;
            this.values.push(candidate);
            changed = true;
        }
        if (changed)
            this.values.sort((a, b) => b.length - a.length);
    }
    /** Every value registered so far, longest first. */
    get secrets() {
        return this.values;
    }
    /** `text` with every registered value replaced by `***`. */
    mask(text) {
        let out = text;
        for (const value of this.values)
            if (out.includes(value))
                out = out.split(value).join(MASK);
        return out;
    }
}
/** Wraps step logs so every mask a nested step registers is also recorded in `masker`. */
function recordingMasks(logs, masker) {
    return {
        open: (options) => recordingStepLog(logs.open(options), masker),
        event: (line) => logs.event(line)
    };
}
function recordingStepLog(log, masker) {
    const mask = (value) => {
        masker.add(value);
        log.mask(value);
    };
    // A proxy rather than a copy of the interface: every other member reaches the log unchanged.
    return new Proxy(log, {
        get: (target, property) => {
            if (property === 'mask')
                return mask;
            const member = Reflect.get(target, property, target);
            return typeof member === 'function'
                ? member.bind(target)
                : member;
        }
    });
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/**
 * Hands the nested results over to the job: action outputs (DESIGN §2) and the nested
 * GITHUB_ENV / GITHUB_PATH changes, which reach later job steps as a composite action's would.
 */

const Outputs = { Steps: 'steps', Result: 'result' };
/** Writes `steps`, `result`, `<id>--<output>`, `<id>--outcome`, `<id>--conclusion`, env and path. */
function handOver(report) {
    toolkit/* setOutput */.uH(Outputs.Steps, JSON.stringify(report.steps));
    toolkit/* setOutput */.uH(Outputs.Result, report.result);
    for (const [id, entry] of Object.entries(report.steps)) {
        for (const [name, value] of Object.entries(entry.outputs))
            toolkit/* setOutput */.uH(`${id}--${name}`, value);
        toolkit/* setOutput */.uH(`${id}--outcome`, entry.outcome);
        toolkit/* setOutput */.uH(`${id}--conclusion`, entry.conclusion);
    }
    for (const [name, value] of report.exportedEnv)
        toolkit/* exportVariable */.dN(name, value);
    // Oldest first, so the entry added last by a nested step ends up first in PATH.
    for (const entry of report.pathPrepend)
        toolkit/* addPath */.fM(entry);
}

// EXTERNAL MODULE: ./src/workflow/model.ts
var model = __nccwpck_require__(3832);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: ./src/report/annotation-budget.ts
var annotation_budget = __nccwpck_require__(9131);
;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary (the only module that writes our step summary): one table row per step in list
 * order — control steps, parallel groups and the implicit "Wait for all background steps" with
 * the result of each step it waited for — then a Mermaid timeline of the overlap, annotations
 * the runner did not show, and the nested steps' own summaries in step order, within 1 MiB.
 * Beyond native: attempts (`retry:`) and readiness (`ready:`) as notes under a step's name, and
 * with the `shard` input, which matrix leg ran which member of each `parallel` group.
 */




/** The runner accepts at most 1 MiB of summary per step; ours carries the nested ones too. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** The runner attaches at most this many annotations of each kind to one step (ours). */
const ANNOTATIONS_PER_KIND = 10;
/** Renders the summary Markdown for a finished (or cancelled) run. */
function renderSummary(report, options = {}) {
    const parts = [];
    const overall = report.result === 'success' ? 'Succeeded' : report.result === 'failure' ? 'Failed' : 'Canceled';
    parts.push(`## ${format/* RESULT_MARKS */.xu[overall]} Background Steps: ${report.result}\n`);
    const leg = matrixLeg(options.matrix);
    const facts = [`${report.records.length} steps`, `${(0,format/* formatSeconds */.Xo)(report.durationMs)} in all`];
    if (leg)
        facts.unshift(`matrix leg: ${leg}`);
    if (report.shard)
        facts.unshift(`shard ${report.shard.index}/${report.shard.total}`);
    parts.push(facts.join(' · ') + '\n');
    parts.push(table(report.records));
    if (report.shard)
        parts.push(shardSection(report.shard));
    parts.push(timeline(report.records));
    const hidden = hiddenAnnotations(report.records);
    if (hidden)
        parts.push(hidden);
    const mask = options.mask ?? ((text) => text);
    let markdown = mask(parts.join('\n'));
    // The reserve keeps room for the headings and the note naming what was left out.
    let budget = SUMMARY_LIMIT_BYTES - Buffer.byteLength(markdown) - SUMMARY_RESERVE_BYTES;
    const cut = [];
    const withSummaries = report.records.filter((record) => record.summary.trim() !== '');
    if (withSummaries.length > 0)
        markdown += '\n### Step summaries\n';
    for (const record of withSummaries) {
        const block = mask(`\n#### ${escapeCell(record.displayName)}\n\n${record.summary.trimEnd()}\n`);
        const size = Buffer.byteLength(block);
        if (size > budget) {
            cut.push(record.displayName);
            continue;
        }
        budget -= size;
        markdown += block;
    }
    if (cut.length > 0)
        markdown += mask(leftOutNote(cut));
    return markdown;
}
/** Room kept free under the limit for the headings and the left-out note. */
const SUMMARY_RESERVE_BYTES = 4096;
/** Names the steps whose summaries were cut, itself bounded: thousands of names must not overflow the limit. */
function leftOutNote(cut) {
    const names = [];
    let size = 0;
    for (const name of cut) {
        const escaped = escapeCell(name);
        if (size + Buffer.byteLength(escaped) > SUMMARY_RESERVE_BYTES / 2)
            break;
        names.push(escaped);
        size += Buffer.byteLength(escaped) + 2;
    }
    const more = cut.length - names.length;
    const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
    return `\n> ✂️ Left out to stay within the runner's 1 MiB summary limit: the summaries of ${list}.\n`;
}
function table(records) {
    const rows = records.map((record) => {
        const result = record.result ?? 'Unknown';
        let name = `${escapeCell(record.displayName)}${record.background ? ' <sub>background</sub>' : ''}`;
        if (record.waited && record.waited.length > 0) {
            name += record.waited
                .map((step) => `<br>&nbsp;&nbsp;${format/* RESULT_MARKS */.xu[step.result]} ${escapeCell(step.name)}: ${step.result}`)
                .join('');
        }
        name += notes(record);
        const outcome = record.result === undefined
            ? 'not run'
            : record.outcome && record.outcome !== record.result
                ? `${model/* toConclusion */.P[record.outcome]} / ${model/* toConclusion */.P[record.result]}`
                : model/* toConclusion */.P[record.result];
        const queued = record.background && record.queuedAt !== undefined && record.startedAt !== undefined
            ? (0,format/* formatSeconds */.Xo)(record.startedAt - record.queuedAt)
            : '—';
        const start = record.startedAt !== undefined ? `+${(0,format/* formatSeconds */.Xo)(record.startedAt)}` : '—';
        const duration = record.startedAt !== undefined && record.endedAt !== undefined
            ? (0,format/* formatSeconds */.Xo)(record.endedAt - record.startedAt)
            : '—';
        return `| ${format/* RESULT_MARKS */.xu[result]} | ${name} | ${kindOf(record)} | ${outcome} | ${queued} | ${start} | ${duration} |`;
    });
    return ('| | Step | Kind | Outcome / conclusion | Queued | Start | Duration |\n' +
        '|:-:|---|---|---|--:|--:|--:|\n' +
        rows.join('\n') +
        '\n');
}
/** Beyond native: the attempts a `retry:` step made and whether a `ready:` step became ready. */
function notes(record) {
    let text = '';
    if (record.attempts && record.attempts.allowed > 1) {
        text += `<br><sub>attempt ${record.attempts.made} of ${record.attempts.allowed}</sub>`;
    }
    if (record.readiness) {
        const probe = escapeCell(record.readiness.probe);
        text +=
            record.readiness.readyAfterMs !== undefined
                ? `<br><sub>✔ ready after ${(0,format/* formatSeconds */.Xo)(record.readiness.readyAfterMs)} (${probe})</sub>`
                : `<br><sub>✖ not ready (${probe})</sub>`;
    }
    return text;
}
/** Which matrix leg ran which member of each `parallel` group (the `shard` input). */
function shardSection(shard) {
    const rows = shard.groups.flatMap((group) => group.members.map((member) => {
        const here = member.shard === shard.index;
        const where = `${here ? '▶ ' : ''}${member.shard}/${shard.total}`;
        const name = `${escapeCell(group.name)} (line ${group.position.line})`;
        return `| ${name} | ${escapeCell(member.label)} | ${member.weight} | ${where} |`;
    }));
    const intro = `Members of \`parallel\` groups are split across ${shard.total} matrix leg(s) by weight; ` +
        `this leg is shard ${shard.index}/${shard.total} and ran the members marked ▶. ` +
        'Every other step runs on every leg.';
    if (rows.length === 0)
        return `### Shard ${shard.index}/${shard.total}\n\n${intro}\n`;
    return (`### Shard ${shard.index}/${shard.total}\n\n${intro}\n\n` +
        '| Group | Member | Weight | Shard |\n|---|---|--:|:-:|\n' +
        rows.join('\n') +
        '\n');
}
function kindOf(record) {
    if (record.implicit)
        return 'implicit wait-all';
    if (record.kind === 'wait' && record.parallelGroup !== undefined)
        return 'parallel';
    return record.kind;
}
/** A Mermaid gantt chart (GitHub renders it): main-loop steps and background steps side by side. */
function timeline(records) {
    const ran = records.filter((r) => r.startedAt !== undefined && r.endedAt !== undefined);
    if (ran.length === 0)
        return '';
    const line = (record) => {
        const start = Math.round(record.startedAt);
        const end = Math.max(Math.round(record.endedAt), start + 1);
        const tag = tagOf(record.result);
        return `    ${ganttName(record.displayName)} :${tag}${start}, ${end}`;
    };
    const main = ran.filter((r) => !r.background);
    const background = ran.filter((r) => r.background);
    // Seconds and milliseconds for short runs; minutes and seconds once a run passes a minute.
    const longest = Math.max(...ran.map((r) => r.endedAt));
    const axis = longest < 60_000 ? '%S.%Ls' : '%M:%S';
    const lines = ['```mermaid', 'gantt', '    dateFormat x', `    axisFormat ${axis}`];
    if (main.length > 0)
        lines.push('    section Main loop', ...main.map(line));
    if (background.length > 0)
        lines.push('    section Background', ...background.map(line));
    lines.push('```');
    return '### Timeline\n\n' + lines.join('\n') + '\n';
}
function tagOf(result) {
    switch (result) {
        case 'Failed':
            return 'crit, ';
        case 'Canceled':
            return 'crit, done, ';
        case 'Succeeded':
        case 'Skipped':
        case undefined:
            return '';
    }
}
/** Mermaid task names cannot hold `:`, `;` or `#`; keep them short. */
function ganttName(name) {
    const clean = name.replace(/[:;#\r\n]+/g, ' ').trim() || 'step';
    return clean.length > 60 ? clean.slice(0, 59) + '…' : clean;
}
/** Most bytes of the annotation table, so the whole summary stays within the runner's limit. */
const HIDDEN_ANNOTATIONS_BYTES = 256 * 1024;
/** Annotations beyond the runner's 10 per kind, which only this summary shows. */
function hiddenAnnotations(records) {
    const seen = {};
    const hidden = [];
    let dropped = 0;
    for (const record of records) {
        dropped += (0,annotation_budget/* droppedAnnotations */.BS)(record.annotations);
        for (const annotation of record.annotations) {
            seen[annotation.kind] = (seen[annotation.kind] ?? 0) + 1;
            if (seen[annotation.kind] > ANNOTATIONS_PER_KIND)
                hidden.push({ step: record.displayName, annotation });
        }
    }
    if (hidden.length === 0 && dropped === 0)
        return '';
    const all = hidden.map(({ step, annotation }) => {
        const where = [
            annotation.properties.file,
            annotation.properties.line,
            annotation.properties.col
        ]
            .filter(Boolean)
            .join(':');
        const title = annotation.properties.title
            ? `**${escapeCell(annotation.properties.title)}** `
            : '';
        return `| ${annotation.kind} | ${escapeCell(step)} | ${escapeCell(where)} | ${title}${escapeCell(annotation.message)} |`;
    });
    // A step may print thousands of annotations (or one of megabytes): the section has a budget.
    const rows = [];
    let size = 0;
    for (const row of all) {
        const bytes = Buffer.byteLength(row) + 1;
        if (size + bytes > HIDDEN_ANNOTATIONS_BYTES)
            break;
        rows.push(row);
        size += bytes;
    }
    const more = all.length - rows.length + dropped;
    if (more > 0)
        rows.push(`| … | | | ${more} more not shown (summary size limit) |`);
    return (`### Annotations the runner did not show\n\nThe runner shows at most ${ANNOTATIONS_PER_KIND} errors, ${ANNOTATIONS_PER_KIND} warnings and ${ANNOTATIONS_PER_KIND} notices per step, and every nested step shares ours. The rest:\n\n` +
        '| Kind | Step | Where | Message |\n|---|---|---|---|\n' +
        rows.join('\n') +
        '\n');
}
function matrixLeg(matrix) {
    if (matrix === null || typeof matrix !== 'object')
        return '';
    return Object.entries(matrix)
        .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .map(escapeCell)
        .join(', ');
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Appends the summary to our GITHUB_STEP_SUMMARY; degrades to a notice where there is none. */
function writeSummary(report, options = {}) {
    if (!toolkit/* appendSummary */.fe(renderSummary(report, options))) {
        toolkit/* info */.pq('No GITHUB_STEP_SUMMARY on this runner: the job summary was not written.');
    }
}
/** Appends nested steps' own summaries (our post stage: nested posts' summaries), one block each. */
function appendStepSummaries(summaries) {
    for (const summary of summaries) {
        core.appendSummary(summary.endsWith('\n') ? summary : summary + '\n');
    }
}

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: ./src/runner/process.ts + 5 modules
var runner_process = __nccwpck_require__(8059);
;// CONCATENATED MODULE: ./src/cancellation.ts
/**
 * Our own step's cancellation (spec/semantics.md Q12). When the runner cancels the job it sends
 * us SIGINT, SIGTERM 7.5 s later and kills us at 10 s — too short for each nested step's own
 * 7.5 s + 2.5 s sequence. So: every nested process gets SIGINT at once (through cancelSignal),
 * SIGTERM after CANCEL_TERM_MS, SIGKILL (killSignal) after CANCEL_KILL_MS; the loop then runs
 * what the rules still run and exits well before the runner's kill.
 */


const CANCEL_TERM_MS = 2500;
const CANCEL_KILL_MS = 5000;
/** Last resort before the runner's kill at 10 s, should anything of ours still hang. */
const CANCEL_BACKSTOP_MS = 8500;
/** Installs SIGINT/SIGTERM handlers that drive the two signals; `backstop` runs at CANCEL_BACKSTOP_MS. */
function watchForCancellation(backstop) {
    const cancel = new AbortController();
    const kill = new AbortController();
    // Every running nested process listens to both: no listener limit (Node warns past 10).
    (0,external_node_events_namespaceObject.setMaxListeners)(0, cancel.signal, kill.signal);
    const timers = [];
    const onSignal = () => {
        if (cancel.signal.aborted)
            return;
        cancel.abort('job cancelled');
        timers.push(setTimeout(() => (0,runner_process/* signalAllProcessGroups */.P5)('SIGTERM'), CANCEL_TERM_MS));
        timers.push(setTimeout(() => kill.abort('deadline'), CANCEL_KILL_MS));
        timers.push(setTimeout(backstop, CANCEL_BACKSTOP_MS).unref());
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        cancelSignal: cancel.signal,
        killSignal: kill.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            for (const timer of timers)
                clearTimeout(timer);
        }
    };
}

// EXTERNAL MODULE: ./src/runner/file-commands.ts
var file_commands = __nccwpck_require__(5277);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/runner/runner-temp.ts
/**
 * A preflight of RUNNER_TEMP, where every nested step's script and file-command files live and
 * where buffered logs spill. Checked once before the first step, so a broken folder (a file in
 * its place, a read-only mount) gives one clear error and no step runs, instead of each step
 * failing with a bare errno — or a log spill failing in the middle of a flood.
 */





/** The folder buffered step logs spill to, under RUNNER_TEMP. */
const LOG_SPILL_FOLDER = '_background_steps_logs';
/** Makes our folders under `runnerTemp` and writes a probe file; returns the problem, if any. */
function checkRunnerTemp(runnerTemp) {
    try {
        for (const folder of [file_commands/* FILE_COMMANDS_FOLDER */.Jf, LOG_SPILL_FOLDER]) {
            external_node_fs_.mkdirSync(external_node_path_.join(runnerTemp, folder), { recursive: true });
        }
        const probe = external_node_path_.join(runnerTemp, file_commands/* FILE_COMMANDS_FOLDER */.Jf, `probe-${(0,external_node_crypto_.randomUUID)()}`);
        external_node_fs_.writeFileSync(probe, '');
        external_node_fs_.rmSync(probe);
        return undefined;
    }
    catch (error) {
        const reason = (0,errors/* errorText */.k)(error);
        return `RUNNER_TEMP '${runnerTemp}' cannot hold the nested steps' files: ${reason}`;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/actions/allowed-actions.ts
var allowed_actions = __nccwpck_require__(7577);
;// CONCATENATED MODULE: ./src/settings.ts
/**
 * Every input of the action, read once and validated into typed Settings (the only module that
 * calls `core.getInput`). Input errors are collected, not thrown, so they are reported together
 * with the step list's own errors.
 */





const Inputs = {
    Steps: 'steps',
    StepsFile: 'steps-file',
    MaxConcurrency: 'max-concurrency',
    FailFast: 'fail-fast',
    LogMode: 'log-mode',
    Summary: 'summary',
    Token: 'token',
    FallbackApiUrl: 'fallback-api-url',
    FallbackToken: 'fallback-token',
    AllowedActions: 'allowed-actions',
    Matrix: 'matrix',
    Strategy: 'strategy',
    Job: 'job',
    Secrets: 'secrets',
    Vars: 'vars',
    Inputs: 'inputs',
    Needs: 'needs',
    Defaults: 'defaults',
    Shard: 'shard'
};
const LOG_MODES = ['grouped', 'prefixed'];
/** Reads and validates every input. */
function readSettings(env = process.env) {
    const errors = [];
    const fail = (message) => {
        errors.push({ message });
    };
    const input = (name) => toolkit/* getInput */.V4(name);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    // The inline list keeps its whitespace so error lines and columns match the input.
    const inline = toolkit/* getInput */.V4(Inputs.Steps, { trimWhitespace: false });
    const file = input(Inputs.StepsFile);
    let source;
    if (inline.trim() !== '' && file !== '') {
        fail("Set exactly one of the inputs 'steps' and 'steps-file', not both.");
    }
    else if (file !== '') {
        try {
            source = {
                mode: 'file',
                text: external_node_fs_.readFileSync(external_node_path_.resolve(workspace, file), 'utf8'),
                fileName: file
            };
        }
        catch (error) {
            fail(`Cannot read the steps-file '${file}': ${error.message}`);
        }
    }
    else if (inline.trim() !== '') {
        source = { mode: 'inline', text: inline, fileName: 'steps' };
    }
    else {
        fail("Set one of the inputs 'steps' (an inline YAML step list) or 'steps-file'.");
    }
    const maxText = input(Inputs.MaxConcurrency) || '10';
    const maxConcurrency = /^\d+$/.test(maxText) ? Number(maxText) : NaN;
    if (!Number.isSafeInteger(maxConcurrency) || maxConcurrency < 1) {
        fail(`Input 'max-concurrency' must be a positive integer, got '${maxText}'.`);
    }
    const logMode = (input(Inputs.LogMode) || 'grouped');
    if (!LOG_MODES.includes(logMode)) {
        fail(`Input 'log-mode' must be one of ${LOG_MODES.join(', ')}, got '${logMode}'.`);
    }
    const failFast = booleanInput(input(Inputs.FailFast), Inputs.FailFast, false, fail);
    const summary = booleanInput(input(Inputs.Summary), Inputs.Summary, true, fail);
    const json = (name, empty) => jsonInput(input(name), name, empty, fail);
    const secrets = json(Inputs.Secrets, {});
    const defaults = defaultsInput(input(Inputs.Defaults), fail);
    const shard = shardInput(input(Inputs.Shard), fail);
    const job = json(Inputs.Job, {});
    const dockerNetwork = containerNetwork(job);
    const allowedActions = (0,allowed_actions/* parseAllowedActions */.p)(input(Inputs.AllowedActions), fail);
    const settings = {
        source: source ?? { mode: 'inline', text: '', fileName: 'steps' },
        maxConcurrency,
        failFast,
        logMode,
        summary,
        token: input(Inputs.Token),
        fallbackApiUrl: urlInput(input(Inputs.FallbackApiUrl), Inputs.FallbackApiUrl, fail),
        fallbackToken: input(Inputs.FallbackToken),
        ...(allowedActions ? { allowedActions } : {}),
        matrix: json(Inputs.Matrix, null),
        strategy: json(Inputs.Strategy, {}),
        job,
        ...(dockerNetwork !== undefined ? { dockerNetwork } : {}),
        secrets: stringRecord(secrets),
        vars: json(Inputs.Vars, {}),
        inputs: json(Inputs.Inputs, {}),
        needs: json(Inputs.Needs, {}),
        defaults,
        workspace,
        ...(shard ? { shard } : {})
    };
    return errors.length > 0 || !source ? { errors } : { settings, errors };
}
/** The job's container network, named in the `job` context when it has one. */
function containerNetwork(job) {
    const network = job?.container?.network;
    return typeof network === 'string' && network !== '' ? network : undefined;
}
function booleanInput(value, name, fallback, fail) {
    if (value === '')
        return fallback;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    fail(`Input '${name}' must be true or false, got '${value}'.`);
    return fallback;
}
/** An http(s) URL without trailing slashes, or '' for none. */
function urlInput(value, name, fail) {
    if (value === '')
        return '';
    if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(value)) {
        fail(`Input '${name}' must be an http(s) URL or empty, got '${value}'.`);
        return '';
    }
    return value.replace(/\/+$/, '');
}
function jsonInput(value, name, empty, fail) {
    if (value.trim() === '')
        return empty;
    try {
        return JSON.parse(value);
    }
    catch (error) {
        fail(`Input '${name}' is not valid JSON: ${error.message}`);
        return empty;
    }
}
/** Secrets as name → string; every value is registered as a mask by the caller. */
function stringRecord(value) {
    const out = {};
    if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            out[key] = typeof item === 'string' ? item : JSON.stringify(item);
        }
    }
    return out;
}
/**
 * `shard` as `i/n` (0-based index i of n legs), e.g. `${{ strategy.job-index }}/${{
 * strategy.job-total }}`; empty means no sharding.
 */
function shardInput(value, fail) {
    if (value === '')
        return undefined;
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
    if (!match) {
        fail(`Input 'shard' must be 'index/total' in whole numbers, for example '0/3', got '${value}'.`);
        return undefined;
    }
    const index = Number(match[1]);
    const total = Number(match[2]);
    if (!Number.isSafeInteger(total) || total < 1) {
        fail(`Input 'shard' needs a total of 1 or more, got '${value}'.`);
        return undefined;
    }
    if (!Number.isSafeInteger(index) || index >= total) {
        fail(`Input 'shard' must have an index from 0 to ${total - 1} (0-based, like strategy.job-index), got '${value}'.`);
        return undefined;
    }
    return { index, total };
}
/** `defaults` like workflow `defaults:` — `run: { shell, working-directory }`, as YAML or JSON. */
function defaultsInput(value, fail) {
    if (value.trim() === '')
        return {};
    let parsed;
    try {
        parsed = dist.parse(value);
    }
    catch (error) {
        fail(`Input 'defaults' is not valid YAML or JSON: ${error.message}`);
        return {};
    }
    const run = parsed?.run;
    if (parsed === null ||
        typeof parsed !== 'object' ||
        (run !== undefined && typeof run !== 'object')) {
        fail("Input 'defaults' must be a mapping like { run: { shell: bash, working-directory: dir } }.");
        return {};
    }
    const unknownKeys = Object.keys(run ?? {}).filter((k) => k !== 'shell' && k !== 'working-directory');
    if (unknownKeys.length > 0) {
        fail(`Input 'defaults' has unexpected key(s) under run: ${unknownKeys.join(', ')}.`);
    }
    const text = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
    return { shell: text(run?.shell), workingDirectory: text(run?.['working-directory']) };
}
function readPostSettings(env = process.env) {
    let status;
    try {
        status = JSON.parse(core.getInput(Inputs.Job) || '{}').status;
    }
    catch {
        status = undefined;
    }
    return {
        jobStatus: status === 'failure' || status === 'cancelled' ? status : 'success',
        workspace: env.GITHUB_WORKSPACE || process.cwd()
    };
}

// EXTERNAL MODULE: ./src/workflow/parse.ts + 7 modules
var parse = __nccwpck_require__(7381);
// EXTERNAL MODULE: ./src/workflow/plan.ts + 1 modules
var workflow_plan = __nccwpck_require__(1088);
;// CONCATENATED MODULE: ./src/run.ts
/**
 * Orchestration of our main step: settings → validation → plan → job → outputs and summary.
 * Returns the failure message for the entry point to report (only entry points call setFailed).
 */




















/** Runs the main stage; resolves to a failure message, or undefined on success. */
async function runMain() {
    (0,stdout/* makeStdoutBlocking */.Z)();
    if (process.platform === 'win32') {
        // No process groups there: cancellation reaches a step's own process only (DESIGN §2).
        toolkit/* warning */.$e('Background Steps targets Linux and macOS runners; on Windows a cancelled step may leave child processes behind.');
    }
    // The handlers go in first: a job cancelled while we validate or download actions must still
    // end with result=cancelled and a summary, not with Node's default death by signal.
    let log;
    const cancellation = watchForCancellation(() => {
        // Something still hangs 8.5 s after the cancellation: report what we know and leave
        // before the runner's kill at 10 s.
        log?.flush();
        toolkit/* setOutput */.uH('result', 'cancelled');
        toolkit/* error */.z3('Background Steps did not finish within its cancellation window; exiting.');
        process.exit(1);
    });
    try {
        return await runCancellable(cancellation, (created) => (log = created));
    }
    finally {
        cancellation.dispose();
        // Whatever still runs now is a step a `cancel` abandoned after its grace (R29.3) or one a
        // crash left behind: its SIGTERM/SIGKILL timers die with us, so stop it before we exit.
        // Daemons of steps that ended are not in this list and are left alone.
        (0,runner_process/* signalAllProcessGroups */.P5)('SIGKILL');
    }
}
async function runCancellable(cancellation, logCreated) {
    const { settings, errors } = readSettings();
    // Secrets are masked before anything else is printed: our secrets input, each line of a
    // multi-line one (output reaches the runner line by line), and the token.
    const masker = new SecretMasker();
    if (settings) {
        const tokens = [settings.token, settings.fallbackToken];
        for (const value of [...Object.values(settings.secrets), ...tokens]) {
            if (value)
                masker.add(value);
        }
        for (const value of masker.secrets)
            toolkit/* setSecret */.Pq(value);
    }
    if (!settings) {
        for (const error of errors)
            toolkit/* error */.z3(error.message, { title: 'Background Steps input' });
        return `Invalid input: ${errors.length} error(s).`;
    }
    const runnerTemp = process.env.RUNNER_TEMP || external_node_os_.tmpdir();
    // The first steps' file-command files get made on another core while we validate: as many
    // as the list may start at once, guessed from its `- ` items (the plan corrects it below).
    const items = settings.source.text.match(/^\s*- /gm)?.length ?? 0;
    void (0,file_commands/* prefetchFileCommandFiles */.es)(runnerTemp, Math.min(settings.maxConcurrency, items) + 1);
    const parsed = (0,parse/* parseStepList */.Uq)({
        source: settings.source.text,
        fileName: settings.source.fileName,
        mode: settings.source.mode
    });
    if (parsed.errors.length > 0) {
        for (const error of parsed.errors)
            annotate(error, settings);
        return `The step list is invalid (${parsed.errors.length} error(s)); no step ran.`;
    }
    const tempProblem = checkRunnerTemp(runnerTemp);
    if (tempProblem !== undefined) {
        toolkit/* error */.z3(tempProblem, { title: 'Background Steps' });
        return 'RUNNER_TEMP is not usable; no step ran.';
    }
    const plan = (0,workflow_plan/* buildPlan */.Gg)(parsed.steps, { shard: settings.shard });
    // As many sets as can be in use at once: the background steps a slot can hold, and one more.
    const background = plan.steps.filter((step) => 'background' in step && step.background).length;
    void (0,file_commands/* prefetchFileCommandFiles */.es)(runnerTemp, Math.min(settings.maxConcurrency, background) + 1);
    const log = new report_log/* LogMultiplexer */.m({
        mode: settings.logMode,
        write: stdout/* writeStdout */.j,
        spillDir: external_node_path_.join(runnerTemp, LOG_SPILL_FOLDER),
        colour: !process.env.NO_COLOR,
        // Labels belong to run/uses steps only; control steps print inside their own group.
        labelWidth: Math.max(1, ...plan.steps
            .filter((step) => step.kind === 'run' || step.kind === 'uses')
            .map((step) => (step.name ?? (0,workflow_plan/* syntheticName */.FB)(step)).length))
    });
    logCreated(log);
    // Nested masks are recorded too: the summary is a file the runner's masker never sees.
    const logs = recordingMasks(log, masker);
    // A plain copy, read from here on: every step's environment is built from it, and each read
    // of process.env goes through the C++ environment (0.1 ms per step for ~100 variables).
    const runnerEnv = { ...process.env };
    const host = {
        baseEnv: runnerEnv,
        runnerTemp,
        workspace: settings.workspace,
        defaults: settings.defaults,
        states: new Map(),
        maxConcurrency: settings.maxConcurrency,
        jobCancelSignal: cancellation.cancelSignal,
        ...(settings.dockerNetwork !== undefined ? { dockerNetwork: settings.dockerNetwork } : {})
    };
    // Only a list with a `uses:` step loads what actions need (start-up of `run:`-only lists).
    const uses = (0,workflow_plan/* usesOf */.MZ)(parsed.steps).length > 0 ? await Promise.all(/* import() */[__nccwpck_require__.e(151), __nccwpck_require__.e(708)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8708)) : undefined;
    if (uses) {
        host.postStages = new uses.PostStageRegistry({ runnerTemp });
        // Saved now, not at the end: if our main is killed (the runner's SIGKILL, our own backstop
        // exit), the nested posts still run from the manifest, which every registration rewrites.
        toolkit/* saveState */.LZ(POST_MANIFEST_STATE, host.postStages.manifestPath);
        host.resolveOptions = uses.resolveOptionsFor(runnerEnv, settings, runnerTemp, toolkit/* info */.pq);
        // "Prepare all required actions": every `uses:` resolved, downloaded and loaded first.
        toolkit/* info */.pq('Prepare all required actions');
        const resolution = await uses.resolveActions(parsed.steps, host.resolveOptions);
        if (resolution.errors.length > 0) {
            for (const message of resolution.errors) {
                toolkit/* error */.z3(message, { title: 'Background Steps: action' });
            }
            return `${resolution.errors.length} action(s) could not be prepared; no step ran.`;
        }
        host.actions = resolution.catalog;
    }
    const initialEnv = (0,expressions_contexts/* baseEnvContext */.eX)(runnerEnv);
    const contexts = {
        github: (0,expressions_contexts/* githubContext */.h4)(runnerEnv, readEvent(runnerEnv), settings.token),
        runner: (0,expressions_contexts/* runnerContext */.cE)(runnerEnv),
        job: settings.job,
        strategy: settings.strategy,
        matrix: settings.matrix,
        secrets: settings.secrets,
        vars: settings.vars,
        inputs: settings.inputs,
        needs: settings.needs
    };
    const prelude = await uses?.runPrelude(plan.steps, host, logs, () => ({
        contexts: { ...contexts, env: initialEnv, steps: {} },
        status: 'success',
        cancelled: cancellation.cancelSignal.aborted,
        workspace: settings.workspace
    }), cancellation);
    const report = await (0,job/* runJob */.b)({
        plan,
        executorFor: (0,executors/* createExecutors */.Z)(host, uses?.createActionExecutors),
        log: logs,
        contexts,
        initialEnv,
        workspace: settings.workspace,
        maxConcurrency: settings.maxConcurrency,
        failFast: settings.failFast,
        cancelSignal: cancellation.cancelSignal,
        killSignal: cancellation.killSignal,
        prelude
    });
    log.flush();
    await finish(report, settings, host, initialEnv, masker);
    return failureMessage(report);
}
async function finish(report, settings, host, initialEnv, masker) {
    handOver(report);
    // Nested actions' post stages run in our own post; they find what they need through our state.
    if (host.postStages && host.postStages.registered.length > 0) {
        const env = { ...initialEnv, ...Object.fromEntries(report.exportedEnv) };
        const manifest = await host.postStages.persist({ env, pathPrepend: report.pathPrepend });
        toolkit/* saveState */.LZ(POST_MANIFEST_STATE, manifest);
    }
    if (settings.summary) {
        try {
            writeSummary(report, { matrix: settings.matrix, mask: (text) => masker.mask(text) });
        }
        catch (error) {
            toolkit/* warning */.$e(`The job summary could not be written: ${error.message}`);
        }
    }
}
function failureMessage(report) {
    switch (report.result) {
        case 'success':
            return undefined;
        case 'cancelled':
            return 'The step list was cancelled.';
        case 'failure':
            return report.failedSteps.length > 0
                ? `Nested step(s) failed: ${report.failedSteps.join(', ')}`
                : 'The step list failed.';
    }
}
/** A validation error as an annotation with line and column (and the file for steps-file). */
function annotate(error, settings) {
    const inline = settings.source.mode === 'inline';
    toolkit/* error */.z3(error.message, {
        title: inline && error.line !== undefined
            ? `steps input (Line: ${error.line}, Col: ${error.column})`
            : undefined,
        file: inline ? undefined : settings.source.fileName,
        startLine: error.line,
        startColumn: error.column,
        endLine: error.endLine,
        endColumn: error.endLine === error.line ? error.endColumn : undefined
    });
}
/** The event payload the runner wrote for this job (github.event). */
function readEvent(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 5047:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ buildStepEnvironment)
/* harmony export */ });
/* unused harmony export effectivePath */
/* harmony import */ var _expressions_contexts_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4579);
/**
 * The environment a nested step's process receives (spec/runner-emulation.md §1.1, §1.5;
 * spec/semantics.md §4.1). Later layers win.
 */

/** Runtime credentials the runner hands only to JavaScript and Docker actions, never to `run:` steps. */
const ACTION_ONLY_RUNTIME_VARIABLES = [
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_CACHE_MODE'
];
/** Whether a variable of our own process must not reach a nested process of this kind. */
function isPrivateToUs(name, kind) {
    // Our INPUT_* carry our own inputs (the token, secrets JSON); our STATE_* are our post's.
    if (name.startsWith('INPUT_') || name.startsWith('STATE_'))
        return true;
    if (name === 'GITHUB_ACTION_PATH')
        return true;
    return kind === 'run' && ACTION_ONLY_RUNTIME_VARIABLES.includes(name);
}
/** The PATH a nested process sees: flushed prepends, most recent first, then the original PATH. */
function effectivePath(pathPrepend, originalPath) {
    const parts = [...pathPrepend].reverse();
    if (originalPath)
        parts.push(originalPath);
    return parts.join(':');
}
/** Builds the full environment of one nested process. */
function buildStepEnvironment(request) {
    const env = {};
    for (const [name, value] of Object.entries(request.base)) {
        if (value !== undefined && !isPrivateToUs(name, request.kind))
            env[name] = value;
    }
    Object.assign(env, request.envContext, request.extra ?? {});
    env.PATH = effectivePath(request.pathPrepend, request.base.PATH);
    // The node handler removes it after the env context is in (§1.1 step 3), whoever set it.
    if (request.kind === 'node')
        delete env.NODE_ICU_DATA;
    // Context variables overwrite user values (runner-emulation §1.1 step 4).
    for (const name of _expressions_contexts_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTEXT_VARIABLE_NAMES */ .Au) {
        const value = request.base[name];
        if (value !== undefined && name !== 'GITHUB_ACTION_PATH')
            env[name] = value;
    }
    const { files, ...identity } = request.identity;
    env.GITHUB_ACTION = identity.GITHUB_ACTION;
    env.GITHUB_ACTION_REPOSITORY = identity.GITHUB_ACTION_REPOSITORY ?? '';
    env.GITHUB_ACTION_REF = identity.GITHUB_ACTION_REF ?? '';
    if (identity.GITHUB_ACTION_PATH !== undefined)
        env.GITHUB_ACTION_PATH = identity.GITHUB_ACTION_PATH;
    Object.assign(env, files);
    env.GITHUB_ACTIONS = 'true';
    if (request.envContext.CI === undefined && request.base.CI === undefined)
        env.CI = 'true';
    return env;
}


/***/ }),

/***/ 5277:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ readFileCommands),
/* harmony export */   Jf: () => (/* binding */ FILE_COMMANDS_FOLDER),
/* harmony export */   Kq: () => (/* binding */ recycleFileCommandFiles),
/* harmony export */   es: () => (/* binding */ prefetchFileCommandFiles),
/* harmony export */   nm: () => (/* binding */ createFileCommandFiles)
/* harmony export */ });
/* unused harmony exports FILE_COMMANDS, STEP_SUMMARY_SIZE_LIMIT, KeyValueFileError, parseKeyValueFile, parseKeyValueEntries */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _folders_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7175);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3916);
/**
 * Per-step file commands (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_PATH`, `GITHUB_STATE`,
 * `GITHUB_STEP_SUMMARY`): creating a nested step's fresh files and reading them back after its
 * process exits, with the runner's exact format rules and messages
 * (spec/runner-emulation.md §1.6, §3.1, §3.2; runner `src/Runner.Worker/FileCommandManager.cs`).
 *
 * Reading never applies anything: it returns what the caller should apply, in file order, so
 * the engine can defer it (spec/semantics.md R13) or apply it at once.
 */






/** File-name prefix of each file command, keyed by the variable that points at the file. */
const FILE_COMMANDS = {
    GITHUB_PATH: 'add_path_',
    GITHUB_ENV: 'set_env_',
    GITHUB_STEP_SUMMARY: 'step_summary_',
    GITHUB_STATE: 'save_state_',
    GITHUB_OUTPUT: 'set_output_'
};
/** Folder under `RUNNER_TEMP` the runner uses; Docker actions get exactly this folder mounted. */
const FILE_COMMANDS_FOLDER = '_runner_file_commands';
/** The runner refuses step summaries larger than this many bytes (`AttachmentSizeLimit`). */
const STEP_SUMMARY_SIZE_LIMIT = 1024 * 1024;
/** Thrown by `parseKeyValueFile`; carries the entries parsed before the bad line. */
class KeyValueFileError extends Error {
    entries;
    constructor(message, entries) {
        super(message);
        this.entries = entries;
        this.name = 'KeyValueFileError';
    }
}
/**
 * The runner's name for each file in `Unable to process file command '<name>' successfully.`,
 * listed in the order the runner processes the files (ExtensionManager registration order).
 */
const PROCESSING_ORDER = [
    ['GITHUB_PATH', 'path'],
    ['GITHUB_ENV', 'env'],
    ['GITHUB_STEP_SUMMARY', 'step_summary'],
    ['GITHUB_STATE', 'state'],
    ['GITHUB_OUTPUT', 'output']
];
/** The only name `GITHUB_ENV` refuses (compared case-insensitively). */
const BLOCKED_ENV_NAME = 'NODE_OPTIONS';
/** Prefetched sets, created in the background and never used, per folder. */
const freshSets = new Map();
/** Finished steps' sets, emptied, to be renamed for the next step, per folder. */
const spentSets = new Map();
/** Prefetched sets still being created, per folder. */
const setsInFlight = new Map();
function listIn(lists, folder) {
    let list = lists.get(folder);
    if (list === undefined)
        lists.set(folder, (list = []));
    return list;
}
/** `<prefix><one new GUID>` for each file command, in `folder`. */
function newNames(folder) {
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const files = {};
    for (const [name, prefix] of Object.entries(FILE_COMMANDS)) {
        files[name] = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, `${prefix}${suffix}`);
    }
    return files;
}
/**
 * Fresh empty files `$RUNNER_TEMP/_runner_file_commands/<prefix><guid>` for one step run, one
 * GUID shared by its files, as the runner's InitializeFiles. A prefetched set is taken as it is;
 * otherwise a finished step's emptied set is renamed to the new names instead of creating files:
 * the step sees what the runner gives it, but a rename stays cheap where a file creation can
 * stall for most of a millisecond on a journalling disk busy with deletions (ext4 with `discard`,
 * five per step). Synchronous on purpose: five tiny operations through the thread pool cost more
 * in round trips than the operations themselves, on every step (`npm run bench`, B2); and an
 * action step evaluates its inputs against these files and registers its post at once.
 */
function createFileCommandFiles(runnerTemp) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(runnerTemp, FILE_COMMANDS_FOLDER);
    const fresh = freshSets.get(folder)?.pop();
    if (fresh !== undefined)
        return fresh;
    const spent = spentSets.get(folder)?.pop();
    (0,_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureFolder */ .f)(folder);
    const files = newNames(folder);
    for (const name of Object.keys(files)) {
        if (spent === undefined || !(0,_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .succeeds */ .k)(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(spent.files[name], files[name]))) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(files[name], '');
        }
    }
    return { files };
}
/**
 * Creates up to `count` sets (less those idle or on their way) in the thread pool, in the
 * background: while the main thread validates the list, the first steps' files get made on
 * another core. A failure only means that steps create their own files, as without it. The
 * promise settles (never rejects) once this call's sets are ready to hand out; a run does not
 * wait for it, a test does.
 */
async function prefetchFileCommandFiles(runnerTemp, count) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(runnerTemp, FILE_COMMANDS_FOLDER);
    const inFlight = setsInFlight.get(folder) ?? 0;
    const missing = count - (freshSets.get(folder)?.length ?? 0) - inFlight;
    if (missing <= 0)
        return;
    setsInFlight.set(folder, inFlight + missing);
    const createSet = async () => {
        try {
            const files = newNames(folder);
            await Promise.all(Object.values(files).map(async (file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, '')));
            listIn(freshSets, folder).push({ files });
        }
        finally {
            setsInFlight.set(folder, (setsInFlight.get(folder) ?? 1) - 1);
        }
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(folder, { recursive: true })
        .then(async () => Promise.all(Array.from({ length: missing }, createSet)))
        .catch(() => undefined);
}
/**
 * Hands a finished step's files back for a later step's `createFileCommandFiles`, emptied. Call
 * only once nothing the step started can still write: its process exited and every holder of
 * its output pipes closed them. A set with a file that is gone or was replaced (a link, a
 * folder, a second name) is left alone, exactly as the runner leaves every set.
 */
function recycleFileCommandFiles(files) {
    try {
        for (const file of Object.values(files.files)) {
            const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file);
            if (!info.isFile() || info.nlink !== 1)
                return;
            // O_NOFOLLOW: a link swapped in after the check cannot make us empty its target.
            if (info.size > 0) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW));
            }
        }
    }
    catch {
        return;
    }
    listIn(spentSets, node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(files.files.GITHUB_OUTPUT)).push(files);
}
/** Reads and parses a step's files after its process exited (also after failure/cancel); synchronous, as creation. */
async function readFileCommands(files) {
    const result = {
        outputs: [],
        env: [],
        path: [],
        state: [],
        summary: '',
        errors: [],
        warnings: []
    };
    for (const [variable, contextName] of PROCESSING_ORDER) {
        const file = files.files[variable];
        if (variable === 'GITHUB_STEP_SUMMARY') {
            readSummary(file, result);
            continue;
        }
        // Every file is handled on its own: one bad file does not stop the others (runner try/catch).
        try {
            // Most steps write none of their files: one stat instead of open, read and close each.
            if (isEmptyFile(file))
                continue;
            // The runner checks `File.Exists` for GITHUB_PATH only, so a directory there is skipped.
            const content = readTextIfPresent(file, variable === 'GITHUB_PATH');
            if (content === undefined)
                continue;
            if (variable === 'GITHUB_PATH') {
                result.path.push(...splitPathFileLines(content));
                continue;
            }
            const { entries, error } = parseKeyValueEntries(content);
            addEntries(variable, entries, result);
            if (error !== undefined)
                failFile(contextName, error, result);
        }
        catch (error) {
            failFile(contextName, (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorText */ .k)(error), result);
        }
    }
    return Promise.resolve(result);
}
/** The runner's key=value / heredoc parser (EnvFileKeyValuePairs). Throws Error with the runner's message. */
function parseKeyValueFile(content) {
    const { entries, error } = parseKeyValueEntries(content);
    if (error !== undefined)
        throw new KeyValueFileError(error, entries);
    return entries;
}
/** Like `parseKeyValueFile`, but returns the entries before a bad line together with its error. */
function parseKeyValueEntries(content) {
    const text = stripByteOrderMark(content);
    const entries = [];
    let index = 0;
    for (let line = readLine(text, index); line; line = readLine(text, index)) {
        index = line.next;
        if (line.text === '')
            continue;
        const equals = line.text.indexOf('=');
        const heredoc = line.text.indexOf('<<');
        if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
            const name = line.text.slice(0, equals);
            // The runner's own emptiness check looks at the line, not the name, so `=x` slips through
            // and breaks later; we report it with the message that check was meant to give.
            if (name === '')
                return { entries, error: `Invalid format '${line.text}'. Name must not be empty` };
            entries.push([name, line.text.slice(equals + 1)]);
        }
        else if (heredoc >= 0) {
            const name = line.text.slice(0, heredoc);
            const delimiter = line.text.slice(heredoc + 2);
            if (name === '' || delimiter === '') {
                return {
                    entries,
                    error: `Invalid format '${line.text}'. Name must not be empty and delimiter must not be empty`
                };
            }
            const value = readHeredocValue(text, index, delimiter);
            if ('error' in value)
                return { entries, error: value.error };
            index = value.next;
            entries.push([name, value.value]);
        }
        else {
            return { entries, error: `Invalid format '${line.text}'` };
        }
    }
    return { entries };
}
/** Reads the line at `start`; only `\n` ends a line, as on the runner's Linux build. */
function readLine(text, start) {
    if (start >= text.length)
        return undefined;
    const lf = text.indexOf('\n', start);
    if (lf < 0)
        return { text: text.slice(start), end: text.length, next: text.length, terminated: false };
    return { text: text.slice(start, lf), end: lf, next: lf + 1, terminated: true };
}
/** Reads heredoc content from `start` up to a line that is exactly `delimiter`. */
function readHeredocValue(text, start, delimiter) {
    let index = start;
    let end = start;
    for (;;) {
        const line = readLine(text, index);
        if (!line)
            return { error: `Invalid value. Matching delimiter not found '${delimiter}'` };
        if (line.text === delimiter)
            return { value: text.slice(start, end), next: line.next };
        if (!line.terminated)
            return { error: 'Invalid value. EOF marker missing new line.' };
        // The value stops before the newline of its last content line.
        end = line.end;
        index = line.next;
    }
}
/** `File.ReadAllLines` semantics: `\n`, `\r\n` and `\r` all end a line; blank lines are skipped. */
function splitPathFileLines(content) {
    return stripByteOrderMark(content)
        .split(/\r\n|\r|\n/)
        .filter((line) => line !== '');
}
/** Files the result's lists with parsed entries, refusing `NODE_OPTIONS` in GITHUB_ENV. */
function addEntries(variable, entries, result) {
    switch (variable) {
        case 'GITHUB_OUTPUT':
            result.outputs.push(...entries);
            return;
        case 'GITHUB_STATE':
            result.state.push(...entries);
            return;
        case 'GITHUB_ENV':
            for (const entry of entries) {
                if (entry[0].toUpperCase() === BLOCKED_ENV_NAME) {
                    result.warnings.push(`Can't store ${BLOCKED_ENV_NAME} output parameter using '$GITHUB_ENV' command.`);
                }
                else {
                    result.env.push(entry);
                }
            }
            return;
        case 'GITHUB_PATH':
        case 'GITHUB_STEP_SUMMARY':
            return;
    }
}
/** Reads the summary with the runner's size rule; problems never fail the step. */
function readSummary(file, result) {
    try {
        const size = sizeIfPresent(file);
        if (size === undefined || size === 0)
            return;
        if (size > STEP_SUMMARY_SIZE_LIMIT) {
            result.warnings.push(`$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ` +
                `${STEP_SUMMARY_SIZE_LIMIT / 1024}k, got ${Math.floor(size / 1024)}k. For more ` +
                `information see: https://docs.github.com/actions/using-workflows/` +
                `workflow-commands-for-github-actions#adding-a-markdown-summary`);
            return;
        }
        result.summary = stripByteOrderMark((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        result.warnings.push(`Failed to create step summary using 'GITHUB_STEP_SUMMARY': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorText */ .k)(error)}`);
    }
}
/** Records a file that could not be processed the way the runner reports it (two errors). */
function failFile(contextName, detail, result) {
    result.errors.push(`Unable to process file command '${contextName}' successfully.`, detail);
}
/** Reads a UTF-8 file; undefined when it does not exist (the runner silently skips those). */
function readTextIfPresent(file, directoryCountsAsMissing) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorCode */ .C)(error);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        if (code === 'EISDIR' && directoryCountsAsMissing)
            return undefined;
        throw error;
    }
}
/** True for an existing regular file of 0 bytes (reading it would give no entries). */
function isEmptyFile(file) {
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file, { throwIfNoEntry: false });
        return info !== undefined && info.isFile() && info.size === 0;
    }
    catch {
        return false; // let the read report what is wrong
    }
}
/** A regular file's size in bytes; undefined when there is no such file (`File.Exists` false). */
function sizeIfPresent(file) {
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
        return info.isFile() ? info.size : undefined;
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorCode */ .C)(error);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/** .NET's readers drop a UTF-8 byte order mark; Node's do not. */
function stripByteOrderMark(text) {
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}


/***/ }),

/***/ 7175:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ensureFolder),
/* harmony export */   k: () => (/* binding */ succeeds)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Small file-system helpers of the per-step path, where every step start counts (`npm run bench`,
 * B2): folders are made once per run, and best-effort operations report success instead of
 * throwing, so their caller can fall back.
 */

/** Folders already made this run. */
const madeFolders = new Set();
/** Makes `folder` (and its parents) the first time it is asked for in this run. */
function ensureFolder(folder) {
    if (madeFolders.has(folder))
        return;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder, { recursive: true });
    madeFolders.add(folder);
}
/** Runs a file operation that may fail harmlessly; whether it succeeded. */
function succeeds(operation) {
    try {
        operation();
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8059:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R3: () => (/* binding */ runProcess),
  P5: () => (/* binding */ signalAllProcessGroups)
});

// UNUSED EXPORTS: LineDecoder, liveProcessGroups

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
var external_node_vm_default = /*#__PURE__*/__nccwpck_require__.n(external_node_vm_namespaceObject);
;// CONCATENATED MODULE: ./src/runner/flood-memory.ts
/**
 * Bounded memory under output floods. Every pipe read allocates a fresh 64 KiB Buffer, dead as
 * soon as it is relayed or spilled; V8 frees such buffers only when its young generation fills
 * (they are tiny objects there) or when external memory passes ~64 MB, so ten steps flooding at
 * once peaked at ~110 MB, half of it dead buffers. A minor collection (a scavenge, well under a
 * millisecond) after every 4 MiB read keeps that garbage to a few MiB (bench B4: ~70 MB).
 *
 * V8 offers `gc()` only behind `--expose-gc`, set here at run time through Node's documented
 * `v8.setFlagsFromString`; should that ever fail, memory is merely less tight, nothing else.
 */


const COLLECT_EVERY_BYTES = 4 * 1024 * 1024;
let collect;
let sinceCollection = 0;
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        external_node_v8_default().setFlagsFromString('--expose-gc');
        const gc = external_node_vm_default().runInNewContext('gc');
        collect = typeof gc === 'function' ? gc : null;
    }
    catch {
        collect = null;
    }
    return collect;
}
/** Counts bytes read from a nested process; past the threshold, frees the dead read buffers. */
function noteBytesRead(length) {
    sinceCollection += length;
    if (sinceCollection < COLLECT_EVERY_BYTES)
        return;
    sinceCollection = 0;
    collector()?.({ type: 'minor' });
}

;// CONCATENATED MODULE: ./src/runner/process.ts
/**
 * The only place that spawns step processes: each in its own process group, output cut into
 * lines the way the runner's `ProcessInvoker` reads them, and cancellation escalated
 * SIGINT → SIGTERM → SIGKILL over the whole group (runner-emulation §1.7, §1.8; R50).
 */




// ProcessInvoker's _sigintTimeout / _sigtermTimeout and the 5 s wait for streams after exit.
const DEFAULT_SIGTERM_AFTER_MS = 7500;
const DEFAULT_SIGKILL_AFTER_MS = 2500;
const DEFAULT_DRAIN_AFTER_EXIT_MS = 5000;
// V8 cannot build strings much beyond 2^29 characters; a pathological line without any
// terminator is delivered in pieces of this size instead of crashing the whole action.
const MAX_LINE_LENGTH = 2 ** 27;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Leaders of the process groups we started whose leader has not exited yet. */
const liveGroups = new Set();
/** Process groups started by runProcess and not yet exited; used for the final sweep on job cancellation. */
function liveProcessGroups() {
    return [...liveGroups];
}
/** Sends `signal` to every live group (ESRCH ignored). */
function signalAllProcessGroups(signal) {
    for (const leader of liveGroups)
        signalGroup(leader, signal);
}
/**
 * Bytes → lines, matching .NET `StreamReader.ReadLine`: `\n`, `\r\n` and a lone `\r` end a line,
 * even when a terminator or a multi-byte character is split across chunks.
 *
 * It splits bytes first, at `\n` (a byte that never occurs inside a multi-byte UTF-8 character),
 * so only whole lines are decoded. With `emitBytes`, a run of whole lines without any `\r` is
 * handed over as raw bytes — the fast path for floods, which never decodes at all.
 */
class LineDecoder {
    emit;
    emitBytes;
    /** Bytes of the current unterminated line; joined once, so a huge line costs O(n). */
    pending = [];
    pendingLength = 0;
    /** Some held byte is a `\r`: only then is the held line looked at again. */
    pendingCarriageReturn = false;
    constructor(emit, emitBytes) {
        this.emit = emit;
        this.emitBytes = emitBytes;
    }
    /** Emits every line `chunk` completes. */
    write(chunk) {
        const lastLineFeed = chunk.lastIndexOf(LINE_FEED);
        if (lastLineFeed === -1) {
            this.hold(chunk);
        }
        else {
            let start = 0;
            if (this.pendingLength > 0) {
                // Only the held line's end is joined to it: copying the whole chunk onto a few held
                // bytes would allocate and copy every chunk of a flood once more.
                const firstLineFeed = chunk.indexOf(LINE_FEED);
                this.complete(this.takePending(chunk.subarray(0, firstLineFeed)));
                start = firstLineFeed + 1;
            }
            // The lines after the joined one, if any (an empty block is one empty line).
            if (start <= lastLineFeed)
                this.complete(chunk.subarray(start, lastLineFeed));
            if (lastLineFeed + 1 < chunk.length)
                this.hold(chunk.subarray(lastLineFeed + 1));
        }
        this.emitLoneCarriageReturns();
    }
    /** Emits a final line without terminator (an incomplete character decodes as U+FFFD). */
    end() {
        if (this.pendingLength === 0)
            return;
        const rest = this.takePending();
        // A final `\r` is a terminator; the line before it is all there is.
        const text = rest.toString('utf8');
        this.lines(text.endsWith('\r') ? text.slice(0, -1) : text);
    }
    /** Whole lines: `block` ended at a `\n` that is not part of it. */
    complete(block) {
        if (this.emitBytes !== undefined && block.indexOf(CARRIAGE_RETURN) === -1) {
            this.emitBytes(block);
            return;
        }
        const text = block.toString('utf8');
        // A `\r` right before the cut `\n` was half of a `\r\n`.
        this.lines(text.endsWith('\r') ? text.slice(0, -1) : text);
    }
    /** Splits text made only of whole lines. */
    lines(text) {
        if (text.indexOf('\r') === -1) {
            for (const line of text.split('\n'))
                this.emit(line);
            return;
        }
        for (const line of text.split(/\r\n|\r|\n/))
            this.emit(line);
    }
    /** A lone `\r` (not at the very end, where a `\n` may follow) ends a line: emit at once, live. */
    emitLoneCarriageReturns() {
        if (!this.pendingCarriageReturn)
            return;
        const held = this.takePending();
        let cut = held.lastIndexOf(CARRIAGE_RETURN);
        if (cut === held.length - 1)
            cut = cut === 0 ? -1 : held.lastIndexOf(CARRIAGE_RETURN, cut - 1);
        if (cut === -1) {
            this.hold(held);
            return;
        }
        this.lines(held.subarray(0, cut).toString('utf8'));
        if (cut + 1 < held.length)
            this.hold(held.subarray(cut + 1));
    }
    hold(piece) {
        this.pending.push(piece);
        this.pendingLength += piece.length;
        if (piece.indexOf(CARRIAGE_RETURN) !== -1)
            this.pendingCarriageReturn = true;
        if (this.pendingLength >= MAX_LINE_LENGTH)
            this.lines(this.takePending().toString('utf8'));
    }
    /** The held bytes (followed by `tail`), and nothing held any more. */
    takePending(tail) {
        const parts = tail === undefined ? this.pending : [...this.pending, tail];
        const joined = parts.length === 1 ? parts[0] : Buffer.concat(parts);
        this.pending = [];
        this.pendingLength = 0;
        this.pendingCarriageReturn = false;
        return joined;
    }
}
/** Spawns in its own process group (detached), stdin at EOF from the start, and settles when the process exits. */
async function runProcess(request) {
    if (request.cancelSignal?.aborted === true || request.killSignal?.aborted === true) {
        // Starting a process only to signal it at once would let a half-started script run its traps.
        return { exitCode: null, signal: null, cancelled: true, durationMs: 0, outputClosed: true };
    }
    return new Promise((resolve) => {
        new SupervisedProcess(request, resolve).start();
    });
}
/** One spawned process from start to settled outcome: its group, pipes, signals and timers. */
class SupervisedProcess {
    request;
    resolve;
    startedAt = external_node_perf_hooks_namespaceObject.performance.now();
    streams = [];
    decoders = [];
    timers = new Set();
    openStreams = 0;
    leader;
    exit;
    cancelled = false;
    settled = false;
    constructor(request, resolve) {
        this.request = request;
        this.resolve = resolve;
    }
    start() {
        const { file, args, cwd, env } = this.request;
        let child;
        try {
            // ProcessInvoker gives stdin as a pipe it closes at once: a read gets EOF. Node's 'pipe' is
            // a socketpair, and bash sources ~/.bashrc when stdin is a socket (its rshd check), so we
            // give /dev/null, which reads as EOF too.
            child = (0,external_node_child_process_namespaceObject.spawn)(file, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        }
        catch (error) {
            // Invalid arguments (e.g. a NUL byte) throw synchronously instead of emitting 'error'.
            this.settleWithSpawnError(error);
            return;
        }
        this.read(child.stdout, 'stdout');
        this.read(child.stderr, 'stderr');
        child.on('error', (error) => {
            // After a successful start 'error' comes only from child.kill() or send(), which we never use.
            if (this.leader === undefined)
                this.settleWithSpawnError(error);
        });
        child.once('exit', (code, signal) => this.onExit(code, signal));
        if (child.pid === undefined)
            return; // spawn failed; 'error' follows
        this.leader = child.pid;
        liveGroups.add(child.pid);
        this.request.cancelSignal?.addEventListener('abort', this.onCancel, { once: true });
        this.request.killSignal?.addEventListener('abort', this.onKill, { once: true });
    }
    read(stream, name) {
        if (stream === null)
            return;
        const { onLine, onBytes } = this.request;
        const decoder = new LineDecoder((line) => onLine(line, name), onBytes ? (block) => onBytes(block, name) : undefined);
        this.streams.push(stream);
        this.decoders.push(decoder);
        this.openStreams += 1;
        stream.on('data', (chunk) => {
            decoder.write(chunk);
            noteBytesRead(chunk.length);
        });
        stream.on('error', ignore); // a broken pipe ends the output like EOF does
        stream.once('close', () => {
            this.openStreams -= 1;
            if (this.exit !== undefined && this.openStreams === 0)
                this.finish();
        });
    }
    onCancel = () => {
        if (this.exit !== undefined)
            return;
        this.cancelled = true;
        this.signal('SIGINT');
        // Bash starts `&` jobs with SIGINT ignored, so only the escalation reaches the whole tree.
        this.after(this.request.sigtermAfterMs ?? DEFAULT_SIGTERM_AFTER_MS, () => {
            this.signal('SIGTERM');
            this.after(this.request.sigkillAfterMs ?? DEFAULT_SIGKILL_AFTER_MS, () => {
                this.signal('SIGKILL');
            });
        });
    };
    onKill = () => {
        if (this.exit !== undefined) {
            // Already exited and draining an orphan's pipe: a hard stop must not wait for it.
            this.finish();
            return;
        }
        this.cancelled = true;
        this.clearTimers();
        this.signal('SIGKILL');
    };
    onExit(code, signal) {
        this.exit = { code, signal, at: external_node_perf_hooks_namespaceObject.performance.now() };
        this.request.cancelSignal?.removeEventListener('abort', this.onCancel);
        this.clearTimers();
        if (this.leader !== undefined) {
            liveGroups.delete(this.leader);
            // A cancelled step is over: what is left of its group are orphans the runner would kill at
            // job end. After a normal exit the group is left alone: daemons are meant to outlive a step.
            if (this.cancelled)
                signalGroup(this.leader, 'SIGKILL');
        }
        if (this.openStreams === 0) {
            this.finish();
            return;
        }
        // 'exit' can precede the last output, and a grandchild may hold the pipes for ever:
        // read until both pipes close, but no longer than the runner would.
        this.after(this.request.drainAfterExitMs ?? DEFAULT_DRAIN_AFTER_EXIT_MS, () => this.finish());
    }
    finish() {
        if (this.settled || this.exit === undefined)
            return;
        this.settled = true;
        this.clearTimers();
        this.request.killSignal?.removeEventListener('abort', this.onKill);
        for (const stream of this.streams)
            stream.destroy();
        for (const decoder of this.decoders)
            decoder.end();
        this.resolve({
            exitCode: this.exit.code,
            signal: this.exit.signal,
            cancelled: this.cancelled,
            durationMs: this.exit.at - this.startedAt,
            outputClosed: this.openStreams === 0
        });
    }
    settleWithSpawnError(error) {
        if (this.settled)
            return;
        this.settled = true;
        for (const stream of this.streams)
            stream.destroy();
        this.resolve({
            exitCode: null,
            signal: null,
            cancelled: false,
            spawnError: describeSpawnError(this.request, error),
            durationMs: external_node_perf_hooks_namespaceObject.performance.now() - this.startedAt,
            outputClosed: true
        });
    }
    signal(signal) {
        if (this.leader !== undefined)
            signalGroup(this.leader, signal);
    }
    after(delayMs, action) {
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            action();
        }, delayMs);
        this.timers.add(timer);
    }
    clearTimers() {
        for (const timer of this.timers)
            clearTimeout(timer);
        this.timers.clear();
    }
}
/** Signals a whole process group; a group that is already gone is not an error. */
function signalGroup(leader, signal) {
    try {
        process.kill(-leader, signal);
    }
    catch (error) {
        if ((0,errors/* errorCode */.C)(error) === 'ESRCH')
            return;
        // EPERM for the group as a whole: still reach the leader if we may.
        try {
            process.kill(leader, signal);
        }
        catch {
            // Gone, or not ours to signal: nothing more we can do.
        }
    }
}
// strerror texts for the errors a start can fail with, as .NET prints them on Linux.
const START_ERROR_TEXT = {
    ENOENT: 'No such file or directory',
    EACCES: 'Permission denied',
    ENOTDIR: 'Not a directory',
    ENOEXEC: 'Exec format error',
    E2BIG: 'Argument list too long',
    EAGAIN: 'Resource temporarily unavailable',
    EMFILE: 'Too many open files',
    ENFILE: 'Too many open files in system',
    ENOMEM: 'Cannot allocate memory'
};
/** The runner's (.NET `Process.Start`) message for a process that could not be started. */
function describeSpawnError(request, error) {
    const code = (0,errors/* errorCode */.C)(error);
    const reason = code !== undefined && Object.hasOwn(START_ERROR_TEXT, code)
        ? START_ERROR_TEXT[code]
        : error instanceof Error
            ? error.message
            : String(error);
    return `An error occurred trying to start process '${request.file}' with working directory '${request.cwd}'. ${reason}`;
}
function ignore() { }


/***/ }),

/***/ 924:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aL: () => (/* binding */ splitCommandLine),
/* harmony export */   os: () => (/* binding */ prepareShell)
/* harmony export */ });
/* unused harmony export INVALID_SHELL_MESSAGE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _folders_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7175);
/**
 * `shell:` of a run step as the runner's `ScriptHandler` treats it on Linux (runner-emulation
 * §2.1–§2.3): pick the executable and argument format, write the script file, build argv.
 */




/** The runner's error for a `shell:` that is neither a built-in nor a format with `{0}`. */
const INVALID_SHELL_MESSAGE = "Invalid shell option. Shell must be a valid built-in (bash, sh, cmd, powershell, pwsh) or a format string containing '{0}'";
// ScriptHandlerHelpers: both tables are looked up case-insensitively.
const BUILT_IN_FORMATS = new Map([
    ['cmd', '/D /E:ON /V:OFF /S /C "CALL "{0}""'],
    ['pwsh', `-command ". '{0}'"`],
    ['powershell', `-command ". '{0}'"`],
    ['bash', '--noprofile --norc -e -o pipefail {0}'],
    ['sh', '-e {0}'],
    ['python', '{0}']
]);
const SCRIPT_EXTENSIONS = new Map([
    ['cmd', '.cmd'],
    ['pwsh', '.ps1'],
    ['powershell', '.ps1'],
    ['bash', '.sh'],
    ['sh', '.sh'],
    ['python', '.py']
]);
const POWERSHELL_PROLOGUE = "$ErrorActionPreference = 'stop'";
const POWERSHELL_EPILOGUE = 'if ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }';
/** Script files by folder, extension and content: an identical script is linked, not written again. */
const writtenScripts = new Map();
/** Resolves `shell:` (or the default), writes the script to `$RUNNER_TEMP/<uuid><ext>`, and returns argv. */
async function prepareShell(options) {
    const searchPath = [...options.pathPrepend, ...options.envPath.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter))];
    const { shellName, command, format } = resolveShell(options.shell, searchPath);
    if (!format.includes('{0}'))
        throw new Error(INVALID_SHELL_MESSAGE);
    const extension = SCRIPT_EXTENSIONS.get(shellName.toLowerCase()) ?? '';
    const scriptPath = writeScript(options.runnerTemp, extension, fixUpScript(shellName, options.script));
    const args = splitCommandLine(formatWithPath(format, scriptPath.replaceAll('"', '\\"')));
    return Promise.resolve({ command, args, scriptPath, display: `${command} ${format}` });
}
/**
 * Writes `content` to a fresh `$RUNNER_TEMP/<uuid><ext>` and returns its path. A script identical
 * to one written before in this run, whose file is still as we left it (same size and
 * modification time), gets its new name as a hard link to that file instead: loops, matrix legs
 * and generated lists then skip a file creation — which can stall for most of a millisecond on a
 * journalling disk — and every step still gets its own script path, as on the runner. Nothing
 * ever writes into an existing script, so a process still reading one is never affected.
 * Synchronous: one small file costs less than a thread-pool round trip (bench B2).
 */
function writeScript(runnerTemp, extension, content) {
    (0,_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureFolder */ .f)(runnerTemp);
    const scriptPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(runnerTemp, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}${extension}`);
    const key = `${runnerTemp}\0${extension}\0${content}`;
    const known = writtenScripts.get(key);
    if (known !== undefined &&
        isUnchanged(known) &&
        (0,_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .succeeds */ .k)(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(known.path, scriptPath))) {
        return scriptPath;
    }
    // Node writes UTF-8 without a BOM, as the runner does on Linux (a BOM breaks some shells).
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(scriptPath, content, 'utf8');
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(scriptPath);
    writtenScripts.set(key, { path: scriptPath, size: info.size, mtimeMs: info.mtimeMs });
    return scriptPath;
}
function isUnchanged(script) {
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(script.path);
        return info.isFile() && info.size === script.size && info.mtimeMs === script.mtimeMs;
    }
    catch {
        return false;
    }
}
/** The runner's shell name (which picks extension and fix-ups), executable and argument format. */
function resolveShell(shell, searchPath) {
    if (shell === undefined || shell === '') {
        // No shell: named `sh` with `-e {0}`, but run by bash when there is one.
        const command = which('bash', searchPath) ?? requireCommand('sh', searchPath);
        return { shellName: 'sh', command, format: builtInFormat('sh') };
    }
    // Split on the first space only; the rest is the format string.
    const space = shell.indexOf(' ');
    const shellName = space === -1 ? shell : shell.slice(0, space);
    // An empty name (a leading space) can name no executable; the runner fails on it too.
    if (shellName === '')
        throw new Error(INVALID_SHELL_MESSAGE);
    const command = requireCommand(shellName, searchPath);
    const given = space === -1 ? '' : shell.slice(space + 1).trimStart();
    return { shellName, command, format: given === '' ? builtInFormat(shellName) : given };
}
function builtInFormat(shellName) {
    return BUILT_IN_FORMATS.get(shellName.toLowerCase()) ?? '';
}
/** ScriptHandlerHelpers.FixUpScriptContents on Linux (its switch is case-sensitive). */
function fixUpScript(shellName, script) {
    switch (shellName) {
        case 'cmd':
            return `@echo off\n${script}`;
        case 'pwsh':
        case 'powershell':
            return `${POWERSHELL_PROLOGUE}\n${script}\n${POWERSHELL_EPILOGUE}`;
        default:
            return script;
    }
}
function requireCommand(command, searchPath) {
    const found = which(command, searchPath);
    // WhichUtil's FileNotFoundException text.
    if (found === undefined)
        throw new Error(`${command}: command not found`);
    return found;
}
/** Found executables, by command and search path: every step would otherwise stat the PATH again. */
const found = new Map();
/** WhichUtil.Which on Linux: a fully qualified path as is, else the first match in the search path. */
function which(command, searchPath) {
    const key = `${command}\0${searchPath.join('\0')}`;
    const known = found.get(key);
    if (known !== undefined && isExecutableFile(known))
        return known;
    const result = search(command, searchPath);
    if (result !== undefined)
        found.set(key, result);
    return result;
}
function search(command, searchPath) {
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(command))
        return isExecutableFile(command) ? command : undefined;
    for (const directory of searchPath) {
        // Empty entries are dropped, never read as "the current directory".
        if (directory === '')
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(directory, command);
        if (isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
function isExecutableFile(candidate) {
    try {
        // statSync follows symlinks, so a dangling link is skipped as the runner skips it.
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(candidate).isFile())
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * .NET `string.Format(format, value)` for the one argument the runner passes: `{0}` is replaced,
 * `{{` and `}}` are literal braces, anything else in braces is a format error as in .NET.
 */
function formatWithPath(format, value) {
    return format.replace(/\{\{|\}\}|\{0\}|[{}]/g, (token, offset) => {
        if (token === '{{')
            return '{';
        if (token === '}}')
            return '}';
        if (token === '{0}')
            return value;
        throw new Error(`Input string was not in a correct format. Failure to parse near offset ${offset}.`);
    });
}
/** .NET / CommandLineToArgvW-compatible argument splitting (whitespace separates, " groups, backslashes literal except before "). */
function splitCommandLine(line) {
    const args = [];
    let index = 0;
    while (index < line.length) {
        while (index < line.length && isSeparator(line[index]))
            index += 1;
        if (index === line.length)
            break;
        let arg = '';
        let quoted = false;
        while (index < line.length) {
            const char = line[index];
            if (char === '\\') {
                let count = 0;
                while (line[index] === '\\') {
                    count += 1;
                    index += 1;
                }
                if (line[index] === '"') {
                    // 2n backslashes + quote: n backslashes, then the quote acts as a quote.
                    // 2n+1 backslashes + quote: n backslashes and a literal quote.
                    arg += '\\'.repeat(count >> 1);
                    if (count % 2 === 1) {
                        arg += '"';
                        index += 1;
                    }
                }
                else {
                    arg += '\\'.repeat(count);
                }
                continue;
            }
            if (char === '"') {
                if (quoted && line[index + 1] === '"') {
                    // A doubled quote inside quotes is a literal quote and stays inside (CRT compatible).
                    arg += '"';
                    index += 2;
                }
                else {
                    quoted = !quoted;
                    index += 1;
                }
                continue;
            }
            if (!quoted && isSeparator(char))
                break;
            arg += char;
            index += 1;
        }
        args.push(arg);
    }
    return args;
}
function isSeparator(char) {
    return char === ' ' || char === '\t';
}


/***/ }),

/***/ 1520:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ textMayHoldCommand),
/* harmony export */   Jk: () => (/* binding */ looksLikeCommand),
/* harmony export */   Q8: () => (/* binding */ parseWorkflowCommand),
/* harmony export */   TA: () => (/* binding */ unsecureCommandsAllowed),
/* harmony export */   VV: () => (/* binding */ WorkflowCommandProcessor),
/* harmony export */   Z: () => (/* binding */ bytesMayHoldCommand),
/* harmony export */   fE: () => (/* binding */ formatCommand),
/* harmony export */   px: () => (/* binding */ unsecureStopTokensAllowed)
/* harmony export */ });
/* unused harmony exports REGISTERED_COMMANDS, fenceLines */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Workflow commands printed by a nested step (`::name k=v::data` and legacy `##[name k=v]data`),
 * handled the way the runner's command manager would handle them for a real step
 * (spec/runner-emulation.md §3.3–§3.5; runner `src/Runner.Common/ActionCommand.cs`,
 * `src/Runner.Worker/ActionCommandManager.cs`, `Handlers/OutputManager.cs`).
 *
 * Our own stdout is parsed by the OUTER runner, so nothing a nested step prints may reach it
 * unchanged if it could act on our step: commands that belong to the nested step are
 * intercepted, commands meant for the job are re-emitted in canonical form, and the caller
 * fences every printed line for which `looksLikeCommand` is true.
 */

/** Commands with a handler, in the runner's registration order (ExtensionManager). */
const HANDLED_COMMANDS = [
    'set-env',
    'set-output',
    'save-state',
    'add-path',
    'add-mask',
    'add-matcher',
    'remove-matcher',
    'warning',
    'error',
    'notice',
    'debug',
    'group',
    'endgroup',
    'echo'
];
const STOP_COMMANDS = 'stop-commands';
/**
 * Every name the runner registers for an ordinary step. `internal-set-repo-path` is only
 * registered for runner plugins, so for steps it is plain text, as it is for the outer runner.
 */
const REGISTERED_COMMANDS = [...HANDLED_COMMANDS, STOP_COMMANDS];
/** Handlers whose line is never echoed (`OmitEcho`), and whose failures name only the command. */
const OMIT_ECHO = new Set([
    'add-mask',
    'warning',
    'error',
    'notice',
    'debug'
]);
const HANDLERS_BY_FOLDED_NAME = new Map(HANDLED_COMMANDS.map((name) => [foldCase(name), name]));
const DEFAULT_REGISTERED = new Set(REGISTERED_COMMANDS.map(foldCase));
/** Runner texts (`src/Runner.Common/Constants.cs` and the command extensions). */
const MESSAGES = {
    commandDisabled: (command) => `The \`${command}\` command is disabled. Please upgrade to using Environment Files or opt ` +
        `into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` ` +
        `environment variable to \`true\`. For more information see: ` +
        `https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/`,
    stopTokenRefused: `You cannot use a endToken that is an empty string, the string 'pause-logging', or another ` +
        `workflow command. For more information see: https://docs.github.com/actions/learn-github-` +
        `actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands ` +
        `or opt into insecure command execution by setting the ` +
        `\`ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS\` environment variable to \`true\`.`,
    nameMissing: (command) => `Required field 'name' is missing in ##[${command}] command.`,
    // .NET's ArgumentNullException text, thrown by ArgUtil.NotNullOrEmpty.
    valueMissing: (parameter) => `Value cannot be null. (Parameter '${parameter}')`,
    nodeOptionsRefused: "Can't update NODE_OPTIONS environment variable using ::set-env:: command.",
    emptyMask: "Can't add secret mask for empty string in ##[add-mask] command.",
    invalidEcho: (value) => `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${value}'.`,
    unknownCommand: (command) => `Can't find command extension for ##[${command}.command].`,
    processingFailed: (command) => `Unable to process command '${command}' successfully.`
};
/** A command handler's refusal; becomes two error annotations and a failed step, as in the runner. */
class CommandFailure extends Error {
}
/** Processes one nested step's stdout and stderr lines; keep one instance per step run. */
class WorkflowCommandProcessor {
    options;
    /** Per step, because a stop token is registered while active and removed on resume. */
    registered = new Set(DEFAULT_REGISTERED);
    echo;
    /** The active stop token; undefined while commands are processed. */
    stopToken;
    constructor(options) {
        this.options = options;
        this.echo = options.echo ?? false;
    }
    /** Processes one line (without its line terminator) and returns what to do, in order. */
    process(line) {
        // OutputManager only consults the command parser for lines containing one of the markers.
        const command = line.includes('##[') || line.includes('::') ? parseWith(line, this.registered) : undefined;
        if (command === undefined)
            return [print(line)];
        if (this.stopToken !== undefined)
            return this.processWhileStopped(line, command);
        if (foldCase(command.name) === foldCase(STOP_COMMANDS))
            return this.stopCommands(line, command);
        const handler = HANDLERS_BY_FOLDED_NAME.get(foldCase(command.name));
        if (handler === undefined) {
            return [forward('warning', [], MESSAGES.unknownCommand(command.name))];
        }
        const actions = [];
        if (this.echo && !OMIT_ECHO.has(handler))
            actions.push(print(line));
        try {
            actions.push(...this.runHandler(handler, command, line, actions.length > 0));
        }
        catch (error) {
            if (!(error instanceof CommandFailure))
                throw error;
            this.options.effects.fail(MESSAGES.processingFailed(OMIT_ECHO.has(handler) ? handler : line));
            this.options.effects.fail(error.message);
        }
        return actions;
    }
    processWhileStopped(line, command) {
        const token = this.stopToken ?? '';
        // An empty token (only possible with unsecure tokens allowed) can never resume.
        if (token !== '' && foldCase(command.name) === foldCase(token)) {
            this.registered.delete(foldCase(token));
            this.stopToken = undefined;
        }
        return [print(line)];
    }
    stopCommands(line, command) {
        const token = command.data;
        const refused = token === '' ||
            foldCase(token) === foldCase('pause-logging') ||
            this.registered.has(foldCase(token));
        if (refused && !this.options.allowUnsecureStopTokens) {
            // The runner throws here, out of its output loop: the step fails and the line is not shown.
            this.options.effects.fail(MESSAGES.stopTokenRefused);
            return [];
        }
        this.stopToken = token;
        this.registered.add(foldCase(token));
        const actions = token.length > 6 ? [{ kind: 'mask', value: token }] : [];
        actions.push(print(line));
        return actions;
    }
    runHandler(handler, command, line, echoed) {
        const { effects } = this.options;
        switch (handler) {
            case 'set-output':
                effects.setOutput(requiredName(command, handler), command.data);
                return [];
            case 'save-state':
                effects.saveState(requiredName(command, handler), command.data);
                return [];
            case 'set-env': {
                this.requireUnsecureCommands(handler);
                const name = requiredName(command, handler);
                if (foldCase(name) === foldCase('NODE_OPTIONS')) {
                    return [forward('error', [], MESSAGES.nodeOptionsRefused)];
                }
                effects.setEnv(name, command.data);
                return [];
            }
            case 'add-path':
                this.requireUnsecureCommands(handler);
                if (command.data === '')
                    throw new CommandFailure(MESSAGES.valueMissing('path'));
                effects.addPath(command.data);
                return [];
            case 'add-mask':
                return this.addMask(command.data);
            case 'add-matcher':
            case 'remove-matcher':
            case 'error':
            case 'warning':
            case 'notice':
            case 'debug':
                return [forward(handler, command.properties, command.data)];
            case 'group':
            case 'endgroup':
                // Our log layer owns groups, so the line stays text; echo has already shown it.
                return echoed ? [] : [print(line)];
            case 'echo':
                this.setEcho(command.data);
                return [];
        }
    }
    requireUnsecureCommands(handler) {
        if (!this.options.allowUnsecureCommands) {
            throw new CommandFailure(MESSAGES.commandDisabled(handler));
        }
    }
    addMask(value) {
        if (trimWhitespace(value) === '')
            return [forward('warning', [], MESSAGES.emptyMask)];
        const actions = [{ kind: 'mask', value }];
        // The runner also masks every trimmed line, since child output arrives line by line.
        const lines = new Set(value.split(/[\r\n]/).map(trimWhitespace));
        for (const part of lines) {
            if (part !== '' && part !== value)
                actions.push({ kind: 'mask', value: part });
        }
        if (this.echo)
            actions.push(print('::add-mask::***'));
        return actions;
    }
    setEcho(value) {
        if (value === '')
            throw new CommandFailure(MESSAGES.valueMissing('value'));
        switch (trimWhitespace(value).toUpperCase()) {
            case 'ON':
                this.echo = true;
                return;
            case 'OFF':
                this.echo = false;
                return;
            default:
                throw new CommandFailure(MESSAGES.invalidEcho(value));
        }
    }
}
/** Parses `line` as the runner would for an ordinary step: the `::` form first, then `##[`. */
function parseWorkflowCommand(line) {
    return parseWith(line, DEFAULT_REGISTERED);
}
/**
 * True when the outer runner would parse `line` as a command (`::` form after leading
 * whitespace, or `##[` anywhere). Errs towards true: the runner matches `::` and `##[` with
 * culture-sensitive search, which skips invisible characters, so we also test the line with
 * control and format characters removed.
 */
function looksLikeCommand(line) {
    // Cheap exit for the common case; removing invisible characters cannot create `:` or `#`.
    if (!line.includes(':') && !line.includes('#'))
        return false;
    if (parseWith(line, DEFAULT_REGISTERED) !== undefined)
        return true;
    const visible = line.replace(/[\p{Cc}\p{Cf}]/gu, '');
    return visible !== line && parseWith(visible, DEFAULT_REGISTERED) !== undefined;
}
/**
 * A cheap, sound pre-check for whole lines as raw bytes: false means no line in it can be a
 * workflow command, neither for the nested step's parser (it looks at lines with `::` or `##[`)
 * nor for the outer runner after invisible characters are dropped (`:` or `#` followed by a
 * control byte or by any non-ASCII byte, which covers every format character). Used to relay
 * floods of plain output without decoding or looking at each line.
 */
function bytesMayHoldCommand(block) {
    // Cheap exit for the common case of floods (two native byte searches, no copy): every match
    // of the pattern starts with `:` or `#`.
    if (block.indexOf(COLON) === -1 && block.indexOf(HASH) === -1)
        return false;
    // latin1 maps each byte to one character: a native copy, no UTF-8 decoding.
    return MAY_HOLD_COMMAND.test(block.toString('latin1'));
}
const COLON = 0x3a;
const HASH = 0x23;
/** The same check for text already decoded (labels, names). */
function textMayHoldCommand(text) {
    return MAY_HOLD_COMMAND.test(Buffer.from(text, 'utf8').toString('latin1'));
}
// eslint-disable-next-line no-control-regex -- control bytes are exactly what is looked for
const MAY_HOLD_COMMAND = /::|##\[|[:#][\x00-\x09\x0b-\x1f\x7f-\xff]/;
/** Formats a command line as @actions/core would (escapeData / escapeProperty). */
function formatCommand(name, properties, message) {
    const pairs = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    const info = pairs.length > 0 ? `${name} ${pairs.join(',')}` : name;
    return `::${info}::${escapeData(message)}`;
}
/** Wraps lines in a `::stop-commands::<token>` … `::<token>::` fence so the outer runner shows them as text. Token: crypto.randomUUID() per call unless given. */
function fenceLines(lines, token = randomUUID()) {
    if (lines.length === 0)
        return [];
    return [`::${STOP_COMMANDS}::${token}`, ...lines, `::${token}::`];
}
/** Whether set-env/add-path are enabled: the worker's variable first, then the env context (`bool.TryParse`). */
function unsecureCommandsAllowed(workerValue, envContextValue) {
    const isTrue = (value) => value !== undefined && trimWhitespace(value).toLowerCase() === 'true';
    return isTrue(workerValue) || isTrue(envContextValue);
}
/** Whether refused stop tokens are allowed anyway: worker variable, then env context (`StringUtil.ConvertToBoolean`). */
function unsecureStopTokensAllowed(workerValue, envContextValue) {
    const isTrue = (value) => value !== undefined && ['1', 'true', '$true'].includes(value.toLowerCase());
    return isTrue(workerValue) || isTrue(envContextValue);
}
/** Unescaping tables, applied in this order like the runner's sequential `Replace` calls. */
const CURRENT_PROPERTY_ESCAPES = [
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%3A', ':'],
    ['%2C', ','],
    ['%25', '%']
];
const CURRENT_DATA_ESCAPES = [
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%25', '%']
];
const LEGACY_ESCAPES = [
    ['%3B', ';'],
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%5D', ']'],
    ['%25', '%']
];
function parseWith(line, registered) {
    return parseCurrentForm(line, registered) ?? parseLegacyForm(line, registered);
}
/** `::name k=v,k2=v2::data`, only at the start of the line after leading whitespace. */
function parseCurrentForm(line, registered) {
    const message = trimStartWhitespace(line);
    if (!message.startsWith('::'))
        return undefined;
    const end = message.indexOf('::', 2);
    if (end < 0)
        return undefined;
    const info = message.slice(2, end);
    const space = info.indexOf(' ');
    const name = space < 0 ? info : info.slice(0, space);
    if (!isRegistered(name, registered))
        return undefined;
    const properties = space > 0
        ? parseProperties(trimWhitespace(info.slice(space + 1)), ',', CURRENT_PROPERTY_ESCAPES)
        : [];
    return { name, properties, data: unescape(message.slice(end + 2), CURRENT_DATA_ESCAPES) };
}
/** `##[name k=v;k2=v2]data`, anywhere in the line (only the first `##[` counts). */
function parseLegacyForm(line, registered) {
    const prefix = line.indexOf('##[');
    if (prefix < 0)
        return undefined;
    const close = line.indexOf(']', prefix);
    if (close < 0)
        return undefined;
    const info = line.slice(prefix + 3, close);
    const space = info.indexOf(' ');
    const name = space < 0 ? info : info.slice(0, space);
    if (!isRegistered(name, registered))
        return undefined;
    const properties = space > 0 ? parseProperties(info.slice(space + 1), ';', LEGACY_ESCAPES) : [];
    return { name, properties, data: unescape(line.slice(close + 1), LEGACY_ESCAPES) };
}
function isRegistered(name, registered) {
    return name !== '' && registered.has(foldCase(name));
}
function parseProperties(text, separator, escapes) {
    const properties = [];
    for (const item of text.split(separator)) {
        const pair = splitProperty(item);
        if (pair === undefined)
            continue;
        const value = unescape(pair[1], escapes);
        const existing = properties.find(([key]) => foldCase(key) === foldCase(pair[0]));
        if (existing)
            existing[1] = value;
        else
            properties.push([pair[0], value]);
    }
    return properties;
}
/**
 * .NET `Split('=', 2, RemoveEmptyEntries)`: the key is the first non-empty piece, the value is
 * the rest after it with leading `=` dropped; a pair lacking either is ignored.
 */
function splitProperty(item) {
    let start = 0;
    while (item[start] === '=')
        start++;
    const equals = item.indexOf('=', start);
    if (equals < 0)
        return undefined;
    let valueStart = equals + 1;
    while (item[valueStart] === '=')
        valueStart++;
    const value = item.slice(valueStart);
    return value === '' ? undefined : [item.slice(start, equals), value];
}
function unescape(text, escapes) {
    return escapes.reduce((result, [escaped, plain]) => result.replaceAll(escaped, plain), text);
}
function escapeData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
/** A print action, with the runner's own log markers defused (OutputManager). */
function print(text) {
    const defused = text
        .replaceAll('##[start-action', '##[\\start-action')
        .replaceAll('##[end-action', '##[\\end-action');
    return { kind: 'print', text: defused };
}
/** A command for the outer runner; keys that could not survive re-parsing are dropped. */
function forward(name, properties, message) {
    const safe = properties.filter(([key]) => /^[^\s,:]+$/.test(key));
    return { kind: 'forward', command: formatCommand(name, Object.fromEntries(safe), message) };
}
function requiredName(command, handler) {
    const name = command.properties.find(([key]) => foldCase(key) === 'NAME')?.[1] ?? '';
    if (name === '')
        throw new CommandFailure(MESSAGES.nameMissing(handler));
    return name;
}
/**
 * Case folding for .NET `OrdinalIgnoreCase`: per-character simple upper-casing, so `ſ`
 * matches `S` as it does for the runner (full mappings such as `ß` → `SS` are not applied).
 */
function foldCase(text) {
    let folded = '';
    for (const char of text) {
        const upper = char.toUpperCase();
        folded += upper.length === char.length ? upper : char;
    }
    return folded;
}
/** `char.IsWhiteSpace` as .NET's Trim uses it (differs from JS: U+0085 and U+001C–U+001F count, U+FEFF does not). */
function isWhitespace(char) {
    const code = char.charCodeAt(0);
    return ((code >= 0x09 && code <= 0x0d) ||
        (code >= 0x1c && code <= 0x20) ||
        code === 0x85 ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000);
}
// Index loops rather than regular expressions: a long run of blanks must not cost quadratic time.
function trimStartWhitespace(text) {
    let start = 0;
    while (start < text.length && isWhitespace(text[start]))
        start++;
    return text.slice(start);
}
function trimWhitespace(text) {
    let end = text.length;
    while (end > 0 && isWhitespace(text[end - 1]))
        end--;
    return trimStartWhitespace(text.slice(0, end));
}


/***/ }),

/***/ 7441:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   dN: () => (/* binding */ exportVariable),
/* harmony export */   fM: () => (/* binding */ addPath),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports getState, debug */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_stdout_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8383);
/* harmony import */ var _runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1520);
/**
 * Our own step's side of the runner protocol — inputs, outputs, state, env/path hand-over,
 * masks, annotations and the step summary — with the formats of @actions/core.
 *
 * Why not @actions/core itself: it loads its HTTP client (undici) at import for OIDC tokens,
 * which we never use; that was ~30 ms of a ~135 ms start-up (`npm run bench`, B1/B5), and
 * start-up is the largest fixed cost of every run.
 */





/** `INPUT_<NAME>` as the runner sets it (spaces → `_`, upper-cased). */
function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    return options.trimWhitespace === false ? value : value.trim();
}
/** `STATE_<name>` saved by our main for our post. */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setOutput(name, value) {
    fileCommand('GITHUB_OUTPUT', name, value, 'set-output');
}
function saveState(name, value) {
    fileCommand('GITHUB_STATE', name, value, 'save-state');
}
/**
 * The runner's per-step file variables: the runner sets them afresh for every step, so an
 * exported value never reaches a later step, but in our own process it would redirect what we
 * still write (PATH entries, the summary, state) into someone else's file.
 */
const OWN_FILE_VARIABLES = new Set([
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY'
]);
/** Hands an env var to the later job steps (and to our own process, but for our file variables). */
function exportVariable(name, value) {
    // A nested step that exports its own GITHUB_PATH (e.g. `env >> "$GITHUB_ENV"`) must not make
    // us append our hand-over and summary to its stale files.
    if (!OWN_FILE_VARIABLES.has(name))
        process.env[name] = value;
    fileCommand('GITHUB_ENV', name, value, 'set-env');
}
/** Prepends a directory to PATH for the later job steps (and for our own process). */
function addPath(entry) {
    const file = process.env.GITHUB_PATH;
    if (file)
        node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(file, entry + '\n', 'utf8');
    else
        print((0,_runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCommand */ .fE)('add-path', {}, entry));
    process.env.PATH = `${entry}${node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter}${process.env.PATH ?? ''}`;
}
function setSecret(value) {
    print((0,_runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCommand */ .fE)('add-mask', {}, value));
}
function info(message) {
    print(message);
}
function debug(message) {
    print(formatCommand('debug', {}, message));
}
function error(message, properties = {}) {
    print((0,_runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCommand */ .fE)('error', annotationProperties(properties), message));
}
function warning(message, properties = {}) {
    print((0,_runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCommand */ .fE)('warning', annotationProperties(properties), message));
}
/** Logs the error and makes our step fail. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends Markdown to our step summary; false where the runner gives none. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(file, markdown, 'utf8');
    return true;
}
function annotationProperties(properties) {
    const text = (n) => n === undefined ? undefined : String(n);
    return {
        title: properties.title,
        file: properties.file,
        line: text(properties.startLine),
        endLine: text(properties.endLine),
        col: text(properties.startColumn),
        endColumn: text(properties.endColumn)
    };
}
/** `name<<delimiter` entries as @actions/core writes them; the legacy command where there is no file. */
function fileCommand(variable, name, value, legacy) {
    const file = process.env[variable];
    if (!file) {
        print('');
        print((0,_runner_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCommand */ .fE)(legacy, { name }, value));
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the name or value contains the delimiter ${delimiter}`);
    }
    node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`, 'utf8');
}
function print(line) {
    (0,_report_stdout_js__WEBPACK_IMPORTED_MODULE_3__/* .writeStdout */ .j)(line + '\n');
}


/***/ }),

/***/ 3832:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ toConclusion)
/* harmony export */ });
/**
 * Types that cross module boundaries: the validated step list (what to run) and
 * step results. Pure data, no behaviour.
 *
 * Templates (`run`, `with`, `env`, `name`, `if`, …) are stored in *native* syntax:
 * in inline mode `%{{ … }}` has already been rewritten to `${{ … }}` and a `${{`
 * that reached us from the outer runner has been escaped so it stays literal
 * (spec/expressions.md §4.3). Executors and the engine never see `%{{`.
 */
const toConclusion = {
    Succeeded: 'success',
    Failed: 'failure',
    Canceled: 'cancelled',
    Skipped: 'skipped'
};


/***/ }),

/***/ 7381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w4: () => (/* binding */ MAX_ALIAS_COUNT),
  yr: () => (/* binding */ formatNumberG15),
  Uq: () => (/* binding */ parseStepList)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/errors.js
var errors = __nccwpck_require__(2830);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/features.js
/**
 * All known experimental feature keys.
 * This list must be kept in sync with the ExperimentalFeatures interface.
 */
const allFeatureKeys = [
    "missingInputsQuickfix",
    "blockScalarChompingWarning",
    "allowCaseFunction",
    "allowCopilotRequestsPermission",
    "allowDrivesPermissionAutocomplete",
    "allowBackgroundSteps"
];
class FeatureFlags {
    constructor(features) {
        this.features = features ?? {};
    }
    /**
     * Check if an experimental feature is enabled.
     *
     * Resolution order:
     * 1. Explicit feature flag (if set)
     * 2. `all` flag (if set)
     * 3. false (default)
     */
    isEnabled(feature) {
        const explicit = this.features[feature];
        if (explicit !== undefined) {
            return explicit;
        }
        return this.features.all ?? false;
    }
    /**
     * Returns list of all enabled experimental features.
     */
    getEnabledFeatures() {
        return allFeatureKeys.filter(key => this.isEnabled(key));
    }
}
//# sourceMappingURL=features.js.map
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/trace-writer.js
var trace_writer = __nccwpck_require__(8782);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/index.js + 10 modules
var tokens = __nccwpck_require__(3262);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/type-guards.js
var type_guards = __nccwpck_require__(7013);
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/model/type-guards.js
function isRunStep(step) {
    return step.run !== undefined;
}
function isActionStep(step) {
    return step.uses !== undefined;
}
function isJob(job) {
    return job.type === "job";
}
function isReusableWorkflowJob(job) {
    return job.type === "reusableWorkflowJob";
}
//# sourceMappingURL=type-guards.js.map
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/if-condition.js
var if_condition = __nccwpck_require__(5553);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/template-token.js + 1 modules
var template_token = __nccwpck_require__(2645);
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/handle-errors.js

function handleTemplateTokenErrors(root, context, defaultValue, f) {
    let r = defaultValue;
    try {
        r = f();
    }
    catch (err) {
        if (err instanceof template_token/* TemplateTokenError */.o) {
            context.error(err.token, err);
        }
        else {
            // Report error for the root node
            context.error(root, err);
        }
    }
    return r;
}
//# sourceMappingURL=handle-errors.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/id-builder.js
const SEPARATOR = "_";
const MAX_ATTEMPTS = 1000;
const MAX_LENGTH = 100;
class IdBuilder {
    constructor() {
        this.name = [];
        this.distinctNames = new Set();
    }
    appendSegment(value) {
        if (value.length === 0) {
            return;
        }
        if (this.name.length == 0) {
            const first = value[0];
            if (this.isAlpha(first) || first == "_") {
                // Legal first char
            }
            else if (this.isNumeric(first) || first == "-") {
                // Illegal first char, but legal char.
                // Prepend "_".
                this.name.push("_");
            }
            else {
                // Illegal char
            }
        }
        else {
            // Separator
            this.name.push(SEPARATOR);
        }
        for (const c of value) {
            {
                if (this.isAlphaNumeric(c) || c == "_" || c == "-") {
                    // Legal
                    this.name.push(c);
                }
                else {
                    // Illegal
                    this.name.push(SEPARATOR);
                }
            }
        }
    }
    build() {
        const original = this.name.length > 0 ? this.name.join("") : "job";
        let suffix = "";
        for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            if (attempt === 1) {
                suffix = "";
            }
            else {
                suffix = `_${attempt}`;
            }
            const candidate = original.substring(0, Math.min(original.length, MAX_LENGTH - suffix.length)) + suffix;
            if (!this.distinctNames.has(candidate)) {
                this.distinctNames.add(candidate);
                this.name = [];
                return candidate;
            }
        }
        throw new Error("Unable to create a unique name");
    }
    /**
     * Adds a known identifier to the set of distinct ids.
     * @param value The value to add
     * @returns An error if the value is invalid, otherwise undefined
     */
    tryAddKnownId(value) {
        if (!value || !this.isValid(value) || value.length >= MAX_LENGTH) {
            return `The identifier '${value}' is invalid. IDs may only contain alphanumeric characters, '_', and '-'. IDs must start with a letter or '_' and and must be less than ${MAX_LENGTH} characters.`;
        }
        if (value.startsWith(SEPARATOR + SEPARATOR)) {
            return `The identifier '${value}' is invalid. IDs starting with '__' are reserved.`;
        }
        if (this.distinctNames.has(value)) {
            return `The identifier '${value}' may not be used more than once within the same scope.`;
        }
        this.distinctNames.add(value);
        return;
    }
    /**
     * A name is valid if it starts with a letter or underscore, and contains only
     * letters, numbers, underscores, and hyphens.
     * @param name The string name to validate
     * @returns Whether the name is valid
     */
    isValid(name) {
        let first = true;
        for (const c of name) {
            if (first) {
                first = false;
                if (!this.isAlpha(c) && c != "_") {
                    return false;
                }
                continue;
            }
            if (!this.isAlphaNumeric(c) && c != "_" && c != "-") {
                return false;
            }
        }
        return true;
    }
    isAlphaNumeric(c) {
        return this.isAlpha(c) || this.isNumeric(c);
    }
    isNumeric(c) {
        return c >= "0" && c <= "9";
    }
    isAlpha(c) {
        return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
    }
}
//# sourceMappingURL=id-builder.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/steps.js






function convertSteps(context, steps) {
    if (!(0,type_guards/* isSequence */.wZ)(steps)) {
        context.error(steps, "Invalid format for steps");
        return [];
    }
    const idBuilder = new IdBuilder();
    const knownStepIds = new Set();
    const result = [];
    for (const item of steps) {
        const step = handleTemplateTokenErrors(steps, context, undefined, () => convertStep(context, idBuilder, knownStepIds, item));
        if (step) {
            result.push(step);
        }
    }
    for (const step of result) {
        if (step.id) {
            continue;
        }
        let id = "";
        if (isActionStep(step)) {
            id = createActionStepId(step);
        }
        else if ("wait" in step) {
            id = "wait";
        }
        else if ("wait-all" in step) {
            id = "wait-all";
        }
        else if ("cancel" in step) {
            id = "cancel";
        }
        else if ("parallel" in step) {
            id = "parallel";
        }
        if (!id) {
            id = "run";
        }
        idBuilder.appendSegment(`__${id}`);
        step.id = idBuilder.build();
    }
    return result;
}
function convertStep(context, idBuilder, knownStepIds, step) {
    const mapping = step.assertMapping("steps item");
    let run;
    let id;
    let name;
    let uses;
    let background;
    let wait;
    let waitAll;
    let cancel;
    let parallel;
    let continueOnError;
    let env;
    let ifCondition;
    for (const item of mapping) {
        const key = item.key.assertString("steps item key");
        switch (key.value) {
            case "id":
                id = item.value.assertString("steps item id");
                if (id) {
                    const error = idBuilder.tryAddKnownId(id.value);
                    if (error) {
                        context.error(id, error);
                    }
                    else {
                        knownStepIds.add(id.value);
                    }
                }
                break;
            case "name":
                name = item.value.assertScalar("steps item name");
                break;
            case "run":
                run = item.value.assertScalar("steps item run");
                break;
            case "uses":
                uses = item.value.assertString("steps item uses");
                break;
            case "background":
                background = item.value.assertBoolean("steps item background").value;
                break;
            case "wait":
                wait = convertWaitTargets(context, knownStepIds, item.value, id);
                break;
            case "wait-all":
                waitAll = convertWaitAllValue(context, item.value);
                break;
            case "cancel":
                cancel = item.value.assertString("steps item cancel");
                validateTargetStepId(context, knownStepIds, cancel, id);
                break;
            case "parallel":
                parallel = item.value;
                break;
            case "env":
                env = item.value.assertMapping("step env");
                break;
            case "if":
                ifCondition = (0,if_condition/* convertToIfCondition */.l7)(context, item.value);
                break;
            case "continue-on-error":
                if (!item.value.isExpression) {
                    continueOnError = item.value.assertBoolean("steps item continue-on-error").value;
                }
                else {
                    continueOnError = item.value.assertScalar("steps item continue-on-error");
                }
        }
    }
    if (run) {
        return {
            id: id?.value || "",
            name,
            if: ifCondition || new tokens/* BasicExpressionToken */.yu(undefined, undefined, "success()", undefined, undefined, undefined),
            "continue-on-error": continueOnError,
            env,
            run,
            background
        };
    }
    if (uses) {
        return {
            id: id?.value || "",
            name,
            if: ifCondition || new tokens/* BasicExpressionToken */.yu(undefined, undefined, "success()", undefined, undefined, undefined),
            "continue-on-error": continueOnError,
            env,
            uses,
            background
        };
    }
    if (wait) {
        return {
            id: id?.value || "",
            name: name || createSyntheticStepName("Wait"),
            "continue-on-error": continueOnError,
            wait
        };
    }
    if (waitAll !== undefined) {
        return {
            id: id?.value || "",
            name: name || createSyntheticStepName("Wait for all"),
            "continue-on-error": continueOnError,
            "wait-all": waitAll
        };
    }
    if (cancel) {
        return {
            id: id?.value || "",
            name: name || createSyntheticStepName("Cancel"),
            "continue-on-error": continueOnError,
            cancel
        };
    }
    if (parallel) {
        const parallelSteps = convertSteps(context, parallel);
        // Validate: parallel blocks only allow run and uses steps
        for (const ps of parallelSteps) {
            if ("background" in ps && ps.background !== undefined) {
                context.error(step, "'background' is not allowed inside a parallel block. Steps in a parallel block are automatically run as background steps.");
            }
            if ("wait" in ps) {
                context.error(step, "'wait' is not allowed inside a parallel block.");
            }
            if ("wait-all" in ps) {
                context.error(step, "'wait-all' is not allowed inside a parallel block.");
            }
            if ("cancel" in ps) {
                context.error(step, "'cancel' is not allowed inside a parallel block.");
            }
            if ("parallel" in ps) {
                context.error(step, "Nested 'parallel' blocks are not allowed.");
            }
        }
        return {
            id: id?.value || "",
            name: name || createSyntheticStepName("Parallel group"),
            parallel: parallelSteps
        };
    }
    context.error(step, context.state.featureFlags?.isEnabled("allowBackgroundSteps")
        ? "Expected one of uses, run, wait, wait-all, cancel, or parallel to be defined"
        : "Expected one of uses or run to be defined");
}
function createActionStepId(step) {
    const uses = step.uses.value;
    if (uses.startsWith("docker://")) {
        return uses.substring("docker://".length);
    }
    if (uses.startsWith("./") || uses.startsWith(".\\")) {
        return "self";
    }
    // Self repository reference ($/path): resolved from the same repository as the executing
    // workflow/action.
    if (uses.startsWith("$/")) {
        return "self";
    }
    const segments = uses.split("@");
    if (segments.length != 2) {
        return "";
    }
    const pathSegments = segments[0].split(/[\\/]/).filter(s => s.length > 0);
    const gitRef = segments[1];
    if (pathSegments.length >= 2 && pathSegments[0] && pathSegments[1] && gitRef) {
        return `${pathSegments[0]}/${pathSegments[1]}`;
    }
    return "";
}
function createSyntheticStepName(value) {
    return new tokens/* StringToken */.Hj(undefined, undefined, value, undefined, undefined, undefined);
}
function convertWaitTargets(context, knownStepIds, token, ownStepId) {
    if (token instanceof tokens/* StringToken */.Hj) {
        validateTargetStepId(context, knownStepIds, token, ownStepId);
        return [token];
    }
    const sequence = token.assertSequence("steps item wait");
    const targets = [];
    for (let i = 0; i < sequence.count; i++) {
        const target = sequence.get(i).assertString("steps item wait item");
        validateTargetStepId(context, knownStepIds, target, ownStepId);
        targets.push(target);
    }
    return targets;
}
function convertWaitAllValue(context, token) {
    if (token instanceof tokens/* NullToken */.Z4) {
        return true;
    }
    const value = token.assertBoolean("steps item wait-all").value;
    if (!value) {
        context.error(token, "The value of 'wait-all' must be true or omitted");
    }
    return true;
}
function validateTargetStepId(context, knownStepIds, target, ownStepId) {
    if (target.value.startsWith("__")) {
        context.error(target, `The identifier '${target.value}' is invalid. IDs starting with '__' are reserved.`);
    }
    else if (ownStepId && target.value.toLowerCase() === ownStepId.value.toLowerCase()) {
        context.error(target, `Step '${ownStepId.value}' cannot reference itself`);
    }
    else if (!knownStepIds.has(target.value)) {
        context.error(target, `Step references unknown step ID '${target.value}'`);
    }
}
//# sourceMappingURL=steps.js.map
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __nccwpck_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-reader.js
var template_reader = __nccwpck_require__(199);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js
var yaml_object_reader = __nccwpck_require__(589);
;// CONCATENATED MODULE: ./src/workflow/parsed-document-reader.ts

/**
 * Reads `doc`, which must have been parsed with the options YamlObjectReader uses
 * (`keepSourceTokens: true`, `uniqueKeys: false`, a line counter) and have no YAML errors.
 */
function readerForParsedDocument(fileId, doc, lineCounter) {
    // An empty text costs nothing to parse; its document is then replaced by ours.
    const reader = new yaml_object_reader/* YamlObjectReader */.M(fileId, '');
    const internals = reader;
    internals.doc = doc;
    internals.lineCounter = lineCounter;
    internals._generator = internals.getNodes(doc, new Set());
    return reader;
}

// EXTERNAL MODULE: ./src/workflow/steps-schema.ts + 1 modules
var steps_schema = __nccwpck_require__(2350);
// EXTERNAL MODULE: ./src/expressions/inline.ts
var inline = __nccwpck_require__(5142);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/workflow/extensions.ts
/**
 * Our keys beyond native — `ready:`, `retry:` and `weight:` — read and validated here, because
 * the official parser rejects every key it does not know (`Unexpected value 'ready'`).
 *
 * Before the parser sees the list, each extension key and its value are blanked out with spaces
 * (newlines kept), so every other line and column stays where it was and the parser's messages
 * keep pointing at the user's text. We validate the blanked pairs ourselves with the same kind
 * of error (message, line, column). Values are literal only: no expressions.
 */


/** The keys we add to a step. */
const EXTENSION_KEYS = ['ready', 'retry', 'weight'];
/** Defaults of `ready:` (seconds). */
const READY_DEFAULT_TIMEOUT_SECONDS = 60;
const READY_DEFAULT_INTERVAL_SECONDS = 1;
const PROBE_KINDS = ['tcp', 'http', 'file', 'log'];
const READY_KEYS = [...PROBE_KINDS, 'timeout-seconds', 'interval-seconds'];
const RETRY_KEYS = ['attempts', 'backoff-seconds'];
/** Finds, validates and blanks out the extension keys of every step in `doc` (parsed from `text`). */
function extractExtensions(doc, text, lines) {
    const scanner = new ExtensionScanner(doc, text, lines);
    scanner.scanSteps(doc.contents, 'top');
    return scanner.result();
}
class ExtensionScanner {
    doc;
    text;
    lines;
    errors = [];
    blanks = [];
    byStepOffset = new Map();
    constructor(doc, text, lines) {
        this.doc = doc;
        this.text = text;
        this.lines = lines;
    }
    result() {
        if (this.blanks.length === 0) {
            return { text: this.text, errors: this.errors, byStepOffset: this.byStepOffset };
        }
        const chars = this.text.split('');
        for (const [start, end] of this.blanks) {
            for (let i = start; i < end; i++)
                if (chars[i] !== '\n' && chars[i] !== '\r')
                    chars[i] = ' ';
        }
        return { text: chars.join(''), errors: this.errors, byStepOffset: this.byStepOffset };
    }
    scanSteps(node, placement) {
        const sequence = this.resolve(node);
        if (!(0,dist.isSeq)(sequence))
            return;
        for (const item of sequence.items) {
            const step = this.resolve(item);
            if ((0,dist.isMap)(step))
                this.scanStep(step, placement);
        }
    }
    scanStep(step, placement) {
        const keys = new Map();
        for (const pair of step.items) {
            const key = this.resolve(pair.key);
            if ((0,dist.isScalar)(key) && typeof key.value === 'string')
                keys.set(key.value, pair.value);
        }
        const found = {};
        const seen = new Set();
        for (const pair of step.items) {
            const key = this.resolve(pair.key);
            if (!(0,dist.isScalar)(key) || !isExtensionKey(key.value))
                continue;
            this.blank(step, pair);
            const name = key.value;
            if (seen.has(name)) {
                this.fail(key, `'${name}' is already defined`);
                continue;
            }
            seen.add(name);
            const misplaced = this.placementError(name, keys, placement);
            if (misplaced) {
                this.fail(key, misplaced);
                continue;
            }
            const value = this.resolve(pair.value);
            switch (name) {
                case 'ready':
                    found.ready = this.readReady(value, key);
                    break;
                case 'retry':
                    found.retry = this.readRetry(value, key);
                    break;
                case 'weight':
                    found.weight = this.positiveNumber(value, key, "'weight'");
                    break;
            }
        }
        const start = step.range?.[0];
        if (start !== undefined && seen.size > 0)
            this.byStepOffset.set(start, dropUndefined(found));
        // A `parallel` block's members are steps too.
        if (keys.has('parallel'))
            this.scanSteps(keys.get('parallel'), 'member');
    }
    /** Which steps may carry which key; undefined when this one may. */
    placementError(name, keys, placement) {
        const executable = keys.has('run') || keys.has('uses');
        switch (name) {
            case 'ready': {
                if (placement === 'member') {
                    return "'ready' is not allowed on a member of a 'parallel' group (the group waits for its members to finish); start the service as a step with 'background: true'";
                }
                const background = this.resolve(keys.get('background'));
                const isBackground = (0,dist.isScalar)(background) && background.value === true;
                return executable && isBackground
                    ? undefined
                    : "'ready' is only allowed on a run or uses step with 'background: true'";
            }
            case 'retry':
                return executable ? undefined : "'retry' is only allowed on run and uses steps";
            case 'weight':
                return placement === 'member' && executable
                    ? undefined
                    : "'weight' is only allowed on the members of a 'parallel' group";
        }
    }
    readReady(node, key) {
        if (!(0,dist.isMap)(node)) {
            this.fail(node ?? key, "'ready' must be a mapping with one probe (tcp, http, file or log), for example { tcp: 127.0.0.1:5432 }");
            return undefined;
        }
        let probe;
        let probeKey;
        let timeoutSeconds = READY_DEFAULT_TIMEOUT_SECONDS;
        let intervalSeconds = READY_DEFAULT_INTERVAL_SECONDS;
        let valid = true;
        for (const pair of node.items) {
            const field = this.resolve(pair.key);
            const name = (0,dist.isScalar)(field) ? String(field.value) : '';
            const value = this.resolve(pair.value);
            if (!READY_KEYS.includes(name)) {
                this.fail(field, `Unexpected value '${name}' in 'ready' (expected one of ${READY_KEYS.join(', ')})`);
                valid = false;
            }
            else if (name === 'timeout-seconds') {
                const seconds = this.positiveNumber(value, field, "'timeout-seconds'");
                if (seconds === undefined)
                    valid = false;
                else
                    timeoutSeconds = seconds;
            }
            else if (name === 'interval-seconds') {
                const seconds = this.positiveNumber(value, field, "'interval-seconds'");
                if (seconds === undefined)
                    valid = false;
                else
                    intervalSeconds = seconds;
            }
            else if (probeKey !== undefined) {
                const first = (0,dist.isScalar)(probeKey) ? String(probeKey.value) : '';
                this.fail(field, `'ready' takes exactly one probe, found '${first}' and '${name}'`);
                valid = false;
            }
            else {
                probeKey = field;
                const kind = name;
                const target = this.probeTarget(kind, value, field);
                if (target === undefined)
                    valid = false;
                else
                    probe = { kind, target };
            }
        }
        if (probeKey === undefined) {
            this.fail(key, "'ready' needs one probe: tcp, http, file or log");
            return undefined;
        }
        return valid && probe ? { ...probe, timeoutSeconds, intervalSeconds } : undefined;
    }
    probeTarget(kind, node, key) {
        const text = this.literalString(node, key, `'${kind}'`);
        if (text === undefined)
            return undefined;
        switch (kind) {
            case 'tcp': {
                const match = /^(\[[0-9A-Fa-f:.]+\]|[^\s:/[\]]+):(\d{1,5})$/.exec(text);
                const port = match ? Number(match[2]) : 0;
                if (port < 1 || port > 65535) {
                    this.fail(node, `'tcp' must be host:port, for example 127.0.0.1:5432 (got '${text}')`);
                    return undefined;
                }
                return text;
            }
            case 'http': {
                let url;
                try {
                    url = new URL(text);
                }
                catch {
                    url = undefined;
                }
                if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
                    this.fail(node, `'http' must be an http:// or https:// URL (got '${text}')`);
                    return undefined;
                }
                return text;
            }
            case 'file':
                return text;
            case 'log':
                try {
                    new RegExp(text);
                }
                catch (error) {
                    const reason = (0,src_errors/* errorText */.k)(error);
                    this.fail(node, `'log' is not a valid regular expression: ${reason}`);
                    return undefined;
                }
                return text;
        }
    }
    readRetry(node, key) {
        if (!(0,dist.isMap)(node)) {
            this.fail(node ?? key, "'retry' must be a mapping like { attempts: 3, backoff-seconds: 10 }");
            return undefined;
        }
        let attempts;
        let backoffSeconds = 0;
        let valid = true;
        for (const pair of node.items) {
            const field = this.resolve(pair.key);
            const name = (0,dist.isScalar)(field) ? String(field.value) : '';
            const value = this.resolve(pair.value);
            if (name === 'attempts') {
                attempts = this.literalNumber(value, field, (n) => Number.isInteger(n) && n >= 1, "'attempts' must be a whole number, 1 or more");
                if (attempts === undefined)
                    valid = false;
            }
            else if (name === 'backoff-seconds') {
                const seconds = this.literalNumber(value, field, (n) => n >= 0, "'backoff-seconds' must be a number of seconds, 0 or more");
                if (seconds === undefined)
                    valid = false;
                else
                    backoffSeconds = seconds;
            }
            else {
                this.fail(field, `Unexpected value '${name}' in 'retry' (expected one of ${RETRY_KEYS.join(', ')})`);
                valid = false;
            }
        }
        if (attempts === undefined && valid) {
            this.fail(key, "'retry' needs 'attempts' (how many attempts in all, 1 or more)");
            return undefined;
        }
        return valid && attempts !== undefined ? { attempts, backoffSeconds } : undefined;
    }
    positiveNumber(node, key, what) {
        return this.literalNumber(node, key, (n) => n > 0, `${what} must be a positive number`);
    }
    /** A literal, finite YAML number that passes `accept`; anything else is reported once. */
    literalNumber(node, key, accept, message) {
        if (this.holdsExpression(node, key))
            return undefined;
        const value = (0,dist.isScalar)(node) ? node.value : undefined;
        if (typeof value === 'number' && Number.isFinite(value) && accept(value))
            return value;
        this.fail(node ?? key, message);
        return undefined;
    }
    literalString(node, key, what) {
        if (this.holdsExpression(node, key))
            return undefined;
        const value = (0,dist.isScalar)(node) ? node.value : undefined;
        const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        if (text.trim() === '') {
            this.fail(node ?? key, `${what} must be a non-empty string`);
            return undefined;
        }
        return text;
    }
    /** Extension values are literal: reports `${{ }}` (and, inline, `%{{ }}`) once, at the value. */
    holdsExpression(node, key) {
        if (!(0,dist.isScalar)(node) || typeof node.value !== 'string' || !node.value.includes('${{')) {
            return false;
        }
        this.fail(node ?? key, 'Expressions are not allowed in ready, retry and weight: write a literal value');
        return true;
    }
    /** Marks the pair (and, in a flow mapping, the comma after it) to be blanked out. */
    blank(map, pair) {
        const keyRange = pair.key?.range;
        const valueRange = pair.value?.range;
        if (!keyRange)
            return;
        let end = valueRange ? valueRange[1] : keyRange[1];
        if (map.flow) {
            // `{ ready: {…}, run: x }` must not become `{ , run: x }`.
            let next = end;
            while (next < this.text.length && /\s/.test(this.text[next]))
                next++;
            if (this.text[next] === ',')
                end = next + 1;
        }
        this.blanks.push([keyRange[0], end]);
    }
    fail(node, message) {
        this.errors.push({ message, ...this.rangeOf(node) });
    }
    rangeOf(node) {
        const range = node?.range;
        if (!range)
            return {};
        const start = toPosition(this.lines.linePos(range[0]));
        const end = toPosition(this.lines.linePos(range[1]));
        return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
    resolve(node) {
        return (0,dist.isAlias)(node) ? node.resolve(this.doc) : node;
    }
}
function isExtensionKey(value) {
    return typeof value === 'string' && EXTENSION_KEYS.includes(value);
}
function toPosition(position) {
    return { line: position.line, column: position.col };
}
/** Keeps absent extensions absent (no `ready: undefined` keys on the model). */
function dropUndefined(found) {
    const out = {};
    if (found.ready)
        out.ready = found.ready;
    if (found.retry)
        out.retry = found.retry;
    if (found.weight !== undefined)
        out.weight = found.weight;
    return out;
}

;// CONCATENATED MODULE: ./src/workflow/parse.ts
/**
 * Step-list text → validated, typed steps (spec/semantics.md §1, spec/expressions.md §2).
 *
 * Validation is GitHub's own: `@actions/workflow-parser` reads the list against the workflow
 * schema (parse phase) and `convertSteps` checks ids and targets (convert phase), so messages are
 * the official ones. Values, however, come from the `yaml` package: the parser rewrites block
 * scalars into `format()` calls built from the raw, still-indented source (expressions.md §1.6).
 *
 * With no errors, the parser's converted steps line up 1:1 with the YAML sequence items; ids and
 * wait/cancel targets are taken from the converter (it generates the ids and folds literal-only
 * expressions), everything else from the YAML nodes.
 *
 * Our keys beyond native (`ready`, `retry`, `weight`) are validated by `extensions.ts` and blanked
 * out of the text the parser validates, so a list without them is checked exactly as before.
 */













/**
 * Alias budget handed to the yaml package: an anchor may be expanded about this many times
 * (weighted by nested aliases) before we call it an alias bomb. Real step lists reuse an
 * `env` or `with` block a handful of times.
 */
const MAX_ALIAS_COUNT = 100;
const NOT_A_SEQUENCE = 'The step list must be a YAML sequence of steps';
/** Validates the whole list (YAML syntax, schema, convert phase) and builds typed steps. */
function parseStepList(options) {
    const inline = options.mode === 'inline';
    const validationText = inline ? toValidationText(options.source) : options.source;
    const lines = new dist.LineCounter();
    const doc = readYaml(validationText, lines);
    const structural = checkStructure(doc, lines);
    if (structural.length > 0)
        return { steps: [], errors: sortErrors(structural) };
    // Our keys beyond native are validated here and hidden from the parser, which rejects them.
    const extensions = extractExtensions(doc, validationText, lines);
    // Without our keys to hide, the parser reads the very text we parsed: it gets our document.
    const parsed = extensions.text === validationText ? { doc, lines } : undefined;
    const validation = validateWithParser(extensions.text, options.fileName, parsed);
    const parserErrors = inline
        ? unmaskMessages(validation.errors, options.source)
        : validation.errors;
    const errors = [...extensions.errors, ...parserErrors];
    if (errors.length > 0)
        return { steps: [], errors: sortErrors(errors) };
    // Values come from the text as the user wrote it (in file mode that is the same text).
    // A list without any `${{`/`%{{` was not rewritten: its document serves for both.
    const rewritten = inline && validationText !== options.source;
    const valueLines = rewritten ? new dist.LineCounter() : lines;
    const valueDoc = rewritten ? readYaml(options.source, valueLines) : doc;
    try {
        const reader = new StepValueReader(valueDoc, valueLines, inline, extensions.byStepOffset);
        const steps = reader.readSequence(valueDoc.contents, validation.steps);
        assignKeys(steps);
        return { steps, errors: [] };
    }
    catch (error) {
        // Not expected: the validated text and the original have the same shape (same-length
        // rewrites of `%{{`/`${{` only). Fail closed rather than run a misread list.
        const reason = (0,src_errors/* errorText */.k)(error);
        return { steps: [], errors: [{ message: `The step list could not be read: ${reason}` }] };
    }
}
// ---------------------------------------------------------------------------------------------
// Inline mode: what the official parser gets to see
// ---------------------------------------------------------------------------------------------
/** Same length as `${{`, so columns stay right, but no longer an expression opener. */
const MASKED_NATIVE_OPEN = '$ {';
/**
 * `%{{` is ours and must be validated as an expression; a `${{` that survived the outer runner is
 * literal text (spec/expressions.md §4.3 step 1). One pass, so a rewritten `%{{` is not re-masked.
 */
function toValidationText(source) {
    return source.replace(/[%$]\{\{/g, (opener) => (opener === '%{{' ? '${{' : MASKED_NATIVE_OPEN));
}
/**
 * A message quoting masked text (an unknown `wait: ${{ x }}` target) would show `$ {`; show what
 * the user wrote instead, unless `$ {` itself occurs in the source and the swap could be wrong.
 */
function unmaskMessages(errors, source) {
    if (source.includes(MASKED_NATIVE_OPEN))
        return errors;
    return errors.map((error) => ({
        ...error,
        message: error.message.replaceAll(MASKED_NATIVE_OPEN, '${{')
    }));
}
// ---------------------------------------------------------------------------------------------
// Our own checks, before the parser: YAML syntax, alias bombs, the list's shape
// ---------------------------------------------------------------------------------------------
/** Parses with the options the workflow-parser's own YAML reader uses. */
function readYaml(text, lines) {
    // keepSourceTokens as well: the parser's reader looks at them (block scalar headers).
    return (0,dist.parseDocument)(text, { lineCounter: lines, uniqueKeys: false, keepSourceTokens: true });
}
/**
 * YAML syntax errors, alias abuse and a root that is not a sequence. Each stops validation: the
 * parser would either repeat them or, for aliases, expand them without limit.
 */
function checkStructure(doc, lines) {
    if (doc.errors.length > 0)
        return doc.errors.map(yamlSyntaxError);
    const aliasError = checkAliases(doc, lines);
    if (aliasError)
        return [aliasError];
    if (!(0,dist.isSeq)(doc.contents)) {
        const found = describeNode(doc.contents);
        return [{ message: `${NOT_A_SEQUENCE} (found ${found})`, ...rangeOf(doc.contents, lines) }];
    }
    return [];
}
/** The yaml message without its appended " at line L, column C:" source excerpt. */
function yamlSyntaxError(error) {
    const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
    const [start, end] = error.linePos ?? [];
    if (!start)
        return { message };
    const stop = end ?? start;
    return { message, line: start.line, column: start.col, endLine: stop.line, endColumn: stop.col };
}
/**
 * The workflow-parser's YAML reader expands every alias as it goes, so a "billion laughs"
 * document would exhaust memory there. Let the yaml package count expansions first; it also
 * catches an alias to an anchor that is not defined (the reader silently drops those).
 */
function checkAliases(doc, lines) {
    let firstAlias;
    (0,dist.visit)(doc, {
        Alias(_key, node) {
            firstAlias = node;
            return dist.visit.BREAK;
        }
    });
    if (firstAlias === undefined)
        return undefined;
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return undefined;
    }
    catch (error) {
        const message = (0,src_errors/* errorText */.k)(error);
        return { message, ...rangeOf(firstAlias, lines) };
    }
}
function describeNode(node) {
    if ((0,dist.isMap)(node))
        return 'a mapping';
    if ((0,dist.isScalar)(node))
        return node.value === null ? 'an empty value' : 'a scalar value';
    return 'nothing';
}
function rangeOf(node, lines) {
    const range = node?.range;
    if (!range)
        return { line: 1, column: 1 };
    const start = lines.linePos(range[0]);
    const end = lines.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
function validateWithParser(text, fileName, parsed) {
    const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), (0,steps_schema/* getStepsSchema */.D)(), new trace_writer/* NoOperationTraceWriter */.P());
    // The template reader consults the flag while reading; set it before anything is read.
    context.state.featureFlags = new FeatureFlags({ allowBackgroundSteps: true });
    const fileId = context.getFileId(fileName);
    let steps = [];
    let parseErrorCount = 0;
    try {
        const reader = parsed
            ? readerForParsedDocument(fileId, parsed.doc, parsed.lines)
            : new yaml_object_reader/* YamlObjectReader */.M(fileId, text);
        const token = (0,template_reader/* readTemplate */.x)(context, 'steps', reader, fileId);
        parseErrorCount = context.errors.count;
        steps = token ? convertSteps(context, token) : [];
    }
    catch (error) {
        // The parser is not expected to throw; if it does, say so instead of crashing.
        const message = (0,src_errors/* errorText */.k)(error);
        context.error(fileId, `The step list could not be validated: ${message}`);
    }
    const all = context.errors.getErrors();
    const parseErrors = all.slice(0, parseErrorCount);
    const convertErrors = all
        .slice(parseErrorCount)
        .filter((error) => !repeatsParseError(error, parseErrors));
    return { errors: [...parseErrors, ...convertErrors].map(toValidationError), steps };
}
/**
 * After the schema rejects a value, the converter trips over the same token and adds an internal
 * "Unexpected type 'StringToken' encountered while reading …" at the same place. It says nothing
 * new in parser jargon, and the spec's catalogue (§1.7) lists only the schema message.
 */
function repeatsParseError(error, parseErrors) {
    if (!/^Unexpected type '\w+' encountered while reading /.test(error.rawMessage))
        return false;
    const start = error.range?.start;
    if (!start)
        return false;
    return parseErrors.some((other) => other.range?.start.line === start.line && other.range.start.column === start.column);
}
function toValidationError(error) {
    const range = error.range;
    const message = readableMessage(error.rawMessage);
    if (!range)
        return { message };
    return {
        message,
        line: range.start.line,
        column: range.start.column,
        endLine: range.end.line,
        endColumn: range.end.column
    };
}
/**
 * The expressions lexer (0.3.61) throws a bare `ErrorExceededMaxLength` for an expression over
 * the limit, and the parser passes it on as the message; say it as the runner does.
 */
function readableMessage(message) {
    return message === 'ErrorExceededMaxLength'
        ? `Exceeded max expression length ${errors/* MAX_EXPRESSION_LENGTH */.dM}`
        : message;
}
/** By position (line, then column); errors without one last; stable. */
function sortErrors(errors) {
    const key = (error) => [
        error.line ?? Number.MAX_SAFE_INTEGER,
        error.column ?? Number.MAX_SAFE_INTEGER
    ];
    return [...errors].sort((a, b) => {
        const [lineA, columnA] = key(a);
        const [lineB, columnB] = key(b);
        return lineA - lineB || columnA - columnB;
    });
}
class StepValueReader {
    doc;
    lines;
    inline;
    extensions;
    constructor(doc, lines, inline, 
    /** Validated `ready`/`retry`/`weight` by step offset (same offsets: same-length rewrites). */
    extensions) {
        this.doc = doc;
        this.lines = lines;
        this.inline = inline;
        this.extensions = extensions;
    }
    /** Reads the sequence `node`, item i aligned with converted step i. */
    readSequence(node, converted) {
        const sequence = this.resolve(node);
        if (!(0,dist.isSeq)(sequence))
            throw new Error('expected a sequence of steps');
        if (sequence.items.length !== converted.length) {
            throw new Error(`${sequence.items.length} items but ${converted.length} validated steps`);
        }
        return sequence.items.map((item, index) => this.readStep(item, converted[index]));
    }
    readStep(item, converted) {
        const fields = this.fieldsOf(item);
        const base = {
            key: converted.id,
            id: converted.id,
            explicitId: fields.has('id'),
            name: fields.has('name') ? this.template(fields.get('name')) : undefined,
            position: this.positionOf(item),
            continueOnError: this.continueOnError(fields.get('continue-on-error'))
        };
        if ('run' in converted) {
            return {
                ...base,
                ...this.executableFields(fields),
                ...this.extensionsOf(item),
                kind: 'run',
                run: this.template(fields.get('run')),
                shell: this.optionalTemplate(fields, 'shell'),
                workingDirectory: this.optionalTemplate(fields, 'working-directory')
            };
        }
        if ('uses' in converted) {
            return {
                ...base,
                ...this.executableFields(fields),
                ...this.extensionsOf(item),
                kind: 'uses',
                // `uses` admits no expressions (schema), so it is never rewritten.
                uses: this.text(fields.get('uses')),
                with: this.templateRecord(fields.get('with'))
            };
        }
        if ('wait' in converted) {
            return { ...base, kind: 'wait', targets: converted.wait.map((target) => target.value) };
        }
        if ('wait-all' in converted)
            return { ...base, kind: 'wait-all', implicit: false };
        if ('cancel' in converted)
            return { ...base, kind: 'cancel', target: converted.cancel.value };
        const members = this.readSequence(fields.get('parallel'), converted.parallel);
        return { ...base, kind: 'parallel', members: members.filter(isExecutable) };
    }
    executableFields(fields) {
        const background = fields.get('background');
        return {
            if: fields.has('if') ? this.template(fields.get('if')) : '',
            env: this.templateRecord(fields.get('env')),
            timeoutMinutes: this.timeoutMinutes(fields.get('timeout-minutes')),
            background: (0,dist.isScalar)(background) && background.value === true
        };
    }
    /** The step's `ready`/`retry`/`weight`, only the ones written. */
    extensionsOf(item) {
        const start = this.resolve(item)?.range?.[0];
        return (start !== undefined && this.extensions.get(start)) || {};
    }
    continueOnError(node) {
        if (node === undefined)
            return false;
        if ((0,dist.isScalar)(node) && typeof node.value === 'boolean')
            return node.value;
        return this.template(node);
    }
    timeoutMinutes(node) {
        if (node === undefined)
            return undefined;
        if ((0,dist.isScalar)(node) && typeof node.value === 'number')
            return node.value;
        return this.template(node);
    }
    /** A step mapping's keys and (alias-resolved) values, in source order. */
    fieldsOf(item) {
        const mapping = this.resolve(item);
        if (!(0,dist.isMap)(mapping))
            throw new Error('expected a step mapping');
        const fields = new Map();
        for (const pair of mapping.items) {
            fields.set(this.text(this.resolve(pair.key)), this.resolve(pair.value) ?? null);
        }
        return fields;
    }
    templateRecord(node) {
        const record = {};
        if (node === null || node === undefined)
            return record;
        if (!(0,dist.isMap)(node))
            throw new Error('expected a mapping of inputs or variables');
        for (const pair of node.items) {
            // defineProperty keeps a key such as `__proto__` an ordinary entry.
            Object.defineProperty(record, this.text(this.resolve(pair.key)), {
                value: this.template(this.resolve(pair.value) ?? null),
                enumerable: true,
                writable: true,
                configurable: true
            });
        }
        return record;
    }
    optionalTemplate(fields, key) {
        return fields.has(key) ? this.template(fields.get(key)) : undefined;
    }
    /** A template value: in inline mode `%{{` becomes ours and a surviving `${{` literal (§4.3). */
    template(node) {
        const text = this.text(node);
        return this.inline ? (0,inline/* prepareInline */.V)(text) : text;
    }
    /** A scalar's text, with plain scalars coerced the way the runner does (runner-emulation §5.2). */
    text(node) {
        if (node === null || node === undefined)
            return '';
        if (!(0,dist.isScalar)(node))
            throw new Error('expected a scalar value');
        if (node.type !== 'PLAIN')
            return String(node.value);
        return plainScalarText(node.value);
    }
    positionOf(item) {
        const { line, column } = rangeOf(item, this.lines);
        return { line: line ?? 1, column: column ?? 1 };
    }
    resolve(node) {
        return (0,dist.isAlias)(node) ? node.resolve(this.doc) : node;
    }
}
function isExecutable(step) {
    return step.kind === 'run' || step.kind === 'uses';
}
/** null/~/empty → "", booleans → "true"/"false", numbers → .NET "G15" text (`1.10` → "1.1"). */
function plainScalarText(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number')
        return formatNumberG15(value);
    if (typeof value === 'string')
        return value;
    // The YAML core schema yields nothing else for a plain scalar; never print '[object Object]'.
    return JSON.stringify(value) ?? '';
}
/**
 * The runner prints YAML numbers with .NET `ToString("G15")`: 15 significant digits, trailing
 * zeros dropped, scientific notation (`1.5E+16`, `1E-05`) unless -5 < exponent < 15.
 */
function formatNumberG15(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? 'Infinity' : '-Infinity';
    if (value === 0)
        return Object.is(value, -0) ? '-0' : '0';
    const [mantissa, exponentText] = value.toExponential(14).split('e');
    const exponent = Number(exponentText);
    if (exponent >= 15 || exponent <= -5) {
        const digits = String(Math.abs(exponent)).padStart(2, '0');
        return `${dropTrailingZeros(mantissa)}E${exponent < 0 ? '-' : '+'}${digits}`;
    }
    return dropTrailingZeros(value.toPrecision(15));
}
function dropTrailingZeros(decimal) {
    return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}
// ---------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------
/**
 * Gives every step a key unique across the whole list. Top-level steps are keyed first and keep
 * their id (ids are unique in that scope). A `parallel` group restarts generated ids (`__run`
 * again) and its explicit ids are not checked against outer ones, so a member whose id is taken
 * gets the first free `<id>_2`, `<id>_3`, … (e.g. `__run_3`). Keys are compared case-insensitively
 * so they stay distinct where they become file names on a case-insensitive file system; the only
 * top-level ids that get a suffix are therefore ones that differ from an earlier id only in case.
 */
function assignKeys(steps) {
    const taken = new Set();
    const claim = (base) => {
        let candidate = base;
        for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix++) {
            candidate = `${base}_${suffix}`;
        }
        taken.add(candidate.toLowerCase());
        return candidate;
    };
    for (const step of steps)
        step.key = claim(step.id);
    for (const step of steps) {
        if (step.kind !== 'parallel')
            continue;
        for (const member of step.members)
            member.key = claim(member.id);
    }
}


/***/ }),

/***/ 1088:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k7: () => (/* binding */ IMPLICIT_WAIT_ALL_NAME),
  Gg: () => (/* binding */ buildPlan),
  FB: () => (/* binding */ syntheticName),
  MZ: () => (/* binding */ usesOf)
});

// UNUSED EXPORTS: IMPLICIT_WAIT_ALL_ID, PARALLEL_GROUP_NAME

// EXTERNAL MODULE: ./src/expressions/inline.ts
var inline = __nccwpck_require__(5142);
;// CONCATENATED MODULE: ./src/workflow/sharding.ts
/** The weight of a member without `weight:`. */
const DEFAULT_WEIGHT = 1;
/** Assigns every member of every group to a shard. */
function assignShards(groups, shard, naming) {
    const overall = new Array(shard.total).fill(0);
    return {
        ...shard,
        groups: groups.map((group) => {
            const inGroup = new Array(shard.total).fill(0);
            const byWeight = group.members
                .map((member, index) => ({ member, index, weight: member.weight ?? DEFAULT_WEIGHT }))
                .sort((a, b) => b.weight - a.weight || a.index - b.index);
            const placed = new Map();
            for (const { member, weight } of byWeight) {
                const target = lightest(inGroup, overall);
                inGroup[target] += weight;
                overall[target] += weight;
                placed.set(member.key, target);
            }
            const members = group.members.map((member) => ({
                key: member.key,
                label: naming.member(member),
                weight: member.weight ?? DEFAULT_WEIGHT,
                shard: placed.get(member.key) ?? 0
            }));
            return { key: group.key, name: naming.group, position: group.position, members };
        })
    };
}
/** The shard with the least weight in the group, then over all groups, then the lowest index. */
function lightest(inGroup, overall) {
    let best = 0;
    for (let i = 1; i < inGroup.length; i++) {
        if (inGroup[i] < inGroup[best] ||
            (inGroup[i] === inGroup[best] && overall[i] < overall[best])) {
            best = i;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/workflow/plan.ts
/**
 * Parsed steps → the flat plan the engine runs: `parallel` groups expanded (R60), list order
 * kept, and the implicit "Wait for all background steps" appended when the static coverage check
 * finds a background step nothing waits for (R46). With the `shard` input (beyond native), each
 * group keeps only this matrix leg's share of its members (`sharding.ts`).
 */


/** Name of the step the runner appends when a background step is left uncovered (R46). */
const IMPLICIT_WAIT_ALL_NAME = 'Wait for all background steps';
/** Id and key of that step; `__` keeps it out of the `steps` context. */
const IMPLICIT_WAIT_ALL_ID = '__implicit_wait_all';
/** Display name of a `parallel` group and of the wait that closes it (R62). */
const PARALLEL_GROUP_NAME = 'Parallel group';
/** Expands `parallel` groups (R60), keeps list order, appends the implicit wait-all when needed (R46). */
function buildPlan(steps, options = {}) {
    const planned = [];
    const groups = {};
    const nonEmpty = steps.filter((step) => step.kind === 'parallel' && step.members.length > 0);
    const shardPlan = options.shard
        ? assignShards(nonEmpty, options.shard, { group: PARALLEL_GROUP_NAME, member: memberLabel })
        : undefined;
    for (const step of steps) {
        if (step.kind !== 'parallel') {
            planned.push(step);
        }
        else if (step.members.length > 0) {
            // R61: `parallel: []` is a no-op, so an empty group leaves no trace at all.
            groups[step.key] = PARALLEL_GROUP_NAME;
            planned.push(...expandGroup(onThisShard(step, shardPlan)));
        }
    }
    const uncovered = uncoveredBackgroundSteps(planned);
    if (uncovered.length > 0)
        planned.push(implicitWaitAll(uncovered[0].position));
    return shardPlan ? { steps: planned, groups, shard: shardPlan } : { steps: planned, groups };
}
/**
 * The group with only the members sharding gave this leg. A group left with none still keeps its
 * wait, which then waits for nothing ("(none)"), so every leg shows every group.
 */
function onThisShard(group, shard) {
    if (!shard)
        return group;
    const mine = new Set(shard.groups
        .find((entry) => entry.key === group.key)
        ?.members.filter((member) => member.shard === shard.index)
        .map((member) => member.key));
    return { ...group, members: group.members.filter((member) => mine.has(member.key)) };
}
/**
 * What the summary calls a member before it ran (it may not run on this leg at all): a literal
 * `name:`, else the user's id, else the runner's default name.
 */
function memberLabel(step) {
    if (step.name !== undefined && step.name.trim() !== '' && !step.name.includes('${{')) {
        return step.name;
    }
    return step.explicitId ? step.id : syntheticName(step);
}
/** Every `uses:` of a step list, `parallel` members included, first occurrence first. */
function usesOf(steps) {
    const found = new Set();
    const walk = (list) => {
        for (const step of list) {
            if (step.kind === 'uses')
                found.add(step.uses);
            if (step.kind === 'parallel')
                walk(step.members);
        }
    };
    walk(steps);
    return [...found];
}
/**
 * The runner's display name for a step without `name:`: "Run <first line>" for `run:`,
 * "Run <uses>" for `uses:`, and the parser's synthetic names for control steps (§1.3).
 */
function syntheticName(step) {
    switch (step.kind) {
        case 'run':
            return `Run ${firstNonBlankLine(step.run)}`.trim();
        case 'uses':
            return `Run ${step.uses}`;
        case 'wait':
            return step.parallelGroup === undefined ? 'Wait' : PARALLEL_GROUP_NAME;
        case 'wait-all':
            return step.implicit ? IMPLICIT_WAIT_ALL_NAME : 'Wait for all';
        case 'cancel':
            return 'Cancel';
        case 'parallel':
            return PARALLEL_GROUP_NAME;
    }
}
/** The first non-blank line, shown as written (an inline literal `${{` is shown as `${{`). */
function firstNonBlankLine(text) {
    return (text
        .replaceAll(inline/* ESCAPED_NATIVE_OPEN */.h, '${{')
        .split(/\r\n|\r|\n/)
        .map((line) => line.trim())
        .find((line) => line.length > 0) ?? '');
}
/**
 * R60: the members run as background steps, then one wait on exactly them. Generated member ids
 * restart per group (`__run` again), so the wait targets the members' unique keys; it takes the
 * group's key and id, standing in for the group in the plan.
 */
function expandGroup(group) {
    const members = group.members.map((member) => ({
        ...member,
        background: true,
        parallelGroup: group.key
    }));
    const wait = {
        kind: 'wait',
        key: group.key,
        id: group.id,
        explicitId: false,
        name: undefined,
        position: group.position,
        continueOnError: false,
        targets: members.map((member) => member.key),
        parallelGroup: group.key
    };
    return [...members, wait];
}
/**
 * R46: a background step outside a group is covered when a `wait` or `cancel` anywhere names its
 * id (case-insensitively, as the runner's static map does) or any `wait-all` comes after it.
 * Static: a step that `if:` will skip still counts. Groups are covered by their own wait.
 */
function uncoveredBackgroundSteps(steps) {
    const targeted = new Set(steps
        .filter((step) => isUserTargeting(step))
        .flatMap((step) => (step.kind === 'wait' ? step.targets : [step.target]))
        .map((target) => target.toLowerCase()));
    const lastWaitAll = steps.map((step) => step.kind).lastIndexOf('wait-all');
    return steps.filter((step, index) => (step.kind === 'run' || step.kind === 'uses') &&
        step.background &&
        step.parallelGroup === undefined &&
        !targeted.has(step.id.toLowerCase()) &&
        index > lastWaitAll);
}
/** A user's `wait`/`cancel` (a group's own wait targets member keys, not ids). */
function isUserTargeting(step) {
    return step.kind === 'cancel' || (step.kind === 'wait' && step.parallelGroup === undefined);
}
/**
 * The appended step has no source of its own; it carries the position of the first background
 * step that made it necessary, so a message about it can point somewhere useful.
 */
function implicitWaitAll(position) {
    return {
        kind: 'wait-all',
        key: IMPLICIT_WAIT_ALL_ID,
        id: IMPLICIT_WAIT_ALL_ID,
        explicitId: false,
        name: undefined,
        position,
        continueOnError: false,
        implicit: true
    };
}


/***/ }),

/***/ 2350:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ getStepsSchema)
});

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/index.js + 11 modules
var schema = __nccwpck_require__(1031);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/index.js + 10 modules
var tokens = __nccwpck_require__(3262);
;// CONCATENATED MODULE: ./src/workflow/steps-schema-data.ts
// Generated by scripts/generate-steps-schema.mjs from @actions/workflow-parser's
// workflow-v1.0 schema: the 79 of 304 definitions reachable from `steps`. Do not edit.
const STEPS_SCHEMA_JSON = "{\"version\":\"workflow-v1.0\",\"definitions\":{\"boolean-strategy-context\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"boolean\":{}},\"cancel-step\":{\"mapping\":{\"properties\":{\"name\":\"step-name\",\"id\":\"step-id\",\"continue-on-error\":\"step-continue-on-error\",\"cancel\":{\"type\":\"step-cancel-target\",\"required\":true}}}},\"concurrency-mapping\":{\"mapping\":{\"properties\":{\"group\":{\"type\":\"non-empty-string\",\"required\":true},\"cancel-in-progress\":{\"type\":\"boolean\"},\"queue\":{\"type\":\"concurrency-queue\"}}}},\"concurrency-queue\":{\"allowed-values\":[\"single\",\"max\"]},\"container\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"one-of\":[\"string\",\"container-mapping\"]},\"container-env\":{\"mapping\":{\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"string-runner-context\"}},\"container-mapping\":{\"mapping\":{\"properties\":{\"image\":{\"type\":\"non-empty-string\"},\"options\":{\"type\":\"string\"},\"env\":\"container-env\",\"ports\":{\"type\":\"sequence-of-non-empty-string\"},\"volumes\":{\"type\":\"sequence-of-non-empty-string\"},\"credentials\":\"container-registry-credentials\"}}},\"container-registry-credentials\":{\"context\":[\"github\",\"inputs\",\"vars\",\"secrets\",\"env\"],\"mapping\":{\"properties\":{\"username\":\"non-empty-string\",\"password\":\"non-empty-string\"}}},\"job\":{\"one-of\":[\"job-factory\",\"workflow-job\"]},\"job-concurrency\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"one-of\":[\"non-empty-string\",\"concurrency-mapping\"]},\"job-defaults\":{\"mapping\":{\"properties\":{\"run\":\"job-defaults-run\"}}},\"job-defaults-run\":{\"context\":[\"github\",\"inputs\",\"vars\",\"strategy\",\"matrix\",\"needs\",\"env\"],\"mapping\":{\"properties\":{\"shell\":\"shell\",\"working-directory\":\"working-directory\"}}},\"job-env\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"secrets\"],\"mapping\":{\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"string\"}},\"job-environment\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"one-of\":[\"string\",\"job-environment-mapping\"]},\"job-environment-mapping\":{\"mapping\":{\"properties\":{\"name\":{\"type\":\"job-environment-name\",\"required\":true},\"url\":{\"type\":\"string-runner-context-no-secrets\"},\"deployment\":{\"type\":\"boolean\"}}}},\"job-environment-name\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"string\":{}},\"job-factory\":{\"mapping\":{\"properties\":{\"needs\":\"needs\",\"if\":\"job-if\",\"strategy\":\"strategy\",\"name\":{\"type\":\"string-strategy-context\"},\"runs-on\":{\"type\":\"runs-on\",\"required\":true},\"timeout-minutes\":{\"type\":\"number-strategy-context\"},\"cancel-timeout-minutes\":\"number-strategy-context\",\"continue-on-error\":{\"type\":\"boolean-strategy-context\"},\"container\":\"container\",\"services\":\"services\",\"env\":\"job-env\",\"environment\":\"job-environment\",\"permissions\":\"permissions\",\"concurrency\":\"job-concurrency\",\"outputs\":\"job-outputs\",\"defaults\":\"job-defaults\",\"steps\":\"steps\",\"snapshot\":\"snapshot\"}}},\"job-if\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"always(0,0)\",\"failure(0,MAX)\",\"cancelled(0,0)\",\"success(0,MAX)\"],\"string\":{}},\"job-outputs\":{\"mapping\":{\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"string-runner-context\"}},\"matrix\":{\"mapping\":{\"properties\":{\"include\":{\"type\":\"matrix-filter\"},\"exclude\":{\"type\":\"matrix-filter\"}},\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"sequence\"}},\"matrix-filter\":{\"sequence\":{\"item-type\":\"matrix-filter-item\"}},\"matrix-filter-item\":{\"mapping\":{\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"any\"}},\"needs\":{\"one-of\":[\"sequence-of-non-empty-string\",\"non-empty-string\"]},\"non-empty-string\":{\"string\":{\"require-non-empty\":true}},\"number-strategy-context\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"number\":{}},\"parallel-step\":{\"mapping\":{\"properties\":{\"parallel\":{\"type\":\"parallel-steps\",\"required\":true}}}},\"parallel-steps\":{\"sequence\":{\"item-type\":\"steps-item\"}},\"permission-level-any\":{\"one-of\":[\"permission-level-read\",\"permission-level-write\",\"permission-level-no-access\"]},\"permission-level-no-access\":{\"string\":{\"constant\":\"none\"}},\"permission-level-read\":{\"string\":{\"constant\":\"read\"}},\"permission-level-read-or-no-access\":{\"one-of\":[\"permission-level-read\",\"permission-level-no-access\"]},\"permission-level-shorthand-read-all\":{\"string\":{\"constant\":\"read-all\"}},\"permission-level-shorthand-write-all\":{\"string\":{\"constant\":\"write-all\"}},\"permission-level-write\":{\"string\":{\"constant\":\"write\"}},\"permission-level-write-or-no-access\":{\"one-of\":[\"permission-level-write\",\"permission-level-no-access\"]},\"permissions\":{\"one-of\":[\"permissions-mapping\",\"permission-level-shorthand-read-all\",\"permission-level-shorthand-write-all\"]},\"permissions-mapping\":{\"mapping\":{\"properties\":{\"actions\":{\"type\":\"permission-level-any\"},\"artifact-metadata\":{\"type\":\"permission-level-any\"},\"attestations\":{\"type\":\"permission-level-any\"},\"checks\":{\"type\":\"permission-level-any\"},\"code-quality\":{\"type\":\"permission-level-any\"},\"contents\":{\"type\":\"permission-level-any\"},\"copilot-requests\":{\"type\":\"permission-level-write-or-no-access\"},\"deployments\":{\"type\":\"permission-level-any\"},\"discussions\":{\"type\":\"permission-level-any\"},\"drives\":{\"type\":\"permission-level-any\"},\"id-token\":{\"type\":\"permission-level-write-or-no-access\"},\"issues\":{\"type\":\"permission-level-any\"},\"models\":{\"type\":\"permission-level-read-or-no-access\"},\"packages\":{\"type\":\"permission-level-any\"},\"pages\":{\"type\":\"permission-level-any\"},\"pull-requests\":{\"type\":\"permission-level-any\"},\"repository-projects\":{\"type\":\"permission-level-any\"},\"security-events\":{\"type\":\"permission-level-any\"},\"statuses\":{\"type\":\"permission-level-any\"},\"vulnerability-alerts\":{\"type\":\"permission-level-read-or-no-access\"}}}},\"regular-step\":{\"mapping\":{\"properties\":{\"name\":\"step-name\",\"id\":\"step-id\",\"if\":\"step-if\",\"continue-on-error\":\"step-continue-on-error\",\"timeout-minutes\":\"step-timeout-minutes\",\"uses\":{\"type\":\"step-uses\",\"required\":true},\"with\":\"step-with\",\"env\":\"step-env\",\"background\":\"step-background\"}}},\"run-step\":{\"mapping\":{\"properties\":{\"name\":\"step-name\",\"id\":\"step-id\",\"if\":\"step-if\",\"timeout-minutes\":\"step-timeout-minutes\",\"run\":{\"type\":\"string-steps-context\",\"required\":true},\"continue-on-error\":\"step-continue-on-error\",\"env\":\"step-env\",\"working-directory\":\"string-steps-context\",\"shell\":\"shell\",\"background\":\"step-background\"}}},\"runs-on\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"one-of\":[\"non-empty-string\",\"sequence-of-non-empty-string\",\"runs-on-mapping\"]},\"runs-on-labels\":{\"one-of\":[\"non-empty-string\",\"sequence-of-non-empty-string\"]},\"runs-on-mapping\":{\"mapping\":{\"properties\":{\"group\":{\"type\":\"non-empty-string\"},\"labels\":\"runs-on-labels\"}}},\"scalar-needs-context\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"one-of\":[\"string\",\"boolean\",\"number\"]},\"scalar-needs-context-with-secrets\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"secrets\",\"strategy\",\"matrix\"],\"one-of\":[\"string\",\"boolean\",\"number\"]},\"sequence-of-non-empty-string\":{\"sequence\":{\"item-type\":\"non-empty-string\"}},\"service-container-mapping\":{\"mapping\":{\"properties\":{\"image\":{\"type\":\"non-empty-string\"},\"options\":{\"type\":\"string\"},\"env\":\"container-env\",\"ports\":{\"type\":\"sequence-of-non-empty-string\"},\"volumes\":{\"type\":\"sequence-of-non-empty-string\"},\"credentials\":\"container-registry-credentials\",\"entrypoint\":{\"type\":\"string\"},\"command\":{\"type\":\"string\"}}}},\"services\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"mapping\":{\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"services-container\"}},\"services-container\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"one-of\":[\"non-empty-string\",\"service-container-mapping\"]},\"shell\":{\"string\":{\"require-non-empty\":true}},\"snapshot\":{\"one-of\":[\"non-empty-string\",\"snapshot-mapping\"]},\"snapshot-if\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"string\":{}},\"snapshot-mapping\":{\"mapping\":{\"properties\":{\"image-name\":{\"type\":\"non-empty-string\",\"required\":true},\"if\":\"snapshot-if\",\"version\":{\"type\":\"non-empty-string\"}}}},\"step-background\":{\"boolean\":{}},\"step-cancel-target\":{\"string\":{\"require-non-empty\":true}},\"step-continue-on-error\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"secrets\",\"steps\",\"job\",\"runner\",\"env\",\"hashFiles(1,255)\"],\"boolean\":{}},\"step-env\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"secrets\",\"steps\",\"job\",\"runner\",\"env\",\"hashFiles(1,255)\"],\"mapping\":{\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"string\"}},\"step-id\":{\"string\":{\"require-non-empty\":true}},\"step-if\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"steps\",\"job\",\"runner\",\"env\",\"always(0,0)\",\"failure(0,0)\",\"cancelled(0,0)\",\"success(0,0)\",\"hashFiles(1,255)\"],\"string\":{}},\"step-name\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"secrets\",\"steps\",\"job\",\"runner\",\"env\",\"hashFiles(1,255)\"],\"string\":{}},\"step-timeout-minutes\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"secrets\",\"steps\",\"job\",\"runner\",\"env\",\"hashFiles(1,255)\"],\"number\":{}},\"step-uses\":{\"string\":{\"require-non-empty\":true}},\"step-wait-all-value\":{\"one-of\":[\"null\",\"boolean\"]},\"step-wait-target\":{\"one-of\":[\"non-empty-string\",\"sequence-of-non-empty-string\"]},\"step-with\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"secrets\",\"steps\",\"job\",\"runner\",\"env\",\"hashFiles(1,255)\"],\"mapping\":{\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"string\"}},\"steps\":{\"sequence\":{\"item-type\":\"steps-item\"}},\"steps-item\":{\"one-of\":[\"run-step\",\"regular-step\",\"wait-step\",\"wait-all-step\",\"cancel-step\",\"parallel-step\"]},\"strategy\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\"],\"mapping\":{\"properties\":{\"fail-fast\":{\"type\":\"boolean\"},\"max-parallel\":{\"type\":\"number\"},\"matrix\":\"matrix\"}}},\"string-runner-context\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"secrets\",\"steps\",\"job\",\"runner\",\"env\"],\"string\":{}},\"string-runner-context-no-secrets\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"steps\",\"job\",\"runner\",\"env\"],\"string\":{}},\"string-steps-context\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\",\"secrets\",\"steps\",\"job\",\"runner\",\"env\",\"hashFiles(1,255)\"],\"string\":{}},\"string-strategy-context\":{\"context\":[\"github\",\"inputs\",\"vars\",\"needs\",\"strategy\",\"matrix\"],\"string\":{}},\"wait-all-step\":{\"mapping\":{\"properties\":{\"name\":\"step-name\",\"id\":\"step-id\",\"continue-on-error\":\"step-continue-on-error\",\"wait-all\":{\"type\":\"step-wait-all-value\",\"required\":true}}}},\"wait-step\":{\"mapping\":{\"properties\":{\"name\":\"step-name\",\"id\":\"step-id\",\"continue-on-error\":\"step-continue-on-error\",\"wait\":{\"type\":\"step-wait-target\",\"required\":true}}}},\"workflow-job\":{\"mapping\":{\"properties\":{\"name\":{\"type\":\"string-strategy-context\"},\"uses\":{\"type\":\"non-empty-string\",\"required\":true},\"with\":\"workflow-job-with\",\"secrets\":\"workflow-job-secrets\",\"needs\":\"needs\",\"if\":\"job-if\",\"permissions\":\"permissions\",\"concurrency\":\"job-concurrency\",\"strategy\":\"strategy\"}}},\"workflow-job-secrets\":{\"one-of\":[\"workflow-job-secrets-mapping\",\"workflow-job-secrets-inherit\"]},\"workflow-job-secrets-inherit\":{\"string\":{\"constant\":\"inherit\"}},\"workflow-job-secrets-mapping\":{\"mapping\":{\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"scalar-needs-context-with-secrets\"}},\"workflow-job-with\":{\"mapping\":{\"loose-key-type\":\"non-empty-string\",\"loose-value-type\":\"scalar-needs-context\"}},\"working-directory\":{\"string\":{\"require-non-empty\":true}}}}";

;// CONCATENATED MODULE: ./src/workflow/steps-schema.ts
/**
 * The schema a step list is read with: the official workflow schema cut down to what `steps`
 * reaches (src/workflow/steps-schema-data.ts, generated from the parser package). Same
 * definitions, same validation and messages, at a fraction of the start-up cost of the whole
 * schema, which the parser would otherwise load for every run (`npm run bench`, B1/B3/B5).
 *
 * It is built straight from the JSON: `TemplateSchema.load` would first read the JSON as a
 * template validated against the meta-schema (itself built for the occasion) and then check
 * the definitions' references — both only ever find problems in a hand-edited schema, and ours
 * is generated from the official one, whose load a test compares this with.
 */



let steps_schema_schema;
/** The schema, built on first use. */
function getStepsSchema() {
    return (steps_schema_schema ??= new schema/* TemplateSchema */._(toToken(JSON.parse(STEPS_SCHEMA_JSON))));
}
/** A JSON value as the tokens the parser's JSONObjectReader would make of it. */
function toToken(value) {
    if (typeof value === 'boolean')
        return new tokens/* BooleanToken */.Km(undefined, undefined, value, undefined);
    if (typeof value === 'number')
        return new tokens/* NumberToken */.X1(undefined, undefined, value, undefined);
    if (typeof value === 'string')
        return new tokens/* StringToken */.Hj(undefined, undefined, value, undefined);
    if (value === null || value === undefined)
        return new tokens/* NullToken */.Z4(undefined, undefined, undefined);
    if (Array.isArray(value)) {
        const sequence = new tokens/* SequenceToken */.vd(undefined, undefined, undefined);
        for (const item of value)
            sequence.add(toToken(item));
        return sequence;
    }
    const mapping = new tokens/* MappingToken */.eJ(undefined, undefined, undefined);
    for (const [key, item] of Object.entries(value)) {
        mapping.add(new tokens/* StringToken */.Hj(undefined, undefined, key, undefined), toToken(item));
    }
    return mapping;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Composer = composer.Composer;
exports.Document = Document.Document;
exports.Schema = Schema.Schema;
exports.YAMLError = errors.YAMLError;
exports.YAMLParseError = errors.YAMLParseError;
exports.YAMLWarning = errors.YAMLWarning;
exports.Alias = Alias.Alias;
exports.isAlias = identity.isAlias;
exports.isCollection = identity.isCollection;
exports.isDocument = identity.isDocument;
exports.isMap = identity.isMap;
exports.isNode = identity.isNode;
exports.isPair = identity.isPair;
exports.isScalar = identity.isScalar;
exports.isSeq = identity.isSeq;
exports.Pair = Pair.Pair;
exports.Scalar = Scalar.Scalar;
exports.YAMLMap = YAMLMap.YAMLMap;
exports.YAMLSeq = YAMLSeq.YAMLSeq;
exports.CST = cst;
exports.Lexer = lexer.Lexer;
exports.LineCounter = lineCounter.LineCounter;
exports.Parser = parser.Parser;
exports.parse = publicApi.parse;
exports.parseAllDocuments = publicApi.parseAllDocuments;
exports.parseDocument = publicApi.parseDocument;
exports.stringify = publicApi.stringify;
exports.visit = visit.visit;
exports.visitAsync = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 2049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ Star),
/* harmony export */   QC: () => (/* binding */ ContextAccess),
/* harmony export */   R6: () => (/* binding */ FunctionCall),
/* harmony export */   _c: () => (/* binding */ Unary),
/* harmony export */   aU: () => (/* binding */ Grouping),
/* harmony export */   oD: () => (/* binding */ Logical),
/* harmony export */   p_: () => (/* binding */ IndexAccess),
/* harmony export */   uS: () => (/* binding */ Literal),
/* harmony export */   yI: () => (/* binding */ Binary)
/* harmony export */ });
/* unused harmony export Expr */
class Expr {
}
class Literal extends Expr {
    constructor(literal, token) {
        super();
        this.literal = literal;
        this.token = token;
    }
    accept(v) {
        return v.visitLiteral(this);
    }
}
class Unary extends Expr {
    constructor(operator, expr) {
        super();
        this.operator = operator;
        this.expr = expr;
    }
    accept(v) {
        return v.visitUnary(this);
    }
}
class FunctionCall extends Expr {
    constructor(functionName, args) {
        super();
        this.functionName = functionName;
        this.args = args;
    }
    accept(v) {
        return v.visitFunctionCall(this);
    }
}
class Binary extends Expr {
    constructor(left, operator, right) {
        super();
        this.left = left;
        this.operator = operator;
        this.right = right;
    }
    accept(v) {
        return v.visitBinary(this);
    }
}
class Logical extends Expr {
    constructor(operator, args) {
        super();
        this.operator = operator;
        this.args = args;
    }
    accept(v) {
        return v.visitLogical(this);
    }
}
class Grouping extends Expr {
    constructor(group) {
        super();
        this.group = group;
    }
    accept(v) {
        return v.visitGrouping(this);
    }
}
class ContextAccess extends Expr {
    constructor(name) {
        super();
        this.name = name;
    }
    accept(v) {
        return v.visitContextAccess(this);
    }
}
class IndexAccess extends Expr {
    constructor(expr, index) {
        super();
        this.expr = expr;
        this.index = index;
    }
    accept(v) {
        return v.visitIndexAccess(this);
    }
}
class Star extends Expr {
    accept() {
        throw new Error("Method not implemented.");
    }
}
//# sourceMappingURL=ast.js.map

/***/ }),

/***/ 8315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Array)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class Array {
    constructor(...data) {
        this.v = [];
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Array;
        this.primitive = false;
        for (const d of data) {
            this.add(d);
        }
    }
    coerceString() {
        return (0,_expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .kindStr */ .m)(this.kind);
    }
    number() {
        return NaN;
    }
    add(value) {
        this.v.push(value);
    }
    get(index) {
        return this.v[index];
    }
    values() {
        return this.v;
    }
}
//# sourceMappingURL=array.js.map

/***/ }),

/***/ 5438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ BooleanData)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class BooleanData {
    constructor(value) {
        this.value = value;
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Boolean;
        this.primitive = true;
    }
    coerceString() {
        if (this.value) {
            return "true";
        }
        return "false";
    }
    number() {
        if (this.value) {
            return 1;
        }
        return 0;
    }
}
//# sourceMappingURL=boolean.js.map

/***/ }),

/***/ 8596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Dictionary)
/* harmony export */ });
/* unused harmony export isDictionary */
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class Dictionary {
    constructor(...pairs) {
        this.keys = [];
        this.v = [];
        this.indexMap = {};
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Dictionary;
        this.primitive = false;
        for (const p of pairs) {
            this.add(p.key, p.value);
        }
    }
    coerceString() {
        return (0,_expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .kindStr */ .m)(this.kind);
    }
    number() {
        return NaN;
    }
    add(key, value) {
        if (key.toLowerCase() in this.indexMap) {
            return;
        }
        this.keys.push(key);
        this.v.push(value);
        this.indexMap[key.toLowerCase()] = this.v.length - 1;
    }
    get(key) {
        const index = this.indexMap[key.toLowerCase()];
        if (index === undefined) {
            return undefined;
        }
        return this.v[index];
    }
    values() {
        return this.v;
    }
    pairs() {
        const result = [];
        for (const key of this.keys) {
            result.push({ key, value: this.v[this.indexMap[key.toLowerCase()]] });
        }
        return result;
    }
}
function isDictionary(x) {
    return x.kind === Kind.Dictionary;
}
//# sourceMappingURL=dictionary.js.map

/***/ }),

/***/ 1674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Kind),
/* harmony export */   m: () => (/* binding */ kindStr)
/* harmony export */ });
var Kind;
(function (Kind) {
    Kind[Kind["String"] = 0] = "String";
    Kind[Kind["Array"] = 1] = "Array";
    Kind[Kind["Dictionary"] = 2] = "Dictionary";
    Kind[Kind["Boolean"] = 3] = "Boolean";
    Kind[Kind["Number"] = 4] = "Number";
    Kind[Kind["CaseSensitiveDictionary"] = 5] = "CaseSensitiveDictionary";
    Kind[Kind["Null"] = 6] = "Null";
})(Kind || (Kind = {}));
function kindStr(k) {
    switch (k) {
        case Kind.Array:
            return "Array";
        case Kind.Boolean:
            return "Boolean";
        case Kind.Null:
            return "Null";
        case Kind.Number:
            return "Number";
        case Kind.Dictionary:
            return "Object";
        case Kind.String:
            return "String";
    }
    return "unknown";
}
//# sourceMappingURL=expressiondata.js.map

/***/ }),

/***/ 5958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O3: () => (/* reexport safe */ _array_js__WEBPACK_IMPORTED_MODULE_0__.O),
/* harmony export */   Q9: () => (/* reexport safe */ _number_js__WEBPACK_IMPORTED_MODULE_5__.Q),
/* harmony export */   Uv: () => (/* reexport safe */ _null_js__WEBPACK_IMPORTED_MODULE_4__.U),
/* harmony export */   b8: () => (/* reexport safe */ _expressiondata_js__WEBPACK_IMPORTED_MODULE_3__.b),
/* harmony export */   bT: () => (/* reexport safe */ _dictionary_js__WEBPACK_IMPORTED_MODULE_2__.b),
/* harmony export */   bo: () => (/* reexport safe */ _boolean_js__WEBPACK_IMPORTED_MODULE_1__.b),
/* harmony export */   uQ: () => (/* reexport safe */ _string_js__WEBPACK_IMPORTED_MODULE_8__.u)
/* harmony export */ });
/* harmony import */ var _array_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8315);
/* harmony import */ var _boolean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5438);
/* harmony import */ var _dictionary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8596);
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1674);
/* harmony import */ var _null_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7749);
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9881);
/* harmony import */ var _replacer_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9442);
/* harmony import */ var _reviver_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(379);
/* harmony import */ var _string_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3637);









//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ Null)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class Null {
    constructor() {
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Null;
        this.primitive = true;
    }
    coerceString() {
        return "";
    }
    number() {
        return 0;
    }
}
//# sourceMappingURL=null.js.map

/***/ }),

/***/ 9881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ NumberData)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class NumberData {
    constructor(value) {
        this.value = value;
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Number;
        this.primitive = true;
    }
    coerceString() {
        if (this.value === 0) {
            return "0";
        }
        // Workaround to limit the precision to at most 15 digits. Format the number to a string, then parse
        // it back to a number to remove trailing zeroes to prevent numbers to be converted to 1.200000000...
        return (+this.value.toFixed(15)).toString();
    }
    number() {
        return this.value;
    }
}
//# sourceMappingURL=number.js.map

/***/ }),

/***/ 9442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ replacer)
/* harmony export */ });
/* harmony import */ var _array_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8315);
/* harmony import */ var _boolean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5438);
/* harmony import */ var _dictionary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8596);
/* harmony import */ var _null_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7749);
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9881);
/* harmony import */ var _string_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3637);






/**
 * Replacer can be passed to JSON.stringify to convert an ExpressionData object into plain JSON
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/stringify#replacer
 */
function replacer(_key, value) {
    if (value instanceof _null_js__WEBPACK_IMPORTED_MODULE_3__/* .Null */ .U) {
        return null;
    }
    if (value instanceof _boolean_js__WEBPACK_IMPORTED_MODULE_1__/* .BooleanData */ .b) {
        return value.value;
    }
    if (value instanceof _number_js__WEBPACK_IMPORTED_MODULE_4__/* .NumberData */ .Q) {
        return value.number();
    }
    if (value instanceof _string_js__WEBPACK_IMPORTED_MODULE_5__/* .StringData */ .u) {
        return value.coerceString();
    }
    if (value instanceof _array_js__WEBPACK_IMPORTED_MODULE_0__/* .Array */ .O) {
        return value.values();
    }
    if (value instanceof _dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .Dictionary */ .b) {
        const pairs = value.pairs();
        const r = {};
        for (const p of pairs) {
            r[p.key] = p.value;
        }
        return r;
    }
    return value;
}
//# sourceMappingURL=replacer.js.map

/***/ }),

/***/ 379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ reviver)
/* harmony export */ });
/* harmony import */ var _array_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8315);
/* harmony import */ var _boolean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5438);
/* harmony import */ var _dictionary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8596);
/* harmony import */ var _null_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7749);
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9881);
/* harmony import */ var _string_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3637);






/**
 * Reviver can be passed to `JSON.parse` to convert plain JSON into an `ExpressionData` object.
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse#reviver
 */
function reviver(_key, val) {
    if (val === null) {
        return new _null_js__WEBPACK_IMPORTED_MODULE_3__/* .Null */ .U();
    }
    if (typeof val === "string") {
        return new _string_js__WEBPACK_IMPORTED_MODULE_5__/* .StringData */ .u(val);
    }
    if (typeof val === "number") {
        return new _number_js__WEBPACK_IMPORTED_MODULE_4__/* .NumberData */ .Q(val);
    }
    if (typeof val === "boolean") {
        return new _boolean_js__WEBPACK_IMPORTED_MODULE_1__/* .BooleanData */ .b(val);
    }
    if (Array.isArray(val)) {
        return new _array_js__WEBPACK_IMPORTED_MODULE_0__/* .Array */ .O(...val);
    }
    if (typeof val === "object") {
        return new _dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .Dictionary */ .b(...Object.keys(val).map(k => ({
            key: k,
            value: val[k]
        })));
    }
    // Pass through value
    return val;
}
//# sourceMappingURL=reviver.js.map

/***/ }),

/***/ 3637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ StringData)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class StringData {
    constructor(value) {
        this.value = value;
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.String;
        this.primitive = true;
    }
    coerceString() {
        return this.value;
    }
    number() {
        return Number(this.value);
    }
}
//# sourceMappingURL=string.js.map

/***/ }),

/***/ 2830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ ErrorType),
/* harmony export */   VP: () => (/* binding */ MAX_PARSER_DEPTH),
/* harmony export */   ZI: () => (/* binding */ ExpressionEvaluationError),
/* harmony export */   dM: () => (/* binding */ MAX_EXPRESSION_LENGTH),
/* harmony export */   tj: () => (/* binding */ ExpressionError)
/* harmony export */ });
/* harmony import */ var _lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2083);

const MAX_PARSER_DEPTH = 50;
const MAX_EXPRESSION_LENGTH = 21000;
var ErrorType;
(function (ErrorType) {
    ErrorType[ErrorType["ErrorUnexpectedSymbol"] = 0] = "ErrorUnexpectedSymbol";
    ErrorType[ErrorType["ErrorUnrecognizedNamedValue"] = 1] = "ErrorUnrecognizedNamedValue";
    ErrorType[ErrorType["ErrorUnexpectedEndOfExpression"] = 2] = "ErrorUnexpectedEndOfExpression";
    ErrorType[ErrorType["ErrorExceededMaxDepth"] = 3] = "ErrorExceededMaxDepth";
    ErrorType[ErrorType["ErrorExceededMaxLength"] = 4] = "ErrorExceededMaxLength";
    ErrorType[ErrorType["ErrorTooFewParameters"] = 5] = "ErrorTooFewParameters";
    ErrorType[ErrorType["ErrorTooManyParameters"] = 6] = "ErrorTooManyParameters";
    ErrorType[ErrorType["ErrorEvenParameters"] = 7] = "ErrorEvenParameters";
    ErrorType[ErrorType["ErrorUnrecognizedContext"] = 8] = "ErrorUnrecognizedContext";
    ErrorType[ErrorType["ErrorUnrecognizedFunction"] = 9] = "ErrorUnrecognizedFunction";
})(ErrorType || (ErrorType = {}));
class ExpressionError extends Error {
    constructor(typ, tok) {
        super(`${errorDescription(typ)}: '${(0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenString */ .Lk)(tok)}'`);
        this.typ = typ;
        this.tok = tok;
        this.pos = this.tok.range.start;
    }
}
function errorDescription(typ) {
    switch (typ) {
        case ErrorType.ErrorUnexpectedEndOfExpression:
            return "Unexpected end of expression";
        case ErrorType.ErrorUnexpectedSymbol:
            return "Unexpected symbol";
        case ErrorType.ErrorUnrecognizedNamedValue:
            return "Unrecognized named-value";
        case ErrorType.ErrorExceededMaxDepth:
            return `Exceeded max expression depth ${MAX_PARSER_DEPTH}`;
        case ErrorType.ErrorExceededMaxLength:
            return `Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`;
        case ErrorType.ErrorTooFewParameters:
            return "Too few parameters supplied";
        case ErrorType.ErrorTooManyParameters:
            return "Too many parameters supplied";
        case ErrorType.ErrorEvenParameters:
            return "Even number of parameters supplied, requires an odd number of parameters";
        case ErrorType.ErrorUnrecognizedContext:
            return "Unrecognized named-value";
        case ErrorType.ErrorUnrecognizedFunction:
            return "Unrecognized function";
        default: // Should never reach here.
            return "Unknown error";
    }
}
class ExpressionEvaluationError extends Error {
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 1281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oi: () => (/* reexport */ evaluator_Evaluator),
  tj: () => (/* reexport */ errors/* ExpressionError */.tj),
  JG: () => (/* reexport */ lexer/* Lexer */.JG),
  iX: () => (/* reexport */ parser_Parser),
  p: () => (/* reexport */ data)
});

// UNUSED EXPORTS: DescriptionDictionary, Expr, ExpressionEvaluationError, FeatureFlags, complete, isDescriptionDictionary, wellKnownFunctions

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __nccwpck_require__(2049);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/dictionary.js
var dictionary = __nccwpck_require__(8596);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/index.js
var data = __nccwpck_require__(5958);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/filtered_array.js

class FilteredArray extends data/* Array */.O3 {
}
//# sourceMappingURL=filtered_array.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/errors.js
var errors = __nccwpck_require__(2830);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/case.js

const caseFunc = {
    name: "case",
    description: "`case( pred1, val1, pred2, val2, ..., default )`\n\nEvaluates predicates in order and returns the value corresponding to the first predicate that evaluates to `true`. If no predicate matches, it returns the last argument as the default value.",
    minArgs: 3,
    maxArgs: Number.MAX_SAFE_INTEGER,
    call: (...args) => {
        // Evaluate predicate-result pairs
        for (let i = 0; i < args.length - 1; i += 2) {
            const predicate = args[i];
            // Predicate must be a boolean
            if (predicate.kind !== data/* Kind */.b8.Boolean) {
                throw new Error("case predicate must evaluate to a boolean value");
            }
            // If predicate is true, return the corresponding result
            if (predicate.value) {
                return args[i + 1];
            }
        }
        // No predicate matched, return default (last argument)
        return args[args.length - 1];
    }
};
//# sourceMappingURL=case.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/result.js
var dist_result = __nccwpck_require__(6856);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/contains.js


const contains = {
    name: "contains",
    description: "`contains( search, item )`\n\nReturns `true` if `search` contains `item`. If `search` is an array, this function returns `true` if the `item` is an element in the array. If `search` is a string, this function returns `true` if the `item` is a substring of `search`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        const right = args[1];
        if (left.primitive) {
            const ls = left.coerceString();
            if (right.primitive) {
                const rs = right.coerceString();
                return new data/* BooleanData */.bo(ls.toLowerCase().includes(rs.toLowerCase()));
            }
        }
        else if (left.kind === data/* Kind */.b8.Array) {
            const la = left;
            if (la.values().length === 0) {
                return new data/* BooleanData */.bo(false);
            }
            for (const v of la.values()) {
                if ((0,dist_result/* equals */.aI)(right, v)) {
                    return new data/* BooleanData */.bo(true);
                }
            }
        }
        return new data/* BooleanData */.bo(false);
    }
};
//# sourceMappingURL=contains.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/endswith.js


const endswith = {
    name: "endsWith",
    description: "`endsWith( searchString, searchValue )`\n\nReturns `true` if `searchString` ends with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new data/* BooleanData */.bo(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new data/* BooleanData */.bo(false);
        }
        const ls = (0,dist_result/* toUpperSpecial */.LM)(left.coerceString());
        const rs = (0,dist_result/* toUpperSpecial */.LM)(right.coerceString());
        return new data/* BooleanData */.bo(ls.endsWith(rs));
    }
};
//# sourceMappingURL=endswith.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/format.js

const format = {
    name: "format",
    description: "`format( string, replaceValue0, replaceValue1, ..., replaceValueN)`\n\nReplaces values in the `string`, with the variable `replaceValueN`. Variables in the `string` are specified using the `{N}` syntax, where `N` is an integer. You must specify at least one `replaceValue` and `string`. There is no maximum for the number of variables (`replaceValueN`) you can use. Escape curly braces using double braces.",
    minArgs: 1,
    maxArgs: 255 /*MAX_ARGUMENTS*/,
    call: (...args) => {
        const fs = args[0].coerceString();
        const result = [];
        let index = 0;
        while (index < fs.length) {
            const lbrace = fs.indexOf("{", index);
            const rbrace = fs.indexOf("}", index);
            // Left brace
            if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
                // Escaped left brace
                if (safeCharAt(fs, lbrace + 1) === "{") {
                    result.push(fs.substr(index, lbrace - index + 1));
                    index = lbrace + 2;
                    continue;
                }
                // Left brace, number, optional format specifiers, right brace
                if (rbrace > lbrace + 1) {
                    const argIndex = readArgIndex(fs, lbrace + 1);
                    if (argIndex.success) {
                        // Check parameter count
                        if (1 + argIndex.result > args.length - 1) {
                            throw new Error(`The following format string references more arguments than were supplied: ${fs}`);
                        }
                        // Append the portion before the left brace
                        if (lbrace > index) {
                            result.push(fs.substr(index, lbrace - index));
                        }
                        // Append the arg
                        result.push(`${args[1 + argIndex.result].coerceString()}`);
                        index = rbrace + 1;
                        continue;
                    }
                }
                throw new Error(`The following format string is invalid: ${fs}`);
            }
            // Right brace
            else if (rbrace >= 0) {
                // Escaped right brace
                if (safeCharAt(fs, rbrace + 1) === "}") {
                    result.push(fs.substr(index, rbrace - index + 1));
                    index = rbrace + 2;
                }
                else {
                    throw new Error(`The following format string is invalid: ${fs}`);
                }
            }
            // Last segment
            else {
                result.push(fs.substr(index));
                break;
            }
        }
        return new data/* StringData */.uQ(result.join(""));
    }
};
function safeCharAt(string, index) {
    if (string.length > index) {
        return string[index];
    }
    return "\0";
}
function readArgIndex(string, startIndex) {
    // Count the number of digits
    let length = 0;
    for (;;) {
        const nextChar = safeCharAt(string, startIndex + length);
        if (nextChar >= "0" && nextChar <= "9") {
            length++;
        }
        else {
            break;
        }
    }
    // Validate at least one digit
    if (length < 1) {
        return {
            success: false
        };
    }
    // Parse the number
    const endIndex = startIndex + length - 1;
    const result = parseInt(string.substr(startIndex, length));
    return {
        success: !isNaN(result),
        result: result,
        endIndex: endIndex
    };
}
//# sourceMappingURL=format.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/reviver.js
var reviver = __nccwpck_require__(379);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/fromjson.js


const fromjson = {
    name: "fromJson",
    description: "`fromJSON(value)`\n\nReturns a JSON object or JSON data type for `value`. You can use this function to provide a JSON object as an evaluated expression or to convert environment variables from a string.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        const input = args[0];
        const is = input.coerceString();
        if (is.trim() === "") {
            throw new Error("empty input");
        }
        try {
            return JSON.parse(is, reviver/* reviver */.e);
        }
        catch (e) {
            throw new errors/* ExpressionEvaluationError */.ZI("Error parsing JSON when evaluating fromJson", { cause: e });
        }
    }
};
//# sourceMappingURL=fromjson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/join.js

const join = {
    name: "join",
    description: "`join( array, optionalSeparator )`\n\nThe value for `array` can be an array or a string. All values in `array` are concatenated into a string. If you provide `optionalSeparator`, it is inserted between the concatenated values. Otherwise, the default separator `,` is used. Casts values to a string.",
    minArgs: 1,
    maxArgs: 2,
    call: (...args) => {
        // Primitive
        if (args[0].primitive) {
            return new data/* StringData */.uQ(args[0].coerceString());
        }
        // Array
        if (args[0].kind === data/* Kind */.b8.Array) {
            // Separator
            let separator = ",";
            if (args.length > 1 && args[1].primitive) {
                separator = args[1].coerceString();
            }
            // Convert items to strings
            return new data/* StringData */.uQ(args[0]
                .values()
                .map(item => item.coerceString())
                .join(separator));
        }
        return new data/* StringData */.uQ("");
    }
};
//# sourceMappingURL=join.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/startswith.js


const startswith = {
    name: "startsWith",
    description: "`startsWith( searchString, searchValue )`\n\nReturns `true` when `searchString` starts with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new data/* BooleanData */.bo(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new data/* BooleanData */.bo(false);
        }
        const ls = (0,dist_result/* toUpperSpecial */.LM)(left.coerceString());
        const rs = (0,dist_result/* toUpperSpecial */.LM)(right.coerceString());
        return new data/* BooleanData */.bo(ls.startsWith(rs));
    }
};
//# sourceMappingURL=startswith.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/replacer.js
var replacer = __nccwpck_require__(9442);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/tojson.js


const tojson = {
    name: "toJson",
    description: "`toJSON(value)`\n\nReturns a pretty-print JSON representation of `value`. You can use this function to debug the information provided in contexts.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        return new data/* StringData */.uQ(JSON.stringify(args[0], replacer/* replacer */.$, "  "));
    }
};
//# sourceMappingURL=tojson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs.js









const funcs_wellKnownFunctions = {
    case: caseFunc,
    contains: contains,
    endswith: endswith,
    format: format,
    fromjson: fromjson,
    join: join,
    startswith: startswith,
    tojson: tojson
};
// validateFunction returns the function definition for the given function name.
// If the function does not exist or an incorrect number of arguments is provided,
// an error is returned.
function validateFunction(context, identifier, argCount) {
    // Expression function names are case-insensitive.
    const name = identifier.lexeme.toLowerCase();
    let f;
    f = funcs_wellKnownFunctions[name];
    if (!f) {
        f = context.extensionFunctions.get(name);
        if (!f) {
            if (!context.allowUnknownKeywords) {
                throw new errors/* ExpressionError */.tj(errors/* ErrorType */.By.ErrorUnrecognizedFunction, identifier);
            }
            // Skip argument validation for unknown functions
            return;
        }
    }
    if (argCount < f.minArgs) {
        throw new errors/* ExpressionError */.tj(errors/* ErrorType */.By.ErrorTooFewParameters, identifier);
    }
    if (argCount > f.maxArgs) {
        throw new errors/* ExpressionError */.tj(errors/* ErrorType */.By.ErrorTooManyParameters, identifier);
    }
    // case function requires an odd number of arguments
    if (name === "case" && argCount % 2 === 0) {
        throw new errors/* ExpressionError */.tj(errors/* ErrorType */.By.ErrorEvenParameters, identifier);
    }
}
//# sourceMappingURL=funcs.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/idxHelper.js
class idxHelper {
    constructor(star, idx) {
        this.star = star;
        if (!idx) {
            return;
        }
        if (!star) {
            if (idx.primitive) {
                this.str = idx.coerceString();
            }
            let f = idx.number();
            if (!isNaN(f) && isFinite(f) && f >= 0) {
                f = Math.floor(f);
                this.int = f;
            }
        }
    }
}
//# sourceMappingURL=idxHelper.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/lexer.js
var lexer = __nccwpck_require__(2083);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/evaluator.js







class evaluator_Evaluator {
    /**
     * Creates a new evaluator
     * @param n Parsed expression to evaluate
     * @param context Context data to use
     * @param functions Optional map of function implementations. If given, these will be preferred over the built-in functions.
     */
    constructor(n, context, functions) {
        this.n = n;
        this.context = context;
        this.functions = functions;
    }
    evaluate() {
        return this.eval(this.n);
    }
    eval(n) {
        return n.accept(this);
    }
    visitLiteral(literal) {
        return literal.literal;
    }
    visitUnary(unary) {
        const r = this.eval(unary.expr);
        if (unary.operator.type === lexer/* TokenType */.ks.BANG) {
            return new data/* BooleanData */.bo((0,dist_result/* falsy */.me)(r));
        }
        throw new Error(`unknown unary operator: ${unary.operator.lexeme}`);
    }
    visitBinary(binary) {
        const left = this.eval(binary.left);
        const right = this.eval(binary.right);
        switch (binary.operator.type) {
            case lexer/* TokenType */.ks.EQUAL_EQUAL:
                return new data/* BooleanData */.bo((0,dist_result/* equals */.aI)(left, right));
            case lexer/* TokenType */.ks.BANG_EQUAL:
                return new data/* BooleanData */.bo(!(0,dist_result/* equals */.aI)(left, right));
            case lexer/* TokenType */.ks.GREATER:
                return new data/* BooleanData */.bo((0,dist_result/* greaterThan */.MM)(left, right));
            case lexer/* TokenType */.ks.GREATER_EQUAL:
                return new data/* BooleanData */.bo((0,dist_result/* equals */.aI)(left, right) || (0,dist_result/* greaterThan */.MM)(left, right));
            case lexer/* TokenType */.ks.LESS:
                return new data/* BooleanData */.bo((0,dist_result/* lessThan */.Xe)(left, right));
            case lexer/* TokenType */.ks.LESS_EQUAL:
                return new data/* BooleanData */.bo((0,dist_result/* equals */.aI)(left, right) || (0,dist_result/* lessThan */.Xe)(left, right));
        }
        throw new Error(`unknown binary operator: ${binary.operator.lexeme}`);
    }
    visitLogical(logical) {
        let result;
        for (const arg of logical.args) {
            result = this.eval(arg);
            // Break?
            if ((logical.operator.type === lexer/* TokenType */.ks.AND && (0,dist_result/* falsy */.me)(result)) ||
                (logical.operator.type === lexer/* TokenType */.ks.OR && (0,dist_result/* truthy */.vN)(result))) {
                break;
            }
        }
        // result is always assigned before we return here
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        return result;
    }
    visitGrouping(grouping) {
        return this.eval(grouping.group);
    }
    visitContextAccess(contextAccess) {
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        const r = this.context.get(contextAccess.name.lexeme);
        return r;
    }
    visitIndexAccess(ia) {
        let idx;
        if (ia.index instanceof ast/* Star */.FE) {
            idx = new idxHelper(true, undefined);
        }
        else {
            let idxResult;
            try {
                idxResult = this.eval(ia.index);
            }
            catch (e) {
                throw new Error(`could not evaluate index for index access: ${e.message}`, { cause: e });
            }
            idx = new idxHelper(false, idxResult);
        }
        const objResult = this.eval(ia.expr);
        let result;
        switch (objResult.kind) {
            case data/* Kind */.b8.Array: {
                const tobjResult = objResult;
                if (tobjResult instanceof FilteredArray) {
                    result = filteredArrayAccess(tobjResult, idx);
                }
                else {
                    result = arrayAccess(tobjResult, idx);
                }
                break;
            }
            case data/* Kind */.b8.Dictionary: {
                const tobjResult = objResult;
                result = objectAccess(tobjResult, idx);
                break;
            }
            default:
                if (idx.star) {
                    result = new FilteredArray();
                }
                else {
                    result = new data/* Null */.Uv();
                }
        }
        return result;
    }
    visitFunctionCall(functionCall) {
        // Evaluate arguments
        const args = functionCall.args.map(arg => this.eval(arg));
        // Get function definitions
        const functionName = functionCall.functionName.lexeme.toLowerCase();
        const f = this.functions?.get(functionName) || funcs_wellKnownFunctions[functionName];
        return f.call(...args);
    }
}
function filteredArrayAccess(fa, idx) {
    const result = new FilteredArray();
    for (const item of fa.values()) {
        // Check the type of the nested item
        switch (item.kind) {
            case data/* Kind */.b8.Dictionary: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.str !== undefined) {
                    const v = ti.get(idx.str);
                    if (v !== undefined) {
                        result.add(v);
                    }
                }
                break;
            }
            case data/* Kind */.b8.Array: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.int !== undefined && idx.int < ti.values().length) {
                    result.add(ti.get(idx.int));
                }
                break;
            }
        }
    }
    return result;
}
function arrayAccess(a, idx) {
    if (idx.star) {
        const fa = new FilteredArray();
        for (const item of a.values()) {
            fa.add(item);
        }
        return fa;
    }
    if (idx.int !== undefined && idx.int < a.values().length) {
        return a.get(idx.int);
    }
    return new data/* Null */.Uv();
}
function objectAccess(obj, idx) {
    if (idx.star) {
        const fa = new FilteredArray(...obj.values());
        return fa;
    }
    if (idx.str !== undefined) {
        const r = obj.get(idx.str);
        if (r !== undefined) {
            return r;
        }
    }
    return new data/* Null */.Uv();
}
//# sourceMappingURL=evaluator.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/parser.js





class parser_Parser {
    /**
     * Constructs a new parser for the given tokens
     *
     * @param tokens Tokens to build a parse tree from
     * @param extensionContexts Available context names
     * @param extensionFunctions Available functions (beyond the built-in ones)
     */
    constructor(tokens, extensionContexts, extensionFunctions) {
        this.tokens = tokens;
        this.offset = 0;
        this.depth = 0;
        this.extContexts = new Map();
        this.extFuncs = new Map();
        for (const contextName of extensionContexts) {
            this.extContexts.set(contextName.toLowerCase(), true);
        }
        for (const { name, func } of extensionFunctions.map(x => ({
            name: x.name,
            func: x
        }))) {
            this.extFuncs.set(name.toLowerCase(), func);
        }
        this.context = {
            allowUnknownKeywords: false,
            extensionContexts: this.extContexts,
            extensionFunctions: this.extFuncs
        };
    }
    parse() {
        // eslint-disable-next-line prefer-const
        let result;
        // No tokens
        if (this.atEnd()) {
            return result;
        }
        result = this.expression();
        if (!this.atEnd()) {
            throw this.buildError(errors/* ErrorType */.By.ErrorUnexpectedSymbol, this.peek());
        }
        return result;
    }
    expression() {
        this.incrDepth();
        try {
            return this.logicalOr();
        }
        finally {
            this.decrDepth();
        }
    }
    logicalOr() {
        // && is higher precedence than ||
        let expr = this.logicalAnd();
        if (this.check(lexer/* TokenType */.ks.OR)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new ast/* Logical */.oD(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer/* TokenType */.ks.OR)) {
                    const right = this.logicalAnd();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    logicalAnd() {
        // == and != are higher precedence than &&
        let expr = this.equality();
        if (this.check(lexer/* TokenType */.ks.AND)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new ast/* Logical */.oD(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer/* TokenType */.ks.AND)) {
                    const right = this.equality();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    equality() {
        // >, >=, <, <= are higher precedence than == and !=
        let expr = this.comparison();
        while (this.match(lexer/* TokenType */.ks.BANG_EQUAL, lexer/* TokenType */.ks.EQUAL_EQUAL)) {
            const operator = this.previous();
            const right = this.comparison();
            expr = new ast/* Binary */.yI(expr, operator, right);
        }
        return expr;
    }
    comparison() {
        // ! is higher precedence than >, >=, <, <=
        let expr = this.unary();
        while (this.match(lexer/* TokenType */.ks.GREATER, lexer/* TokenType */.ks.GREATER_EQUAL, lexer/* TokenType */.ks.LESS, lexer/* TokenType */.ks.LESS_EQUAL)) {
            const operator = this.previous();
            const right = this.unary();
            expr = new ast/* Binary */.yI(expr, operator, right);
        }
        return expr;
    }
    unary() {
        if (this.match(lexer/* TokenType */.ks.BANG)) {
            // Track depth
            this.incrDepth();
            const operator = this.previous();
            const unary = this.unary();
            try {
                return new ast/* Unary */._c(operator, unary);
            }
            finally {
                this.decrDepth();
            }
        }
        return this.index();
    }
    index() {
        let expr = this.call();
        let depthIncreased = 0;
        if (expr instanceof ast/* Grouping */.aU || expr instanceof ast/* FunctionCall */.R6 || expr instanceof ast/* ContextAccess */.QC) {
            let cont = true;
            while (cont) {
                switch (true) {
                    case this.match(lexer/* TokenType */.ks.LEFT_BRACKET): {
                        let indexExpr;
                        if (this.match(lexer/* TokenType */.ks.STAR)) {
                            indexExpr = new ast/* Star */.FE();
                        }
                        else {
                            indexExpr = this.expression();
                        }
                        this.consume(lexer/* TokenType */.ks.RIGHT_BRACKET, errors/* ErrorType */.By.ErrorUnexpectedSymbol);
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        expr = new ast/* IndexAccess */.p_(expr, indexExpr);
                        break;
                    }
                    case this.match(lexer/* TokenType */.ks.DOT):
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        if (this.match(lexer/* TokenType */.ks.IDENTIFIER)) {
                            const property = this.previous();
                            expr = new ast/* IndexAccess */.p_(expr, new ast/* Literal */.uS(new data/* StringData */.uQ(property.lexeme), property));
                        }
                        else if (this.match(lexer/* TokenType */.ks.STAR)) {
                            expr = new ast/* IndexAccess */.p_(expr, new ast/* Star */.FE());
                        }
                        else {
                            throw this.buildError(errors/* ErrorType */.By.ErrorUnexpectedSymbol, this.peek());
                        }
                        break;
                    default:
                        cont = false;
                }
            }
        }
        for (let i = 0; i < depthIncreased; i++) {
            this.decrDepth();
        }
        return expr;
    }
    call() {
        if (!this.check(lexer/* TokenType */.ks.IDENTIFIER)) {
            return this.primary();
        }
        const identifier = this.next();
        if (!this.match(lexer/* TokenType */.ks.LEFT_PAREN)) {
            if (!this.extContexts.has(identifier.lexeme.toLowerCase())) {
                throw this.buildError(errors/* ErrorType */.By.ErrorUnrecognizedContext, identifier);
            }
            return new ast/* ContextAccess */.QC(identifier);
        }
        // Function call
        const args = [];
        // Arguments
        while (!this.match(lexer/* TokenType */.ks.RIGHT_PAREN)) {
            const aexp = this.expression();
            args.push(aexp);
            if (!this.check(lexer/* TokenType */.ks.RIGHT_PAREN)) {
                this.consume(lexer/* TokenType */.ks.COMMA, errors/* ErrorType */.By.ErrorUnexpectedSymbol);
            }
        }
        validateFunction(this.context, identifier, args.length);
        return new ast/* FunctionCall */.R6(identifier, args);
    }
    primary() {
        switch (true) {
            case this.match(lexer/* TokenType */.ks.FALSE):
                return new ast/* Literal */.uS(new data/* BooleanData */.bo(false), this.previous());
            case this.match(lexer/* TokenType */.ks.TRUE):
                return new ast/* Literal */.uS(new data/* BooleanData */.bo(true), this.previous());
            case this.match(lexer/* TokenType */.ks.NULL):
                return new ast/* Literal */.uS(new data/* Null */.Uv(), this.previous());
            case this.match(lexer/* TokenType */.ks.NUMBER):
                return new ast/* Literal */.uS(new data/* NumberData */.Q9(this.previous().value), this.previous());
            case this.match(lexer/* TokenType */.ks.STRING):
                return new ast/* Literal */.uS(new data/* StringData */.uQ(this.previous().value), this.previous());
            case this.match(lexer/* TokenType */.ks.LEFT_PAREN): {
                const expr = this.expression();
                if (this.atEnd()) {
                    throw this.buildError(errors/* ErrorType */.By.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
                }
                this.consume(lexer/* TokenType */.ks.RIGHT_PAREN, errors/* ErrorType */.By.ErrorUnexpectedSymbol);
                return new ast/* Grouping */.aU(expr);
            }
            case this.atEnd():
                throw this.buildError(errors/* ErrorType */.By.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
        }
        throw this.buildError(errors/* ErrorType */.By.ErrorUnexpectedSymbol, this.peek());
    }
    // match consumes the next token if it matches any of the given types
    match(...tokenTypes) {
        for (const tokenType of tokenTypes) {
            if (this.check(tokenType)) {
                this.next();
                return true;
            }
        }
        return false;
    }
    // check peeks whether the next token is of the given type
    check(tokenType) {
        if (this.atEnd()) {
            return false;
        }
        return this.peek().type == tokenType;
    }
    // atEnd peeks whether the next token is EOF
    atEnd() {
        return this.peek().type == lexer/* TokenType */.ks.EOF;
    }
    next() {
        if (!this.atEnd()) {
            this.offset++;
        }
        return this.previous();
    }
    peek() {
        return this.tokens[this.offset];
    }
    // previous returns the previous token
    previous() {
        return this.tokens[this.offset - 1];
    }
    // consume attempts to consume the next token if it matches the given type. It returns an error of
    // the given ParseErrorKind otherwise.
    consume(tokenType, errorType) {
        if (this.check(tokenType)) {
            this.next();
            return;
        }
        throw this.buildError(errorType, this.peek());
    }
    incrDepth() {
        this.depth++;
        if (this.depth > errors/* MAX_PARSER_DEPTH */.VP) {
            throw this.buildError(errors/* ErrorType */.By.ErrorExceededMaxDepth, this.peek());
        }
    }
    decrDepth() {
        this.depth--;
    }
    buildError(errType, token) {
        return new errors/* ExpressionError */.tj(errType, token);
    }
}
//# sourceMappingURL=parser.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion.js






/**
 * Complete returns a list of completion items for the given expression.
 * The main functionality is auto-completing functions and context access:
 * We can only provide assistance if the input is in one of the following forms (with | denoting the cursor position):
 * - context.path.inp| or context.path['inp| -- auto-complete context access
 * - context.path.| or context.path['| -- auto-complete context access
 * - toJS| -- auto-complete function call or top-level
 * - | -- auto-complete function call or top-level context access
 *
 * @param input Input expression
 * @param context Context available for the expression
 * @param extensionFunctions List of functions available
 * @param functions Optional map of functions to use during evaluation
 * @param featureFlags Optional feature flags to control which features are enabled
 * @returns Array of completion items
 */
function complete(input, context, extensionFunctions, functions, featureFlags) {
    // Lex
    const lexer = new Lexer(input);
    const lexResult = lexer.lex();
    // Find interesting part of the tokenVector. For example, for an expression like `github.actor == env.actor.log|`, we are
    // only interested in the `env.actor.log` part for auto-completion
    const tokenInputVector = trimTokenVector(lexResult.tokens);
    // Start by skipping the EOF token
    let tokenIdx = tokenInputVector.length - 2;
    if (tokenIdx >= 0) {
        switch (tokenInputVector[tokenIdx].type) {
            // If there is a (partial) identifier under the cursor, ignore that
            case TokenType.IDENTIFIER:
                tokenIdx--;
                break;
            case TokenType.STRING:
                // TODO: Support string for `context.name['test|`
                return [];
        }
    }
    if (tokenIdx < 0) {
        // Vector only contains the EOF token. Suggest functions and root context access
        const result = contextKeys(context);
        // Merge with functions
        result.push(...functionItems(extensionFunctions, featureFlags));
        return result;
    }
    // Determine path that led to the last token
    // Use parser & evaluator to determine context to complete.
    const pathTokenVector = tokenInputVector.slice(0, tokenIdx);
    // Include the original EOF token to make the parser happy
    pathTokenVector.push(tokenInputVector[tokenInputVector.length - 1]);
    const p = new Parser(pathTokenVector, context.pairs().map(x => x.key), extensionFunctions);
    const expr = p.parse();
    const ev = new Evaluator(expr, context, functions);
    const result = ev.evaluate();
    return contextKeys(result);
}
function functionItems(extensionFunctions, featureFlags) {
    const result = [];
    const flags = featureFlags ?? new FeatureFlags();
    for (const fdef of [...Object.values(wellKnownFunctions), ...extensionFunctions]) {
        // Filter out case function if feature is disabled
        if (fdef.name === "case" && !flags.isEnabled("allowCaseFunction")) {
            continue;
        }
        result.push({
            label: fdef.name,
            description: fdef.description,
            function: true
        });
    }
    // Sort functions
    result.sort((a, b) => a.label.localeCompare(b.label));
    return result;
}
function contextKeys(context) {
    if (isDictionary(context)) {
        return (context
            .pairs()
            .map(x => completionItemFromContext(x))
            // Sort contexts
            .sort((a, b) => a.label.localeCompare(b.label)));
    }
    return [];
}
function completionItemFromContext(pair) {
    const context = pair.key.toString();
    const parenIndex = context.indexOf("(");
    const isFunc = parenIndex >= 0 && context.indexOf(")") >= 0;
    return {
        label: isFunc ? context.substring(0, parenIndex) : context,
        description: pair.description,
        function: isFunc
    };
}
function trimTokenVector(tokenVector) {
    let tokenIdx = tokenVector.length;
    let openParen = 0;
    while (tokenIdx > 0) {
        const token = tokenVector[tokenIdx - 1];
        switch (token.type) {
            case TokenType.LEFT_PAREN:
                if (openParen == 0) {
                    // Encountered an open parenthesis without a closing first, stop here
                    break;
                }
                openParen--;
                tokenIdx--;
                continue;
            case TokenType.RIGHT_PAREN:
                openParen++;
                tokenIdx--;
                continue;
            case TokenType.IDENTIFIER:
            case TokenType.DOT:
            case TokenType.EOF:
            case TokenType.LEFT_BRACKET:
            case TokenType.RIGHT_BRACKET:
            case TokenType.STRING:
                tokenIdx--;
                continue;
        }
        break;
    }
    // Only keep the part of the token vector we're interested in
    return tokenVector.slice(tokenIdx);
}
//# sourceMappingURL=completion.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/expressiondata.js
var expressiondata = __nccwpck_require__(1674);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion/descriptionDictionary.js


function isDescriptionDictionary(x) {
    return x.kind === Kind.Dictionary && x instanceof DescriptionDictionary;
}
class DescriptionDictionary extends dictionary/* Dictionary */.b {
    constructor(...pairs) {
        super();
        this.descriptions = new Map();
        this.complete = true;
        for (const p of pairs) {
            this.add(p.key, p.value, p.description);
        }
    }
    add(key, value, description) {
        if (this.get(key) !== undefined) {
            // Key already added, ignore
            return;
        }
        super.add(key, value);
        if (description) {
            this.descriptions.set(key, description);
        }
    }
    pairs() {
        const pairs = super.pairs();
        return pairs.map(p => ({ ...p, description: this.descriptions.get(p.key) }));
    }
    getDescription(key) {
        return this.descriptions.get(key);
    }
}
//# sourceMappingURL=descriptionDictionary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/index.js










//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ Lexer),
/* harmony export */   Lk: () => (/* binding */ tokenString),
/* harmony export */   ks: () => (/* binding */ TokenType)
/* harmony export */ });
/* harmony import */ var _data_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5958);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2830);


var TokenType;
(function (TokenType) {
    TokenType[TokenType["UNKNOWN"] = 0] = "UNKNOWN";
    TokenType[TokenType["LEFT_PAREN"] = 1] = "LEFT_PAREN";
    TokenType[TokenType["RIGHT_PAREN"] = 2] = "RIGHT_PAREN";
    TokenType[TokenType["LEFT_BRACKET"] = 3] = "LEFT_BRACKET";
    TokenType[TokenType["RIGHT_BRACKET"] = 4] = "RIGHT_BRACKET";
    TokenType[TokenType["COMMA"] = 5] = "COMMA";
    TokenType[TokenType["DOT"] = 6] = "DOT";
    TokenType[TokenType["BANG"] = 7] = "BANG";
    TokenType[TokenType["BANG_EQUAL"] = 8] = "BANG_EQUAL";
    TokenType[TokenType["EQUAL_EQUAL"] = 9] = "EQUAL_EQUAL";
    TokenType[TokenType["GREATER"] = 10] = "GREATER";
    TokenType[TokenType["GREATER_EQUAL"] = 11] = "GREATER_EQUAL";
    TokenType[TokenType["LESS"] = 12] = "LESS";
    TokenType[TokenType["LESS_EQUAL"] = 13] = "LESS_EQUAL";
    TokenType[TokenType["AND"] = 14] = "AND";
    TokenType[TokenType["OR"] = 15] = "OR";
    TokenType[TokenType["STAR"] = 16] = "STAR";
    TokenType[TokenType["NUMBER"] = 17] = "NUMBER";
    TokenType[TokenType["STRING"] = 18] = "STRING";
    TokenType[TokenType["IDENTIFIER"] = 19] = "IDENTIFIER";
    TokenType[TokenType["TRUE"] = 20] = "TRUE";
    TokenType[TokenType["FALSE"] = 21] = "FALSE";
    TokenType[TokenType["NULL"] = 22] = "NULL";
    TokenType[TokenType["EOF"] = 23] = "EOF";
})(TokenType || (TokenType = {}));
function tokenString(tok) {
    switch (tok.type) {
        case TokenType.EOF:
            return "EOF";
        case TokenType.NUMBER:
            return tok.lexeme;
        case TokenType.STRING:
            // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
            return tok.value.toString();
        default:
            return tok.lexeme;
    }
}
class Lexer {
    constructor(input) {
        this.input = input;
        this.start = 0;
        this.offset = 0;
        this.line = 0;
        this.lastLineOffset = 0;
        this.tokens = [];
    }
    lex() {
        if (this.input.length > _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_EXPRESSION_LENGTH */ .dM) {
            throw new Error("ErrorExceededMaxLength");
        }
        while (!this.atEnd()) {
            this.start = this.offset;
            const c = this.next();
            switch (c) {
                case "(":
                    this.addToken(TokenType.LEFT_PAREN);
                    break;
                case ")":
                    this.addToken(TokenType.RIGHT_PAREN);
                    break;
                case "[":
                    this.addToken(TokenType.LEFT_BRACKET);
                    break;
                case "]":
                    this.addToken(TokenType.RIGHT_BRACKET);
                    break;
                case ",":
                    this.addToken(TokenType.COMMA);
                    break;
                case ".":
                    if (this.previous() != TokenType.IDENTIFIER &&
                        this.previous() != TokenType.RIGHT_BRACKET &&
                        this.previous() != TokenType.RIGHT_PAREN &&
                        this.previous() != TokenType.STAR) {
                        this.consumeNumber();
                    }
                    else {
                        this.addToken(TokenType.DOT);
                    }
                    break;
                case "-":
                case "+":
                    this.consumeNumber();
                    break;
                case "!":
                    this.addToken(this.match("=") ? TokenType.BANG_EQUAL : TokenType.BANG);
                    break;
                case "=":
                    if (!this.match("=")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(TokenType.EQUAL_EQUAL);
                    break;
                case "<":
                    this.addToken(this.match("=") ? TokenType.LESS_EQUAL : TokenType.LESS);
                    break;
                case ">":
                    this.addToken(this.match("=") ? TokenType.GREATER_EQUAL : TokenType.GREATER);
                    break;
                case "&":
                    if (!this.match("&")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(TokenType.AND);
                    break;
                case "|":
                    if (!this.match("|")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(TokenType.OR);
                    break;
                case "*":
                    this.addToken(TokenType.STAR);
                    break;
                // Ignore whitespace.
                case " ":
                case "\r":
                case "\t":
                    break;
                case "\n":
                    ++this.line;
                    this.lastLineOffset = this.offset;
                    break;
                case "'":
                    this.consumeString();
                    break;
                default:
                    switch (true) {
                        case isDigit(c):
                            this.consumeNumber();
                            break;
                        default:
                            this.consumeIdentifier();
                            break;
                    }
            }
        }
        this.tokens.push({
            type: TokenType.EOF,
            lexeme: "",
            range: this.range()
        });
        return {
            tokens: this.tokens
        };
    }
    pos() {
        return {
            line: this.line,
            column: this.start - this.lastLineOffset
        };
    }
    endPos() {
        return {
            line: this.line,
            column: this.offset - this.lastLineOffset
        };
    }
    range() {
        return {
            start: this.pos(),
            end: this.endPos()
        };
    }
    atEnd() {
        return this.offset >= this.input.length;
    }
    peek() {
        if (this.atEnd()) {
            return "\0";
        }
        return this.input[this.offset];
    }
    peekNext() {
        if (this.offset + 1 >= this.input.length) {
            return "\0";
        }
        return this.input[this.offset + 1];
    }
    previous() {
        const l = this.tokens.length;
        if (l == 0) {
            return TokenType.EOF;
        }
        return this.tokens[l - 1].type;
    }
    next() {
        return this.input[this.offset++];
    }
    match(expected) {
        if (this.atEnd()) {
            return false;
        }
        if (this.input[this.offset] !== expected) {
            return false;
        }
        this.offset++;
        return true;
    }
    addToken(type, value) {
        this.tokens.push({
            type,
            lexeme: this.input.substring(this.start, this.offset),
            range: this.range(),
            value
        });
    }
    consumeNumber() {
        while (!this.atEnd() && (!isBoundary(this.peek()) || this.peek() == ".")) {
            this.next();
        }
        const lexeme = this.input.substring(this.start, this.offset);
        const value = new _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .StringData */ .uQ(lexeme).number();
        if (isNaN(value)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(TokenType.NUMBER, value);
    }
    consumeString() {
        while ((this.peek() !== "'" || this.peekNext() === "'") && !this.atEnd()) {
            if (this.peek() === "\n")
                this.line++;
            if (this.peek() === "'" && this.peekNext() === "'") {
                // Escaped "'", consume
                this.next();
            }
            this.next();
        }
        if (this.atEnd()) {
            // Unterminated string
            throw new Error(`Unexpected symbol: '${this.input.substring(this.start)}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        // Closing '
        this.next();
        // Trim the surrounding quotes.
        let value = this.input.substring(this.start + 1, this.offset - 1);
        value = value.replace("''", "'");
        this.addToken(TokenType.STRING, value);
    }
    consumeIdentifier() {
        while (!this.atEnd() && !isBoundary(this.peek())) {
            this.next();
        }
        let tokenType = TokenType.IDENTIFIER;
        let tokenValue = undefined;
        const lexeme = this.input.substring(this.start, this.offset);
        if (this.previous() != TokenType.DOT) {
            switch (lexeme) {
                case "true":
                    tokenType = TokenType.TRUE;
                    break;
                case "false":
                    tokenType = TokenType.FALSE;
                    break;
                case "null":
                    tokenType = TokenType.NULL;
                    break;
                case "NaN":
                    tokenType = TokenType.NUMBER;
                    tokenValue = NaN;
                    break;
                case "Infinity":
                    tokenType = TokenType.NUMBER;
                    tokenValue = Infinity;
                    break;
            }
        }
        if (!isLegalIdentifier(lexeme)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(tokenType, tokenValue);
    }
}
function isDigit(c) {
    return c >= "0" && c <= "9";
}
function isBoundary(c) {
    switch (c) {
        case "(":
        case "[":
        case ")":
        case "]":
        case ",":
        case ".":
        case "!":
        case ">":
        case "<":
        case "=":
        case "&":
        case "|":
            return true;
    }
    return /\s/.test(c);
}
function isLegalIdentifier(str) {
    if (str == "") {
        return false;
    }
    const first = str[0];
    if ((first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "_") {
        for (const c of str.substring(1).split("")) {
            if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-") {
                // OK
            }
            else {
                return false;
            }
        }
        return true;
    }
    return false;
}
//# sourceMappingURL=lexer.js.map

/***/ }),

/***/ 6856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LM: () => (/* binding */ toUpperSpecial),
/* harmony export */   MM: () => (/* binding */ greaterThan),
/* harmony export */   Xe: () => (/* binding */ lessThan),
/* harmony export */   aI: () => (/* binding */ equals),
/* harmony export */   me: () => (/* binding */ falsy),
/* harmony export */   vN: () => (/* binding */ truthy)
/* harmony export */ });
/* unused harmony export coerceTypes */
/* harmony import */ var _data_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5958);

function falsy(d) {
    switch (d.kind) {
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Null:
            return true;
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean:
            return !d.value;
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number: {
            const dv = d.value;
            return dv === 0 || isNaN(dv);
        }
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String:
            return d.value.length === 0;
    }
    return false;
}
function truthy(d) {
    return !falsy(d);
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except objects are not coerced to primitives.
function coerceTypes(li, ri) {
    let lv = li;
    let rv = ri;
    // Do nothing, same kind
    if (li.kind === ri.kind) {
        return [lv, rv];
    }
    switch (li.kind) {
        // Number, String
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number:
            if (ri.kind === _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String) {
                rv = new _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberData */ .Q9(ri.number());
                return [lv, rv];
            }
            break;
        // String, Number
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String:
            if (ri.kind === _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number) {
                lv = new _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberData */ .Q9(li.number());
                return [lv, rv];
            }
            break;
        // Boolean|Null, Any
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Null:
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean:
            lv = new _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberData */ .Q9(li.number());
            return coerceTypes(lv, rv);
    }
    // Any, Boolean|Null
    switch (ri.kind) {
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Null:
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean:
            rv = new _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberData */ .Q9(ri.number());
            return coerceTypes(lv, rv);
    }
    return [lv, rv];
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function equals(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Null, Null
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Null:
            return true;
        // Number, Number
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number: {
            const ld = lv.value;
            const rd = rv.value;
            if (isNaN(ld) || isNaN(rd)) {
                return false;
            }
            return ld == rd;
        }
        // String, String
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String: {
            const ls = lv.value;
            const rs = rv.value;
            return toUpperSpecial(ls) === toUpperSpecial(rs);
        }
        // Boolean, Boolean
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb == rb;
        }
        // Object, Object
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Dictionary:
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Array:
            // Check reference equality
            return lv === rv;
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function greaterThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf > rf;
        }
        // String, String
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls > rs;
        }
        // Boolean, Boolean
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb && !rb;
        }
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function lessThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf < rf;
        }
        // String, String
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls < rs;
        }
        // Boolean, Boolean
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return !lb && rb;
        }
    }
    return false;
}
// Do not toUpper the small-dotless-ı
function toUpperSpecial(s) {
    const sb = [];
    let i = 0;
    const len = s.length;
    let found = s.indexOf("ı");
    while (i < len) {
        if (i < found) {
            sb.push(s.substring(i, found).toUpperCase()); // Append upper segment
            i = found;
        }
        else if (i == found) {
            sb.push(s.substring(i, i + 1));
            i += 1;
            found = s.indexOf("ı", i);
        }
        else {
            sb.push(s.substring(i).toUpperCase()); // Append upper remaining
            break;
        }
    }
    return sb.join("");
}
//# sourceMappingURL=result.js.map

/***/ }),

/***/ 5553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZA: () => (/* binding */ ensureStatusFunction),
/* harmony export */   l7: () => (/* binding */ convertToIfCondition)
/* harmony export */ });
/* unused harmony export validateRunsIfCondition */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1281);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2049);
/* harmony import */ var _templates_allowed_context_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8619);
/* harmony import */ var _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3262);




/**
 * Ensures a condition expression contains a status function call.
 * If the condition doesn't contain success(), failure(), cancelled(), or always(),
 * wraps it in `success() && (condition)`.
 *
 * Parses the expression to accurately detect status functions, avoiding false positives
 * from string literals or property access. If parsing fails (e.g., partially typed expression),
 * returns the original condition unchanged to allow validation to report the actual error.
 *
 * @param condition The condition expression to check
 * @param definitionInfo Schema definition containing allowed contexts for parsing
 * @returns The condition with status function guaranteed, or original on parse error
 */
function ensureStatusFunction(condition, definitionInfo) {
    const allowedContext = definitionInfo?.allowedContext || [];
    try {
        const { namedContexts, functions } = (0,_templates_allowed_context_js__WEBPACK_IMPORTED_MODULE_3__/* .splitAllowedContext */ .i)(allowedContext);
        const lexer = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(condition);
        const result = lexer.lex();
        const parser = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(result.tokens, namedContexts, functions);
        const tree = parser.parse();
        // Check if tree contains status function
        if (walkTreeToFindStatusFunctionCalls(tree)) {
            return condition; // Already has status function
        }
        // Wrap it
        return `success() && (${condition})`;
    }
    catch {
        // Parse error - return original and let validation report the actual error
        // This is important for hover/autocomplete on partially-typed expressions
        return condition;
    }
}
/**
 * Converts an if condition token to a BasicExpressionToken.
 * Treats the value as a string and parses it as an expression.
 * Wraps the condition in success() && (...) if it doesn't already contain a status function.
 * This allows both 'if: success()' and 'if: ${{ success() }}' to work correctly.
 *
 * Reads the allowed context directly from the schema definition attached to the token,
 * ensuring consistency with the schema.
 *
 * @param context The template context for error reporting
 * @param token The token containing the if condition
 * @returns A BasicExpressionToken with the processed condition, or undefined on error
 */
function convertToIfCondition(context, token) {
    const scalar = token.assertScalar("if condition");
    // Get allowed context from the schema definition attached to the token
    const allowedContext = token.definitionInfo?.allowedContext || [];
    // If it's already an expression, use its value
    let condition;
    let source;
    if (scalar instanceof _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .BasicExpressionToken */ .yu) {
        condition = scalar.expression;
        source = scalar.source;
    }
    else {
        // Otherwise, treat it as a string
        const stringToken = scalar.assertString("if condition");
        condition = stringToken.value.trim();
        source = stringToken.source;
    }
    let finalCondition;
    if (!condition) {
        // Empty condition defaults to success()
        finalCondition = "success()";
    }
    else {
        // Ensure the condition has a status function, wrapping if needed
        finalCondition = ensureStatusFunction(condition, token.definitionInfo);
    }
    // Validate the expression before creating the token
    try {
        _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ExpressionToken */ .sr.validateExpression(finalCondition, allowedContext);
    }
    catch (err) {
        context.error(token, err);
        return undefined;
    }
    // Create a BasicExpressionToken with the final condition
    return new _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .BasicExpressionToken */ .yu(token.file, token.range, finalCondition, token.definitionInfo, undefined, source);
}
/**
 * Walks an expression AST to find status function calls (success, failure, cancelled, always).
 * Recursively checks all nodes including function arguments and logical/binary operations.
 */
function walkTreeToFindStatusFunctionCalls(tree) {
    if (!tree) {
        return false;
    }
    if (tree instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .FunctionCall */ .R6) {
        const funcName = tree.functionName.lexeme.toLowerCase();
        if (funcName === "success" || funcName === "failure" || funcName === "cancelled" || funcName === "always") {
            return true;
        }
        // Check arguments recursively
        return tree.args.some(arg => walkTreeToFindStatusFunctionCalls(arg));
    }
    if (tree instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Binary */ .yI) {
        return walkTreeToFindStatusFunctionCalls(tree.left) || walkTreeToFindStatusFunctionCalls(tree.right);
    }
    if (tree instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Unary */ ._c) {
        return walkTreeToFindStatusFunctionCalls(tree.expr);
    }
    if (tree instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Logical */ .oD) {
        return tree.args.some(arg => walkTreeToFindStatusFunctionCalls(arg));
    }
    if (tree instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU) {
        return walkTreeToFindStatusFunctionCalls(tree.group);
    }
    if (tree instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_) {
        return walkTreeToFindStatusFunctionCalls(tree.expr) || walkTreeToFindStatusFunctionCalls(tree.index);
    }
    return false;
}
/**
 * Validates a pre-if or post-if condition string.
 * Unlike step if conditions, pre-if and post-if are evaluated as-is by the runner
 * (they default to always() only when the field is missing entirely).
 * This function validates the expression and reports errors through the context.
 *
 * @param context The template context for error reporting
 * @param token The token containing the condition
 * @param condition The condition string to validate
 * @returns The validated condition string, or undefined on error
 */
function validateRunsIfCondition(context, token, condition) {
    const allowedContext = token.definitionInfo?.allowedContext || [];
    // Validate the expression directly - no wrapping needed for pre-if/post-if
    try {
        ExpressionToken.validateExpression(condition, allowedContext);
    }
    catch (err) {
        context.error(token, err);
        return undefined;
    }
    return condition;
}
//# sourceMappingURL=if-condition.js.map

/***/ }),

/***/ 8619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ splitAllowedContext)
/* harmony export */ });
/* harmony import */ var _template_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5351);

function splitAllowedContext(allowedContext) {
    const FUNCTION_REGEXP = /^([a-zA-Z0-9_]+)\(([0-9]+),([0-9]+|MAX)\)$/;
    const namedContexts = [];
    const functions = [];
    if (allowedContext.length > 0) {
        for (const contextItem of allowedContext) {
            const match = contextItem.match(FUNCTION_REGEXP);
            if (match) {
                const functionName = match[1];
                const minParameters = Number.parseInt(match[2]);
                const maxParametersRaw = match[3];
                const maxParameters = maxParametersRaw === _template_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CONSTANT */ .UK ? Number.MAX_SAFE_INTEGER : Number.parseInt(maxParametersRaw);
                functions.push({
                    name: functionName,
                    minArgs: minParameters,
                    maxArgs: maxParameters
                });
            }
            else {
                namedContexts.push(contextItem);
            }
        }
    }
    return {
        namedContexts: namedContexts,
        functions: functions
    };
}
//# sourceMappingURL=allowed-context.js.map

/***/ }),

/***/ 907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ EventType),
/* harmony export */   c: () => (/* binding */ ParseEvent)
/* harmony export */ });
class ParseEvent {
    constructor(type, token) {
        this.type = type;
        this.token = token;
    }
}
var EventType;
(function (EventType) {
    EventType[EventType["Literal"] = 0] = "Literal";
    EventType[EventType["SequenceStart"] = 1] = "SequenceStart";
    EventType[EventType["SequenceEnd"] = 2] = "SequenceEnd";
    EventType[EventType["MappingStart"] = 3] = "MappingStart";
    EventType[EventType["MappingEnd"] = 4] = "MappingEnd";
    EventType[EventType["DocumentStart"] = 5] = "DocumentStart";
    EventType[EventType["DocumentEnd"] = 6] = "DocumentEnd";
})(EventType || (EventType = {}));
//# sourceMappingURL=parse-event.js.map

/***/ }),

/***/ 7437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ DefinitionInfo)
/* harmony export */ });
class DefinitionInfo {
    constructor(schemaOrParent, nameOrDefinition) {
        this.isDefinitionInfo = true;
        const parent = schemaOrParent?.isDefinitionInfo === true
            ? schemaOrParent
            : undefined;
        this._schema = parent === undefined ? schemaOrParent : parent._schema;
        // Lookup the definition if a key was passed in
        this.definition =
            typeof nameOrDefinition === "string" ? this._schema.getDefinition(nameOrDefinition) : nameOrDefinition;
        // Record allowed context
        if (this.definition.readerContext.length > 0) {
            this.allowedContext = [];
            // Copy parent allowed context
            const upperSeen = {};
            for (const context of parent?.allowedContext ?? []) {
                this.allowedContext.push(context);
                upperSeen[context.toUpperCase()] = true;
            }
            // Append context if unseen
            for (const context of this.definition.readerContext) {
                const upper = context.toUpperCase();
                if (!upperSeen[upper]) {
                    this.allowedContext.push(context);
                    upperSeen[upper] = true;
                }
            }
        }
        else {
            this.allowedContext = parent?.allowedContext ?? [];
        }
    }
    getScalarDefinitions() {
        return this._schema.getScalarDefinitions(this.definition);
    }
    getDefinitionsOfType(type) {
        return this._schema.getDefinitionsOfType(this.definition, type);
    }
}
//# sourceMappingURL=definition-info.js.map

/***/ }),

/***/ 9485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ DefinitionType)
/* harmony export */ });
var DefinitionType;
(function (DefinitionType) {
    DefinitionType[DefinitionType["Null"] = 0] = "Null";
    DefinitionType[DefinitionType["Boolean"] = 1] = "Boolean";
    DefinitionType[DefinitionType["Number"] = 2] = "Number";
    DefinitionType[DefinitionType["String"] = 3] = "String";
    DefinitionType[DefinitionType["Sequence"] = 4] = "Sequence";
    DefinitionType[DefinitionType["Mapping"] = 5] = "Mapping";
    DefinitionType[DefinitionType["OneOf"] = 6] = "OneOf";
    DefinitionType[DefinitionType["AllowedValues"] = 7] = "AllowedValues";
})(DefinitionType || (DefinitionType = {}));
//# sourceMappingURL=definition-type.js.map

/***/ }),

/***/ 1031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* reexport */ TemplateSchema)
});

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/types.js
var types = __nccwpck_require__(3709);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-constants.js
var template_constants = __nccwpck_require__(5351);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __nccwpck_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-reader.js
var template_reader = __nccwpck_require__(199);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/index.js + 10 modules
var tokens = __nccwpck_require__(3262);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/trace-writer.js
var trace_writer = __nccwpck_require__(8782);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/definition-type.js
var definition_type = __nccwpck_require__(9485);
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/definition.js

/**
 * Defines the allowable schema for a user defined type
 */
class Definition {
    constructor(key, definition) {
        /**
         * Used by the template reader to determine allowed expression values and functions.
         * Also used by the template reader to validate function min/max parameters.
         */
        this.readerContext = [];
        /**
         * Used by the template evaluator to determine allowed expression values and functions.
         * The min/max parameter info is omitted.
         */
        this.evaluatorContext = [];
        this.key = key;
        if (definition) {
            for (let i = 0; i < definition.count;) {
                const definitionKey = definition.get(i).key.assertString(`${template_constants/* DEFINITION */.ye} key`);
                switch (definitionKey.value) {
                    case template_constants/* CONTEXT */.SK: {
                        const context = definition.get(i).value.assertSequence(`${template_constants/* DEFINITION */.ye} ${template_constants/* CONTEXT */.SK}`);
                        definition.remove(i);
                        const seenReaderContext = {};
                        const seenEvaluatorContext = {};
                        for (const item of context) {
                            const itemStr = item.assertString(`${template_constants/* CONTEXT */.SK} item`).value;
                            const upperItemStr = itemStr.toUpperCase();
                            if (seenReaderContext[upperItemStr]) {
                                throw new Error(`Duplicate context item '${itemStr}'`);
                            }
                            seenReaderContext[upperItemStr] = true;
                            this.readerContext.push(itemStr);
                            // Remove min/max parameter info
                            const paramIndex = itemStr.indexOf("(");
                            const modifiedItemStr = paramIndex > 0 ? itemStr.substr(0, paramIndex + 1) + ")" : itemStr;
                            const upperModifiedItemStr = modifiedItemStr.toUpperCase();
                            if (seenEvaluatorContext[upperModifiedItemStr]) {
                                throw new Error(`Duplicate context item '${modifiedItemStr}'`);
                            }
                            seenEvaluatorContext[upperModifiedItemStr] = true;
                            this.evaluatorContext.push(modifiedItemStr);
                        }
                        break;
                    }
                    case template_constants/* DESCRIPTION */.tC: {
                        const value = definition.get(i).value;
                        this.description = value.assertString(template_constants/* DESCRIPTION */.tC).value;
                        definition.remove(i);
                        break;
                    }
                    default: {
                        i++;
                        break;
                    }
                }
            }
        }
    }
}
//# sourceMappingURL=definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/scalar-definition.js

class ScalarDefinition extends Definition {
    constructor(key, definition) {
        super(key, definition);
    }
}
//# sourceMappingURL=scalar-definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/boolean-definition.js




class BooleanDefinition extends ScalarDefinition {
    constructor(key, definition) {
        super(key, definition);
        if (definition) {
            for (const definitionPair of definition) {
                const definitionKey = definitionPair.key.assertString(`${template_constants/* DEFINITION */.ye} key`);
                switch (definitionKey.value) {
                    case template_constants/* BOOLEAN */.Jx: {
                        const mapping = definitionPair.value.assertMapping(`${template_constants/* DEFINITION */.ye} ${template_constants/* BOOLEAN */.Jx}`);
                        for (const mappingPair of mapping) {
                            const mappingKey = mappingPair.key.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* BOOLEAN */.Jx} key`);
                            switch (mappingKey.value) {
                                default:
                                    // throws
                                    mappingKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} ${template_constants/* BOOLEAN */.Jx} key`);
                                    break;
                            }
                        }
                        break;
                    }
                    default:
                        definitionKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} key`); // throws
                }
            }
        }
    }
    get definitionType() {
        return definition_type/* DefinitionType */.M.Boolean;
    }
    isMatch(literal) {
        return literal.templateTokenType === types/* TokenType */.k.Boolean;
    }
    validate() {
        // no-op
    }
}
//# sourceMappingURL=boolean-definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/property-definition.js


class PropertyDefinition {
    constructor(token) {
        this.type = "";
        this.required = false;
        if (token.templateTokenType === types/* TokenType */.k.String) {
            this.type = token.value;
        }
        else {
            const mapping = token.assertMapping(template_constants/* MAPPING_PROPERTY_VALUE */.nZ);
            for (const mappingPair of mapping) {
                const mappingKey = mappingPair.key.assertString(`${template_constants/* MAPPING_PROPERTY_VALUE */.nZ} key`);
                switch (mappingKey.value) {
                    case template_constants/* TYPE */.ZE:
                        this.type = mappingPair.value.assertString(`${template_constants/* MAPPING_PROPERTY_VALUE */.nZ} ${template_constants/* TYPE */.ZE}`).value;
                        break;
                    case template_constants/* REQUIRED */.mw:
                        this.required = mappingPair.value.assertBoolean(`${template_constants/* MAPPING_PROPERTY_VALUE */.nZ} ${template_constants/* REQUIRED */.mw}`).value;
                        break;
                    case template_constants/* DESCRIPTION */.tC:
                        this.description = mappingPair.value.assertString(`${template_constants/* MAPPING_PROPERTY_VALUE */.nZ} ${template_constants/* DESCRIPTION */.tC}`).value;
                        break;
                    default:
                        mappingKey.assertUnexpectedValue(`${template_constants/* MAPPING_PROPERTY_VALUE */.nZ} key`); // throws
                }
            }
        }
    }
}
//# sourceMappingURL=property-definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/mapping-definition.js




class MappingDefinition extends Definition {
    constructor(key, definition) {
        super(key, definition);
        this.properties = {};
        this.looseKeyType = "";
        this.looseValueType = "";
        if (definition) {
            for (const definitionPair of definition) {
                const definitionKey = definitionPair.key.assertString(`${template_constants/* DEFINITION */.ye} key`);
                switch (definitionKey.value) {
                    case template_constants/* MAPPING */.xu: {
                        const mapping = definitionPair.value.assertMapping(`${template_constants/* DEFINITION */.ye} ${template_constants/* MAPPING */.xu}`);
                        for (const mappingPair of mapping) {
                            const mappingKey = mappingPair.key.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* MAPPING */.xu} key`);
                            switch (mappingKey.value) {
                                case template_constants/* PROPERTIES */.yI: {
                                    const properties = mappingPair.value.assertMapping(`${template_constants/* DEFINITION */.ye} ${template_constants/* MAPPING */.xu} ${template_constants/* PROPERTIES */.yI}`);
                                    for (const propertiesPair of properties) {
                                        const propertyName = propertiesPair.key.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* MAPPING */.xu} ${template_constants/* PROPERTIES */.yI} key`);
                                        this.properties[propertyName.value] = new PropertyDefinition(propertiesPair.value);
                                    }
                                    break;
                                }
                                case template_constants/* LOOSE_KEY_TYPE */._x: {
                                    const looseKeyType = mappingPair.value.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* MAPPING */.xu} ${template_constants/* LOOSE_KEY_TYPE */._x}`);
                                    this.looseKeyType = looseKeyType.value;
                                    break;
                                }
                                case template_constants/* LOOSE_VALUE_TYPE */.oX: {
                                    const looseValueType = mappingPair.value.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* MAPPING */.xu} ${template_constants/* LOOSE_VALUE_TYPE */.oX}`);
                                    this.looseValueType = looseValueType.value;
                                    break;
                                }
                                default:
                                    // throws
                                    mappingKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} ${template_constants/* MAPPING */.xu} key`);
                                    break;
                            }
                        }
                        break;
                    }
                    default:
                        definitionKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} key`); // throws
                }
            }
        }
    }
    get definitionType() {
        return definition_type/* DefinitionType */.M.Mapping;
    }
    validate(schema, name) {
        // Lookup loose key type
        if (this.looseKeyType) {
            schema.getDefinition(this.looseKeyType);
            // Lookup loose value type
            if (this.looseValueType) {
                schema.getDefinition(this.looseValueType);
            }
            else {
                throw new Error(`Property '${template_constants/* LOOSE_KEY_TYPE */._x}' is defined but '${template_constants/* LOOSE_VALUE_TYPE */.oX}' is not defined on '${name}'`);
            }
        }
        // Otherwise validate loose value type not be defined
        else if (this.looseValueType) {
            throw new Error(`Property '${template_constants/* LOOSE_VALUE_TYPE */.oX}' is defined but '${template_constants/* LOOSE_KEY_TYPE */._x}' is not defined on '${name}'`);
        }
        // Lookup each property
        for (const propertyName of Object.keys(this.properties)) {
            const propertyDef = this.properties[propertyName];
            if (!propertyDef.type) {
                throw new Error(`Type not specified for the property '${propertyName}' on '${name}'`);
            }
            schema.getDefinition(propertyDef.type);
        }
    }
}
//# sourceMappingURL=mapping-definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/null-definition.js




class NullDefinition extends ScalarDefinition {
    constructor(key, definition) {
        super(key, definition);
        if (definition) {
            for (const definitionPair of definition) {
                const definitionKey = definitionPair.key.assertString(`${template_constants/* DEFINITION */.ye} key`);
                switch (definitionKey.value) {
                    case template_constants/* NULL */.Cq: {
                        const mapping = definitionPair.value.assertMapping(`${template_constants/* DEFINITION */.ye} ${template_constants/* NULL */.Cq}`);
                        for (const mappingPair of mapping) {
                            const mappingKey = mappingPair.key.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* NULL */.Cq} key`);
                            switch (mappingKey.value) {
                                default:
                                    // throws
                                    mappingKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} ${template_constants/* NULL */.Cq} key`);
                                    break;
                            }
                        }
                        break;
                    }
                    default:
                        definitionKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} key`); // throws
                }
            }
        }
    }
    get definitionType() {
        return definition_type/* DefinitionType */.M.Null;
    }
    isMatch(literal) {
        return literal.templateTokenType === types/* TokenType */.k.Null;
    }
    validate() {
        // no-op
    }
}
//# sourceMappingURL=null-definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/number-definition.js




class NumberDefinition extends ScalarDefinition {
    constructor(key, definition) {
        super(key, definition);
        if (definition) {
            for (const definitionPair of definition) {
                const definitionKey = definitionPair.key.assertString(`${template_constants/* DEFINITION */.ye} key`);
                switch (definitionKey.value) {
                    case template_constants/* NUMBER */.uk: {
                        const mapping = definitionPair.value.assertMapping(`${template_constants/* DEFINITION */.ye} ${template_constants/* NUMBER */.uk}`);
                        for (const mappingPair of mapping) {
                            const mappingKey = mappingPair.key.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* NUMBER */.uk} key`);
                            switch (mappingKey.value) {
                                default:
                                    // throws
                                    mappingKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} ${template_constants/* NUMBER */.uk} key`);
                                    break;
                            }
                        }
                        break;
                    }
                    default:
                        definitionKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} key`); // throws
                }
            }
        }
    }
    get definitionType() {
        return definition_type/* DefinitionType */.M.Number;
    }
    isMatch(literal) {
        return literal.templateTokenType === types/* TokenType */.k.Number;
    }
    validate() {
        // no-op
    }
}
//# sourceMappingURL=number-definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/one-of-definition.js



/**
 * Must resolve to exactly one of the referenced definitions
 */
class OneOfDefinition extends Definition {
    constructor(key, definition) {
        super(key, definition);
        this.oneOf = [];
        this.oneOfPrefix = [];
        if (definition) {
            for (const definitionPair of definition) {
                const definitionKey = definitionPair.key.assertString(`${template_constants/* DEFINITION */.ye} key`);
                switch (definitionKey.value) {
                    case template_constants/* ONE_OF */.hs: {
                        const oneOf = definitionPair.value.assertSequence(`${template_constants/* DEFINITION */.ye} ${template_constants/* ONE_OF */.hs}`);
                        for (const item of oneOf) {
                            const oneOfItem = item.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* ONE_OF */.hs} item`);
                            this.oneOf.push(oneOfItem.value);
                        }
                        break;
                    }
                    case template_constants/* ALLOWED_VALUES */.Or: {
                        const oneOf = definitionPair.value.assertSequence(`${template_constants/* DEFINITION */.ye} ${template_constants/* ALLOWED_VALUES */.Or}`);
                        for (const item of oneOf) {
                            const oneOfItem = item.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* ONE_OF */.hs} item`);
                            this.oneOf.push(this.key + "-" + oneOfItem.value);
                        }
                        break;
                    }
                    default:
                        // throws
                        definitionKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} key`);
                        break;
                }
            }
        }
    }
    get definitionType() {
        return definition_type/* DefinitionType */.M.OneOf;
    }
    validate(schema, name) {
        if (this.oneOf.length === 0) {
            throw new Error(`'${name}' does not contain any references`);
        }
        let foundLooseKeyType = false;
        const mappingDefinitions = [];
        let allowedValuesDefinition;
        let sequenceDefinition;
        let nullDefinition;
        let booleanDefinition;
        let numberDefinition;
        const stringDefinitions = [];
        const seenNestedTypes = {};
        for (const nestedType of this.oneOf) {
            if (seenNestedTypes[nestedType]) {
                throw new Error(`'${name}' contains duplicate nested type '${nestedType}'`);
            }
            seenNestedTypes[nestedType] = true;
            const nestedDefinition = schema.getDefinition(nestedType);
            if (nestedDefinition.readerContext.length > 0) {
                throw new Error(`'${name}' is a one-of definition and references another definition that defines context. This is currently not supported.`);
            }
            switch (nestedDefinition.definitionType) {
                case definition_type/* DefinitionType */.M.Mapping: {
                    const mappingDefinition = nestedDefinition;
                    mappingDefinitions.push(mappingDefinition);
                    if (mappingDefinition.looseKeyType) {
                        foundLooseKeyType = true;
                    }
                    break;
                }
                case definition_type/* DefinitionType */.M.Sequence: {
                    // Multiple sequence definitions not allowed
                    if (sequenceDefinition) {
                        throw new Error(`'${name}' refers to more than one definition of type '${template_constants/* SEQUENCE */.gt}'`);
                    }
                    sequenceDefinition = nestedDefinition;
                    break;
                }
                case definition_type/* DefinitionType */.M.Null: {
                    // Multiple null definitions not allowed
                    if (nullDefinition) {
                        throw new Error(`'${name}' refers to more than one definition of type '${template_constants/* NULL */.Cq}'`);
                    }
                    nullDefinition = nestedDefinition;
                    break;
                }
                case definition_type/* DefinitionType */.M.Boolean: {
                    // Multiple boolean definitions not allowed
                    if (booleanDefinition) {
                        throw new Error(`'${name}' refers to more than one definition of type '${template_constants/* BOOLEAN */.Jx}'`);
                    }
                    booleanDefinition = nestedDefinition;
                    break;
                }
                case definition_type/* DefinitionType */.M.Number: {
                    // Multiple number definitions not allowed
                    if (numberDefinition) {
                        throw new Error(`'${name}' refers to more than one definition of type '${template_constants/* NUMBER */.uk}'`);
                    }
                    numberDefinition = nestedDefinition;
                    break;
                }
                case definition_type/* DefinitionType */.M.String: {
                    const stringDefinition = nestedDefinition;
                    // Multiple string definitions
                    if (stringDefinitions.length > 0 && (!stringDefinitions[0].constant || !stringDefinition.constant)) {
                        throw new Error(`'${name}' refers to more than one '${template_constants/* SCALAR */.jf}', but some do not set '${template_constants/* CONSTANT */.TJ}'`);
                    }
                    stringDefinitions.push(stringDefinition);
                    break;
                }
                case definition_type/* DefinitionType */.M.OneOf: {
                    // Multiple allowed-values definitions not allowed
                    if (allowedValuesDefinition) {
                        throw new Error(`'${name}' contains multiple allowed-values definitions`);
                    }
                    allowedValuesDefinition = nestedDefinition;
                    break;
                }
                default:
                    throw new Error(`'${name}' refers to a definition with type '${nestedDefinition.definitionType}'`);
            }
        }
        if (mappingDefinitions.length > 1) {
            if (foundLooseKeyType) {
                throw new Error(`'${name}' refers to two mappings and at least one sets '${template_constants/* LOOSE_KEY_TYPE */._x}'. This is not currently supported.`);
            }
            const seenProperties = {};
            for (const mappingDefinition of mappingDefinitions) {
                for (const propertyName of Object.keys(mappingDefinition.properties)) {
                    const newPropertyDef = mappingDefinition.properties[propertyName];
                    // Already seen
                    const existingPropertyDef = seenProperties[propertyName];
                    if (existingPropertyDef) {
                        // Types match
                        if (existingPropertyDef.type === newPropertyDef.type) {
                            continue;
                        }
                        // Collision
                        throw new Error(`'${name}' contains two mappings with the same property, but each refers to a different type. All matching properties must refer to the same type.`);
                    }
                    // New
                    else {
                        seenProperties[propertyName] = newPropertyDef;
                    }
                }
            }
        }
    }
}
//# sourceMappingURL=one-of-definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/sequence-definition.js



class SequenceDefinition extends Definition {
    constructor(key, definition) {
        super(key, definition);
        this.itemType = "";
        if (definition) {
            for (const definitionPair of definition) {
                const definitionKey = definitionPair.key.assertString(`${template_constants/* DEFINITION */.ye} key`);
                switch (definitionKey.value) {
                    case template_constants/* SEQUENCE */.gt: {
                        const mapping = definitionPair.value.assertMapping(`${template_constants/* DEFINITION */.ye} ${template_constants/* SEQUENCE */.gt}`);
                        for (const mappingPair of mapping) {
                            const mappingKey = mappingPair.key.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* SEQUENCE */.gt} key`);
                            switch (mappingKey.value) {
                                case template_constants/* ITEM_TYPE */.Nt: {
                                    const itemType = mappingPair.value.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* SEQUENCE */.gt} ${template_constants/* ITEM_TYPE */.Nt}`);
                                    this.itemType = itemType.value;
                                    break;
                                }
                                default:
                                    // throws
                                    mappingKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} ${template_constants/* SEQUENCE */.gt} key`);
                                    break;
                            }
                        }
                        break;
                    }
                    default:
                        definitionKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} key`); // throws
                }
            }
        }
    }
    get definitionType() {
        return definition_type/* DefinitionType */.M.Sequence;
    }
    validate(schema, name) {
        if (!this.itemType) {
            throw new Error(`'${name}' does not defined '${template_constants/* ITEM_TYPE */.Nt}'`);
        }
        // Lookup item type
        schema.getDefinition(this.itemType);
    }
}
//# sourceMappingURL=sequence-definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/string-definition.js




class StringDefinition extends ScalarDefinition {
    constructor(key, definition) {
        super(key, definition);
        this.constant = "";
        this.ignoreCase = false;
        this.requireNonEmpty = false;
        this.isExpression = false;
        if (definition) {
            for (const definitionPair of definition) {
                const definitionKey = definitionPair.key.assertString(`${template_constants/* DEFINITION */.ye} key`);
                switch (definitionKey.value) {
                    case template_constants/* STRING */.An: {
                        const mapping = definitionPair.value.assertMapping(`${template_constants/* DEFINITION */.ye} ${template_constants/* STRING */.An}`);
                        for (const mappingPair of mapping) {
                            const mappingKey = mappingPair.key.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* STRING */.An} key`);
                            switch (mappingKey.value) {
                                case template_constants/* CONSTANT */.TJ: {
                                    const constantStringToken = mappingPair.value.assertString(`${template_constants/* DEFINITION */.ye} ${template_constants/* STRING */.An} ${template_constants/* CONSTANT */.TJ}`);
                                    this.constant = constantStringToken.value;
                                    break;
                                }
                                case template_constants/* IGNORE_CASE */.uE: {
                                    const ignoreCaseBooleanToken = mappingPair.value.assertBoolean(`${template_constants/* DEFINITION */.ye} ${template_constants/* STRING */.An} ${template_constants/* IGNORE_CASE */.uE}`);
                                    this.ignoreCase = ignoreCaseBooleanToken.value;
                                    break;
                                }
                                case template_constants/* REQUIRE_NON_EMPTY */.sK: {
                                    const requireNonEmptyBooleanToken = mappingPair.value.assertBoolean(`${template_constants/* DEFINITION */.ye} ${template_constants/* STRING */.An} ${template_constants/* REQUIRE_NON_EMPTY */.sK}`);
                                    this.requireNonEmpty = requireNonEmptyBooleanToken.value;
                                    break;
                                }
                                case template_constants/* IS_EXPRESSION */.S0: {
                                    const isExpressionToken = mappingPair.value.assertBoolean(`${template_constants/* DEFINITION */.ye} ${template_constants/* STRING */.An} ${template_constants/* IS_EXPRESSION */.S0}`);
                                    this.isExpression = isExpressionToken.value;
                                    break;
                                }
                                default:
                                    // throws
                                    mappingKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} ${template_constants/* STRING */.An} key`);
                                    break;
                            }
                        }
                        break;
                    }
                    default:
                        definitionKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} key`); // throws
                }
            }
        }
    }
    get definitionType() {
        return definition_type/* DefinitionType */.M.String;
    }
    isMatch(literal) {
        if (literal.templateTokenType === types/* TokenType */.k.String) {
            const value = literal.value;
            if (this.constant) {
                return this.ignoreCase ? this.constant.toUpperCase() === value.toUpperCase() : this.constant === value;
            }
            else if (this.requireNonEmpty) {
                return !!value;
            }
            else {
                return true;
            }
        }
        return false;
    }
    validate() {
        if (this.constant && this.requireNonEmpty) {
            throw new Error(`Properties '${template_constants/* CONSTANT */.TJ}' and '${template_constants/* REQUIRE_NON_EMPTY */.sK}' cannot both be set`);
        }
    }
}
//# sourceMappingURL=string-definition.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/template-schema.js















/**
 * This models the root schema object and contains definitions
 */
class TemplateSchema {
    constructor(mapping) {
        this.definitions = {};
        this.version = "";
        // Add built-in type: null
        this.definitions[template_constants/* NULL */.Cq] = new NullDefinition(template_constants/* NULL */.Cq);
        // Add built-in type: boolean
        this.definitions[template_constants/* BOOLEAN */.Jx] = new BooleanDefinition(template_constants/* BOOLEAN */.Jx);
        // Add built-in type: number
        this.definitions[template_constants/* NUMBER */.uk] = new NumberDefinition(template_constants/* NUMBER */.uk);
        // Add built-in type: string
        this.definitions[template_constants/* STRING */.An] = new StringDefinition(template_constants/* STRING */.An);
        // Add built-in type: sequence
        const sequenceDefinition = new SequenceDefinition(template_constants/* SEQUENCE */.gt);
        sequenceDefinition.itemType = template_constants/* ANY */.x4;
        this.definitions[sequenceDefinition.key] = sequenceDefinition;
        // Add built-in type: mapping
        const mappingDefinition = new MappingDefinition(template_constants/* MAPPING */.xu);
        mappingDefinition.looseKeyType = template_constants/* STRING */.An;
        mappingDefinition.looseValueType = template_constants/* ANY */.x4;
        this.definitions[mappingDefinition.key] = mappingDefinition;
        // Add built-in type: any
        const anyDefinition = new OneOfDefinition(template_constants/* ANY */.x4);
        anyDefinition.oneOf.push(template_constants/* NULL */.Cq);
        anyDefinition.oneOf.push(template_constants/* BOOLEAN */.Jx);
        anyDefinition.oneOf.push(template_constants/* NUMBER */.uk);
        anyDefinition.oneOf.push(template_constants/* STRING */.An);
        anyDefinition.oneOf.push(template_constants/* SEQUENCE */.gt);
        anyDefinition.oneOf.push(template_constants/* MAPPING */.xu);
        this.definitions[anyDefinition.key] = anyDefinition;
        if (mapping) {
            for (const pair of mapping) {
                const key = pair.key.assertString(`${template_constants/* TEMPLATE_SCHEMA */.Fz} key`);
                switch (key.value) {
                    case template_constants/* VERSION */.xv: {
                        this.version = pair.value.assertString(`${template_constants/* TEMPLATE_SCHEMA */.Fz} ${template_constants/* VERSION */.xv}`).value;
                        break;
                    }
                    case template_constants/* DEFINITIONS */.LX: {
                        const definitions = pair.value.assertMapping(`${template_constants/* TEMPLATE_SCHEMA */.Fz} ${template_constants/* DEFINITIONS */.LX}`);
                        for (const definitionsPair of definitions) {
                            const definitionsKey = definitionsPair.key.assertString(`${template_constants/* TEMPLATE_SCHEMA */.Fz} ${template_constants/* DEFINITIONS */.LX} key`);
                            const definitionsValue = definitionsPair.value.assertMapping(`${template_constants/* TEMPLATE_SCHEMA */.Fz} ${template_constants/* DEFINITIONS */.LX} value`);
                            let definition;
                            for (const definitionPair of definitionsValue) {
                                const definitionKey = definitionPair.key.assertString(`${template_constants/* DEFINITION */.ye} key`);
                                const mappingToken = definitionsPair.value;
                                switch (definitionKey.value) {
                                    case template_constants/* NULL */.Cq:
                                        definition = new NullDefinition(definitionsKey.value, definitionsValue);
                                        break;
                                    case template_constants/* BOOLEAN */.Jx:
                                        definition = new BooleanDefinition(definitionsKey.value, definitionsValue);
                                        break;
                                    case template_constants/* NUMBER */.uk:
                                        definition = new NumberDefinition(definitionsKey.value, definitionsValue);
                                        break;
                                    case template_constants/* STRING */.An:
                                        definition = new StringDefinition(definitionsKey.value, definitionsValue);
                                        break;
                                    case template_constants/* SEQUENCE */.gt:
                                        definition = new SequenceDefinition(definitionsKey.value, definitionsValue);
                                        break;
                                    case template_constants/* MAPPING */.xu:
                                        definition = new MappingDefinition(definitionsKey.value, definitionsValue);
                                        break;
                                    case template_constants/* ONE_OF */.hs:
                                        definition = new OneOfDefinition(definitionsKey.value, definitionsValue);
                                        break;
                                    case template_constants/* ALLOWED_VALUES */.Or:
                                        // Change the allowed-values definition into a one-of definition and its corresponding string definitions
                                        for (const item of mappingToken) {
                                            if (item.value.templateTokenType === types/* TokenType */.k.Sequence) {
                                                // Create a new string definition for each StringToken in the sequence
                                                const sequenceToken = item.value;
                                                for (const activity of sequenceToken) {
                                                    if (activity.templateTokenType === types/* TokenType */.k.String) {
                                                        const stringToken = activity;
                                                        const allowedValuesKey = definitionsKey.value + "-" + stringToken.value;
                                                        const allowedValuesDef = new StringDefinition(allowedValuesKey);
                                                        allowedValuesDef.constant = stringToken.toDisplayString();
                                                        this.definitions[allowedValuesKey] = allowedValuesDef;
                                                    }
                                                }
                                            }
                                        }
                                        definition = new OneOfDefinition(definitionsKey.value, definitionsValue);
                                        break;
                                    case template_constants/* CONTEXT */.SK:
                                    case template_constants/* DESCRIPTION */.tC:
                                        continue;
                                    default:
                                        // throws
                                        definitionKey.assertUnexpectedValue(`${template_constants/* DEFINITION */.ye} mapping key`);
                                        break;
                                }
                                break;
                            }
                            if (!definition) {
                                throw new Error(`Not enough information to construct definition '${definitionsKey.value}'`);
                            }
                            this.definitions[definitionsKey.value] = definition;
                        }
                        break;
                    }
                    default:
                        // throws
                        key.assertUnexpectedValue(`${template_constants/* TEMPLATE_SCHEMA */.Fz} key`);
                        break;
                }
            }
        }
    }
    /**
     * Looks up a definition by name
     */
    getDefinition(name) {
        const result = this.definitions[name];
        if (result) {
            return result;
        }
        throw new Error(`Schema definition '${name}' not found`);
    }
    /**
     * Expands one-of definitions and returns all scalar definitions
     */
    getScalarDefinitions(definition) {
        const result = [];
        switch (definition.definitionType) {
            case definition_type/* DefinitionType */.M.Null:
            case definition_type/* DefinitionType */.M.Boolean:
            case definition_type/* DefinitionType */.M.Number:
            case definition_type/* DefinitionType */.M.String:
                result.push(definition);
                break;
            case definition_type/* DefinitionType */.M.OneOf: {
                const oneOf = definition;
                // Expand nested one-of definitions
                for (const nestedName of oneOf.oneOf) {
                    const nestedDefinition = this.getDefinition(nestedName);
                    result.push(...this.getScalarDefinitions(nestedDefinition));
                }
                break;
            }
        }
        return result;
    }
    /**
     * Expands one-of definitions and returns all matching definitions by type
     */
    getDefinitionsOfType(definition, type) {
        const result = [];
        if (definition.definitionType === type) {
            result.push(definition);
        }
        else if (definition.definitionType === definition_type/* DefinitionType */.M.OneOf) {
            const oneOf = definition;
            for (const nestedName of oneOf.oneOf) {
                const nestedDefinition = this.getDefinition(nestedName);
                if (nestedDefinition.definitionType === type) {
                    result.push(nestedDefinition);
                }
            }
        }
        return result;
    }
    /**
     * Attempts match the property name to a property defined by any of the specified definitions.
     * If matched, any unmatching definitions are filtered from the definitions array.
     * Returns the type information for the matched property.
     */
    matchPropertyAndFilter(definitions, propertyName) {
        let result;
        // Check for a matching well-known property
        let notFoundInSome = false;
        for (const definition of definitions) {
            const propertyDef = definition.properties[propertyName];
            if (propertyDef) {
                result = propertyDef;
            }
            else {
                notFoundInSome = true;
            }
        }
        // Filter the matched definitions if needed
        if (result && notFoundInSome) {
            for (let i = 0; i < definitions.length;) {
                if (definitions[i].properties[propertyName]) {
                    i++;
                }
                else {
                    definitions.splice(i, 1);
                }
            }
        }
        return result;
    }
    validate() {
        const oneOfDefinitions = {};
        for (const name of Object.keys(this.definitions)) {
            if (!name.match(TemplateSchema._definitionNamePattern)) {
                throw new Error(`Invalid definition name '${name}'`);
            }
            const definition = this.definitions[name];
            // Delay validation for 'one-of' definitions
            if (definition.definitionType === definition_type/* DefinitionType */.M.OneOf) {
                oneOfDefinitions[name] = definition;
            }
            // Otherwise validate now
            else {
                definition.validate(this, name);
            }
        }
        // Validate 'one-of' definitions
        for (const name of Object.keys(oneOfDefinitions)) {
            const oneOf = oneOfDefinitions[name];
            oneOf.validate(this, name);
        }
    }
    /**
     * Loads a user-defined schema file
     */
    static load(objectReader) {
        const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(10, 500), TemplateSchema.getInternalSchema(), new trace_writer/* NoOperationTraceWriter */.P());
        const template = (0,template_reader/* readTemplate */.x)(context, template_constants/* TEMPLATE_SCHEMA */.Fz, objectReader, undefined);
        context.errors.check();
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        const mapping = template.assertMapping(template_constants/* TEMPLATE_SCHEMA */.Fz);
        const schema = new TemplateSchema(mapping);
        schema.validate();
        return schema;
    }
    /**
     * Gets the internal schema used for reading user-defined schema files
     */
    static getInternalSchema() {
        if (TemplateSchema._internalSchema === undefined) {
            const schema = new TemplateSchema();
            // template-schema
            let mappingDefinition = new MappingDefinition(template_constants/* TEMPLATE_SCHEMA */.Fz);
            mappingDefinition.properties[template_constants/* VERSION */.xv] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* NON_EMPTY_STRING */.O1, undefined));
            mappingDefinition.properties[template_constants/* DEFINITIONS */.LX] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* DEFINITIONS */.LX, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // definitions
            mappingDefinition = new MappingDefinition(template_constants/* DEFINITIONS */.LX);
            mappingDefinition.looseKeyType = template_constants/* NON_EMPTY_STRING */.O1;
            mappingDefinition.looseValueType = template_constants/* DEFINITION */.ye;
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // definition
            let oneOfDefinition = new OneOfDefinition(template_constants/* DEFINITION */.ye);
            oneOfDefinition.oneOf.push(template_constants/* NULL_DEFINITION */.uC);
            oneOfDefinition.oneOf.push(template_constants/* BOOLEAN_DEFINITION */.tO);
            oneOfDefinition.oneOf.push(template_constants/* NUMBER_DEFINITION */.gZ);
            oneOfDefinition.oneOf.push(template_constants/* STRING_DEFINITION */.ot);
            oneOfDefinition.oneOf.push(template_constants/* SEQUENCE_DEFINITION */.QH);
            oneOfDefinition.oneOf.push(template_constants/* MAPPING_DEFINITION */.D0);
            oneOfDefinition.oneOf.push(template_constants/* ONE_OF_DEFINITION */.dv);
            schema.definitions[oneOfDefinition.key] = oneOfDefinition;
            // null-definition
            mappingDefinition = new MappingDefinition(template_constants/* NULL_DEFINITION */.uC);
            mappingDefinition.properties[template_constants/* DESCRIPTION */.tC] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* STRING */.An, undefined));
            mappingDefinition.properties[template_constants/* CONTEXT */.SK] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi, undefined));
            mappingDefinition.properties[template_constants/* NULL */.Cq] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* NULL_DEFINITION_PROPERTIES */.aS, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // null-definition-properties
            mappingDefinition = new MappingDefinition(template_constants/* NULL_DEFINITION_PROPERTIES */.aS);
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // boolean-definition
            mappingDefinition = new MappingDefinition(template_constants/* BOOLEAN_DEFINITION */.tO);
            mappingDefinition.properties[template_constants/* DESCRIPTION */.tC] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* STRING */.An, undefined));
            mappingDefinition.properties[template_constants/* CONTEXT */.SK] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi, undefined));
            mappingDefinition.properties[template_constants/* BOOLEAN */.Jx] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* BOOLEAN_DEFINITION_PROPERTIES */.Rp, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // boolean-definition-properties
            mappingDefinition = new MappingDefinition(template_constants/* BOOLEAN_DEFINITION_PROPERTIES */.Rp);
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // number-definition
            mappingDefinition = new MappingDefinition(template_constants/* NUMBER_DEFINITION */.gZ);
            mappingDefinition.properties[template_constants/* DESCRIPTION */.tC] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* STRING */.An, undefined));
            mappingDefinition.properties[template_constants/* CONTEXT */.SK] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi, undefined));
            mappingDefinition.properties[template_constants/* NUMBER */.uk] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* NUMBER_DEFINITION_PROPERTIES */.a_, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // number-definition-properties
            mappingDefinition = new MappingDefinition(template_constants/* NUMBER_DEFINITION_PROPERTIES */.a_);
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // string-definition
            mappingDefinition = new MappingDefinition(template_constants/* STRING_DEFINITION */.ot);
            mappingDefinition.properties[template_constants/* DESCRIPTION */.tC] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* STRING */.An, undefined));
            mappingDefinition.properties[template_constants/* CONTEXT */.SK] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi, undefined));
            mappingDefinition.properties[template_constants/* STRING */.An] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* STRING_DEFINITION_PROPERTIES */.wP, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // string-definition-properties
            mappingDefinition = new MappingDefinition(template_constants/* STRING_DEFINITION_PROPERTIES */.wP);
            mappingDefinition.properties[template_constants/* CONSTANT */.TJ] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* NON_EMPTY_STRING */.O1, undefined));
            mappingDefinition.properties[template_constants/* IGNORE_CASE */.uE] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* BOOLEAN */.Jx, undefined));
            mappingDefinition.properties[template_constants/* REQUIRE_NON_EMPTY */.sK] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* BOOLEAN */.Jx, undefined));
            mappingDefinition.properties[template_constants/* IS_EXPRESSION */.S0] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* BOOLEAN */.Jx, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // sequence-definition
            mappingDefinition = new MappingDefinition(template_constants/* SEQUENCE_DEFINITION */.QH);
            mappingDefinition.properties[template_constants/* DESCRIPTION */.tC] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* STRING */.An, undefined));
            mappingDefinition.properties[template_constants/* CONTEXT */.SK] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi, undefined));
            mappingDefinition.properties[template_constants/* SEQUENCE */.gt] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_DEFINITION_PROPERTIES */.g5, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // sequence-definition-properties
            mappingDefinition = new MappingDefinition(template_constants/* SEQUENCE_DEFINITION_PROPERTIES */.g5);
            mappingDefinition.properties[template_constants/* ITEM_TYPE */.Nt] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* NON_EMPTY_STRING */.O1, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // mapping-definition
            mappingDefinition = new MappingDefinition(template_constants/* MAPPING_DEFINITION */.D0);
            mappingDefinition.properties[template_constants/* DESCRIPTION */.tC] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* STRING */.An, undefined));
            mappingDefinition.properties[template_constants/* CONTEXT */.SK] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi, undefined));
            mappingDefinition.properties[template_constants/* MAPPING */.xu] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* MAPPING_DEFINITION_PROPERTIES */.z1, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // mapping-definition-properties
            mappingDefinition = new MappingDefinition(template_constants/* MAPPING_DEFINITION_PROPERTIES */.z1);
            mappingDefinition.properties[template_constants/* PROPERTIES */.yI] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* PROPERTIES */.yI, undefined));
            mappingDefinition.properties[template_constants/* LOOSE_KEY_TYPE */._x] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* NON_EMPTY_STRING */.O1, undefined));
            mappingDefinition.properties[template_constants/* LOOSE_VALUE_TYPE */.oX] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* NON_EMPTY_STRING */.O1, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // properties
            mappingDefinition = new MappingDefinition(template_constants/* PROPERTIES */.yI);
            mappingDefinition.looseKeyType = template_constants/* NON_EMPTY_STRING */.O1;
            mappingDefinition.looseValueType = template_constants/* PROPERTY_VALUE */.eh;
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // property-value
            oneOfDefinition = new OneOfDefinition(template_constants/* PROPERTY_VALUE */.eh);
            oneOfDefinition.oneOf.push(template_constants/* NON_EMPTY_STRING */.O1);
            oneOfDefinition.oneOf.push(template_constants/* MAPPING_PROPERTY_VALUE */.nZ);
            schema.definitions[oneOfDefinition.key] = oneOfDefinition;
            // mapping-property-value
            mappingDefinition = new MappingDefinition(template_constants/* MAPPING_PROPERTY_VALUE */.nZ);
            mappingDefinition.properties[template_constants/* TYPE */.ZE] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* NON_EMPTY_STRING */.O1, undefined));
            mappingDefinition.properties[template_constants/* REQUIRED */.mw] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* BOOLEAN */.Jx, undefined));
            mappingDefinition.properties[template_constants/* DESCRIPTION */.tC] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* STRING */.An, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // one-of-definition
            mappingDefinition = new MappingDefinition(template_constants/* ONE_OF_DEFINITION */.dv);
            mappingDefinition.properties[template_constants/* DESCRIPTION */.tC] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* STRING */.An, undefined));
            mappingDefinition.properties[template_constants/* CONTEXT */.SK] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi, undefined));
            mappingDefinition.properties[template_constants/* ONE_OF */.hs] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi, undefined));
            mappingDefinition.properties[template_constants/* ALLOWED_VALUES */.Or] = new PropertyDefinition(new tokens/* StringToken */.Hj(undefined, undefined, template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi, undefined));
            schema.definitions[mappingDefinition.key] = mappingDefinition;
            // non-empty-string
            const stringDefinition = new StringDefinition(template_constants/* NON_EMPTY_STRING */.O1);
            stringDefinition.requireNonEmpty = true;
            schema.definitions[stringDefinition.key] = stringDefinition;
            // sequence-of-non-empty-string
            const sequenceDefinition = new SequenceDefinition(template_constants/* SEQUENCE_OF_NON_EMPTY_STRING */.gi);
            sequenceDefinition.itemType = template_constants/* NON_EMPTY_STRING */.O1;
            schema.definitions[sequenceDefinition.key] = sequenceDefinition;
            schema.validate();
            TemplateSchema._internalSchema = schema;
        }
        return TemplateSchema._internalSchema;
    }
}
TemplateSchema._definitionNamePattern = /^[a-zA-Z_][a-zA-Z0-9_-]*$/;
//# sourceMappingURL=template-schema.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/index.js

//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ STRING),
/* harmony export */   Cq: () => (/* binding */ NULL),
/* harmony export */   D0: () => (/* binding */ MAPPING_DEFINITION),
/* harmony export */   Fz: () => (/* binding */ TEMPLATE_SCHEMA),
/* harmony export */   Jx: () => (/* binding */ BOOLEAN),
/* harmony export */   LX: () => (/* binding */ DEFINITIONS),
/* harmony export */   Nt: () => (/* binding */ ITEM_TYPE),
/* harmony export */   O1: () => (/* binding */ NON_EMPTY_STRING),
/* harmony export */   Or: () => (/* binding */ ALLOWED_VALUES),
/* harmony export */   QH: () => (/* binding */ SEQUENCE_DEFINITION),
/* harmony export */   Rp: () => (/* binding */ BOOLEAN_DEFINITION_PROPERTIES),
/* harmony export */   S0: () => (/* binding */ IS_EXPRESSION),
/* harmony export */   SK: () => (/* binding */ CONTEXT),
/* harmony export */   TJ: () => (/* binding */ CONSTANT),
/* harmony export */   UK: () => (/* binding */ MAX_CONSTANT),
/* harmony export */   W7: () => (/* binding */ CLOSE_EXPRESSION),
/* harmony export */   ZE: () => (/* binding */ TYPE),
/* harmony export */   _x: () => (/* binding */ LOOSE_KEY_TYPE),
/* harmony export */   aS: () => (/* binding */ NULL_DEFINITION_PROPERTIES),
/* harmony export */   a_: () => (/* binding */ NUMBER_DEFINITION_PROPERTIES),
/* harmony export */   dv: () => (/* binding */ ONE_OF_DEFINITION),
/* harmony export */   eh: () => (/* binding */ PROPERTY_VALUE),
/* harmony export */   g5: () => (/* binding */ SEQUENCE_DEFINITION_PROPERTIES),
/* harmony export */   gZ: () => (/* binding */ NUMBER_DEFINITION),
/* harmony export */   gi: () => (/* binding */ SEQUENCE_OF_NON_EMPTY_STRING),
/* harmony export */   gt: () => (/* binding */ SEQUENCE),
/* harmony export */   hs: () => (/* binding */ ONE_OF),
/* harmony export */   jf: () => (/* binding */ SCALAR),
/* harmony export */   mw: () => (/* binding */ REQUIRED),
/* harmony export */   nZ: () => (/* binding */ MAPPING_PROPERTY_VALUE),
/* harmony export */   oX: () => (/* binding */ LOOSE_VALUE_TYPE),
/* harmony export */   ot: () => (/* binding */ STRING_DEFINITION),
/* harmony export */   sK: () => (/* binding */ REQUIRE_NON_EMPTY),
/* harmony export */   tC: () => (/* binding */ DESCRIPTION),
/* harmony export */   tO: () => (/* binding */ BOOLEAN_DEFINITION),
/* harmony export */   uC: () => (/* binding */ NULL_DEFINITION),
/* harmony export */   uE: () => (/* binding */ IGNORE_CASE),
/* harmony export */   uh: () => (/* binding */ INSERT_DIRECTIVE),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   wP: () => (/* binding */ STRING_DEFINITION_PROPERTIES),
/* harmony export */   x4: () => (/* binding */ ANY),
/* harmony export */   xu: () => (/* binding */ MAPPING),
/* harmony export */   xv: () => (/* binding */ VERSION),
/* harmony export */   y8: () => (/* binding */ OPEN_EXPRESSION),
/* harmony export */   yI: () => (/* binding */ PROPERTIES),
/* harmony export */   ye: () => (/* binding */ DEFINITION),
/* harmony export */   z1: () => (/* binding */ MAPPING_DEFINITION_PROPERTIES)
/* harmony export */ });
/* unused harmony export STRUCTURE */
const ALLOWED_VALUES = "allowed-values";
const ANY = "any";
const BOOLEAN = "boolean";
const BOOLEAN_DEFINITION = "boolean-definition";
const BOOLEAN_DEFINITION_PROPERTIES = "boolean-definition-properties";
const CLOSE_EXPRESSION = "}}";
const CONSTANT = "constant";
const CONTEXT = "context";
const DEFINITION = "definition";
const DEFINITIONS = "definitions";
const DESCRIPTION = "description";
const IGNORE_CASE = "ignore-case";
const INSERT_DIRECTIVE = "insert";
const IS_EXPRESSION = "is-expression";
const ITEM_TYPE = "item-type";
const LOOSE_KEY_TYPE = "loose-key-type";
const LOOSE_VALUE_TYPE = "loose-value-type";
const MAX_CONSTANT = "MAX";
const MAPPING = "mapping";
const MAPPING_DEFINITION = "mapping-definition";
const MAPPING_DEFINITION_PROPERTIES = "mapping-definition-properties";
const MAPPING_PROPERTY_VALUE = "mapping-property-value";
const NON_EMPTY_STRING = "non-empty-string";
const NULL = "null";
const NULL_DEFINITION = "null-definition";
const NULL_DEFINITION_PROPERTIES = "null-definition-properties";
const NUMBER = "number";
const NUMBER_DEFINITION = "number-definition";
const NUMBER_DEFINITION_PROPERTIES = "number-definition-properties";
const ONE_OF = "one-of";
const ONE_OF_DEFINITION = "one-of-definition";
const OPEN_EXPRESSION = "${{";
const PROPERTY_VALUE = "property-value";
const PROPERTIES = "properties";
const REQUIRED = "required";
const REQUIRE_NON_EMPTY = "require-non-empty";
const SCALAR = "scalar";
const SEQUENCE = "sequence";
const SEQUENCE_DEFINITION = "sequence-definition";
const SEQUENCE_DEFINITION_PROPERTIES = "sequence-definition-properties";
const TYPE = "type";
const SEQUENCE_OF_NON_EMPTY_STRING = "sequence-of-non-empty-string";
const STRING = "string";
const STRING_DEFINITION = "string-definition";
const STRING_DEFINITION_PROPERTIES = "string-definition-properties";
const STRUCTURE = "structure";
const TEMPLATE_SCHEMA = "template-schema";
const VERSION = "version";
//# sourceMappingURL=template-constants.js.map

/***/ }),

/***/ 5071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ TemplateContext),
  R: () => (/* binding */ TemplateValidationErrors)
});

;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-validation-error.js
/**
 * Provides information about an error which occurred during validation
 */
class TemplateValidationError {
    constructor(rawMessage, prefix, code, range) {
        this.rawMessage = rawMessage;
        this.prefix = prefix;
        this.code = code;
        this.range = range;
    }
    get message() {
        if (this.prefix) {
            return `${this.prefix}: ${this.rawMessage}`;
        }
        return this.rawMessage;
    }
    toString() {
        return this.message;
    }
}
//# sourceMappingURL=template-validation-error.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js

/**
 * Context object that is flowed through while loading and evaluating object templates
 */
class TemplateContext {
    constructor(errors, schema, trace) {
        this._fileIds = {};
        this._fileNames = [];
        /**
         * Available functions within expression contexts
         */
        this.expressionFunctions = [];
        /**
         * Available values within expression contexts
         */
        this.expressionNamedContexts = [];
        this.state = {};
        this.errors = errors;
        this.schema = schema;
        this.trace = trace;
    }
    error(tokenOrFileId, err, tokenRange) {
        const token = tokenOrFileId;
        const range = tokenRange || token?.range;
        const prefix = this.getErrorPrefix(token?.file ?? tokenOrFileId, token?.line, token?.col);
        const message = err?.message ?? String(err);
        const e = new TemplateValidationError(message, prefix, undefined, range);
        this.errors.add(e);
        this.trace.error(e.message);
    }
    /**
     * Gets or adds the file ID
     */
    getFileId(file) {
        const key = file.toUpperCase();
        let id = this._fileIds[key];
        if (id === undefined) {
            id = this._fileNames.length + 1;
            this._fileIds[key] = id;
            this._fileNames.push(file);
        }
        return id;
    }
    /**
     * Looks up a file name by ID. Returns undefined if not found.
     */
    getFileName(fileId) {
        return this._fileNames.length >= fileId ? this._fileNames[fileId - 1] : undefined;
    }
    /**
     * Gets a copy of the file table
     */
    getFileTable() {
        return this._fileNames.slice();
    }
    getErrorPrefix(fileId, line, column) {
        const fileName = fileId !== undefined ? this.getFileName(fileId) : undefined;
        if (fileName) {
            if (line !== undefined && column !== undefined) {
                return `${fileName} (Line: ${line}, Col: ${column})`;
            }
            else {
                return fileName;
            }
        }
        else if (line !== undefined && column !== undefined) {
            return `(Line: ${line}, Col: ${column})`;
        }
        else {
            return "";
        }
    }
}
/**
 * Provides information about errors which occurred during validation
 */
class TemplateValidationErrors {
    constructor(maxErrors, maxMessageLength) {
        this._errors = [];
        this._maxErrors = maxErrors ?? 0;
        this._maxMessageLength = maxMessageLength ?? 0;
    }
    get count() {
        return this._errors.length;
    }
    add(err) {
        for (let e of Array.isArray(err) ? err : [err]) {
            // Check max errors
            if (this._maxErrors <= 0 || this._errors.length < this._maxErrors) {
                // Check max message length
                if (this._maxMessageLength > 0 && e.message.length > this._maxMessageLength) {
                    e = new TemplateValidationError(e.message.substring(0, this._maxMessageLength) + "[...]", e.prefix, e.code, e.range);
                }
                this._errors.push(e);
            }
        }
    }
    /**
     * Throws if any errors
     * @param prefix The error message prefix
     */
    check(prefix) {
        if (this._errors.length <= 0) {
            return;
        }
        if (!prefix) {
            prefix = "The template is not valid.";
        }
        throw new Error(`${prefix} ${this._errors.map(x => x.message).join(",")}`);
    }
    clear() {
        this._errors = [];
    }
    getErrors() {
        return this._errors.slice();
    }
}
//# sourceMappingURL=template-context.js.map

/***/ }),

/***/ 199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readTemplate)
/* harmony export */ });
/* harmony import */ var _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7437);
/* harmony import */ var _schema_definition_type_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9485);
/* harmony import */ var _template_constants_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5351);
/* harmony import */ var _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3262);
/* harmony import */ var _tokens_type_guards_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7013);
/* harmony import */ var _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3709);
// template-reader *just* does schema validation
/* eslint-disable @typescript-eslint/no-non-null-assertion */






const WHITESPACE_PATTERN = /\s/;
const backgroundStepProperties = new Set(["background", "wait", "wait-all", "cancel"]);
const backgroundStepOnlyProperties = new Set(["wait", "wait-all", "cancel"]);
function readTemplate(context, type, objectReader, fileId) {
    const reader = new TemplateReader(context, objectReader, fileId);
    let value;
    try {
        objectReader.validateStart();
        const definition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(context.schema, type);
        value = reader.readValue(definition);
        objectReader.validateEnd();
    }
    catch (err) {
        context.error(fileId, err);
    }
    return value;
}
class TemplateReader {
    constructor(context, objectReader, fileId) {
        this._context = context;
        this._schema = context.schema;
        this._objectReader = objectReader;
        this._fileId = fileId;
    }
    readValue(definition) {
        // Scalar
        const literal = this._objectReader.allowLiteral();
        if (literal) {
            let scalar = this.parseScalar(literal, definition);
            scalar = this.validate(scalar, definition);
            return scalar;
        }
        // Sequence
        const sequence = this._objectReader.allowSequenceStart();
        if (sequence) {
            const sequenceDefinition = definition.getDefinitionsOfType(_schema_definition_type_js__WEBPACK_IMPORTED_MODULE_0__/* .DefinitionType */ .M.Sequence)[0];
            // Legal
            if (sequenceDefinition) {
                const itemDefinition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, sequenceDefinition.itemType);
                // Add each item
                while (!this._objectReader.allowSequenceEnd()) {
                    const item = this.readValue(itemDefinition);
                    sequence.add(item);
                }
            }
            // Illegal
            else {
                // Error
                this._context.error(sequence, "A sequence was not expected");
                // Skip each item
                while (!this._objectReader.allowSequenceEnd()) {
                    this.skipValue();
                }
            }
            sequence.definitionInfo = definition;
            return sequence;
        }
        // Mapping
        const mapping = this._objectReader.allowMappingStart();
        if (mapping) {
            const mappingDefinitions = definition.getDefinitionsOfType(_schema_definition_type_js__WEBPACK_IMPORTED_MODULE_0__/* .DefinitionType */ .M.Mapping);
            // Legal
            if (mappingDefinitions.length > 0) {
                if (mappingDefinitions.length > 1 ||
                    Object.keys(mappingDefinitions[0].properties).length > 0 ||
                    !mappingDefinitions[0].looseKeyType) {
                    this.handleMappingWithWellKnownProperties(definition, mappingDefinitions, mapping);
                }
                else {
                    const keyDefinition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, mappingDefinitions[0].looseKeyType);
                    const valueDefinition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, mappingDefinitions[0].looseValueType);
                    this.handleMappingWithAllLooseProperties(definition, keyDefinition, valueDefinition, mappingDefinitions[0], mapping);
                }
            }
            // Illegal
            else {
                this._context.error(mapping, "A mapping was not expected");
                while (!this._objectReader.allowMappingEnd()) {
                    this.skipValue();
                    this.skipValue();
                }
            }
            // handleMappingWithWellKnownProperties will only set a definition
            // if it can identify a single matching definition
            if (!mapping.definitionInfo) {
                mapping.definitionInfo = definition;
            }
            return mapping;
        }
        throw new Error("Expected a scalar value, a sequence, or a mapping");
    }
    handleMappingWithWellKnownProperties(definition, mappingDefinitions, mapping) {
        // Check if loose properties are allowed
        let looseKeyType;
        let looseValueType;
        let looseKeyDefinition;
        let looseValueDefinition;
        if (mappingDefinitions[0].looseKeyType) {
            looseKeyType = mappingDefinitions[0].looseKeyType;
            looseValueType = mappingDefinitions[0].looseValueType;
        }
        const upperKeys = {};
        let hasExpressionKey = false;
        let rawLiteral;
        while ((rawLiteral = this._objectReader.allowLiteral())) {
            const nextKeyScalar = this.parseScalar(rawLiteral, definition);
            // Expression
            if (nextKeyScalar.isExpression) {
                hasExpressionKey = true;
                // Legal
                if (definition.allowedContext.length > 0) {
                    const anyDefinition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, _template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4);
                    mapping.add(nextKeyScalar, this.readValue(anyDefinition));
                }
                // Illegal
                else {
                    this._context.error(nextKeyScalar, "A template expression is not allowed in this context");
                    this.skipValue();
                }
                continue;
            }
            // Convert to StringToken if required
            const nextKey = nextKeyScalar.templateTokenType === _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.String
                ? nextKeyScalar
                : new _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .StringToken */ .Hj(nextKeyScalar.file, nextKeyScalar.range, nextKeyScalar.toString(), nextKeyScalar.definitionInfo);
            // Duplicate
            if (nextKey.value) {
                const upperKey = nextKey.value.toUpperCase();
                if (upperKeys[upperKey]) {
                    this._context.error(nextKey, `'${nextKey.value}' is already defined`);
                    this.skipValue();
                    continue;
                }
                upperKeys[upperKey] = true;
            }
            // Well known
            const nextPropertyDef = this._schema.matchPropertyAndFilter(mappingDefinitions, nextKey.value);
            if (nextPropertyDef) {
                if (!this.backgroundStepsEnabled() && backgroundStepProperties.has(nextKey.value)) {
                    this._context.error(nextKey, `Unexpected value '${nextKey.value}'`);
                    this.skipValue();
                    continue;
                }
                const nextDefinition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, nextPropertyDef.type);
                // Store the definition on the key, the value may have its own definition
                nextKey.definitionInfo = nextDefinition;
                // If the property has a description, it's a parameter that uses a shared type
                // and we need to make sure its description is set if there is one
                if (nextPropertyDef.description) {
                    nextKey.description = nextPropertyDef.description;
                }
                const nextValue = this.readValue(nextDefinition);
                mapping.add(nextKey, nextValue);
                continue;
            }
            // Loose
            if (looseKeyType) {
                if (!looseKeyDefinition) {
                    looseKeyDefinition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, looseKeyType);
                    looseValueDefinition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, looseValueType);
                }
                this.validate(nextKey, looseKeyDefinition);
                // Store the definition on the key, the value may have its own definition
                const nextDefinition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, mappingDefinitions[0].looseValueType);
                nextKey.definitionInfo = nextDefinition;
                const nextValue = this.readValue(looseValueDefinition);
                mapping.add(nextKey, nextValue);
                continue;
            }
            // Error
            this._context.error(nextKey, `Unexpected value '${nextKey.value}'`);
            this.skipValue();
        }
        // If we matched a single definition from multiple,
        // update the token's definition to enable more specific editor
        // completion and validation
        if (mappingDefinitions.length === 1) {
            mapping.definitionInfo = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, mappingDefinitions[0]);
        }
        // Unable to filter to one definition
        if (mappingDefinitions.length > 1) {
            const hitCount = {};
            for (const mappingDefinition of mappingDefinitions) {
                for (const key of Object.keys(mappingDefinition.properties)) {
                    hitCount[key] = (hitCount[key] ?? 0) + 1;
                }
            }
            const nonDuplicates = [];
            for (const key of Object.keys(hitCount)) {
                if (hitCount[key] === 1) {
                    nonDuplicates.push(key);
                }
            }
            const properties = this.backgroundStepsEnabled()
                ? nonDuplicates
                : nonDuplicates.filter(property => !backgroundStepOnlyProperties.has(property));
            this._context.error(mapping, `There's not enough info to determine what you meant. Add one of these properties: ${properties
                .sort()
                .join(", ")}`);
        }
        // Check required properties
        else if (mappingDefinitions.length === 1 && !hasExpressionKey) {
            for (const propertyName of Object.keys(mappingDefinitions[0].properties)) {
                const propertyDef = mappingDefinitions[0].properties[propertyName];
                if (propertyDef.required && !upperKeys[propertyName.toUpperCase()]) {
                    this._context.error(mapping, `Required property is missing: ${propertyName}`);
                }
            }
        }
        this.expectMappingEnd();
    }
    handleMappingWithAllLooseProperties(definition, keyDefinition, valueDefinition, mappingDefinition, mapping) {
        let nextValue;
        const upperKeys = {};
        let rawLiteral;
        while ((rawLiteral = this._objectReader.allowLiteral())) {
            const nextKeyScalar = this.parseScalar(rawLiteral, definition);
            nextKeyScalar.definitionInfo = keyDefinition;
            // Expression
            if (nextKeyScalar.isExpression) {
                // Legal
                if (definition.allowedContext.length > 0) {
                    nextValue = this.readValue(valueDefinition);
                    mapping.add(nextKeyScalar, nextValue);
                }
                // Illegal
                else {
                    this._context.error(nextKeyScalar, "A template expression is not allowed in this context");
                    this.skipValue();
                }
                continue;
            }
            // Convert to StringToken if required
            const nextKey = nextKeyScalar.templateTokenType === _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.String
                ? nextKeyScalar
                : new _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .StringToken */ .Hj(nextKeyScalar.file, nextKeyScalar.range, nextKeyScalar.toString(), nextKeyScalar.definitionInfo);
            // Duplicate
            if (nextKey.value) {
                const upperKey = nextKey.value.toUpperCase();
                if (upperKeys[upperKey]) {
                    this._context.error(nextKey, `'${nextKey.value}' is already defined`);
                    this.skipValue();
                    continue;
                }
                upperKeys[upperKey] = true;
            }
            // Validate
            this.validate(nextKey, keyDefinition);
            // Store the definition on the key, the value may have its own definition
            const nextDefinition = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, mappingDefinition.looseValueType);
            nextKey.definitionInfo = nextDefinition;
            // Add the pair
            nextValue = this.readValue(valueDefinition);
            mapping.add(nextKey, nextValue);
        }
        this.expectMappingEnd();
    }
    expectMappingEnd() {
        if (!this._objectReader.allowMappingEnd()) {
            throw new Error("Expected mapping end"); // Should never happen
        }
    }
    skipValue() {
        // Scalar
        if (this._objectReader.allowLiteral()) {
            // Intentionally empty
        }
        // Sequence
        else if (this._objectReader.allowSequenceStart()) {
            while (!this._objectReader.allowSequenceEnd()) {
                this.skipValue();
            }
        }
        // Mapping
        else if (this._objectReader.allowMappingStart()) {
            while (!this._objectReader.allowMappingEnd()) {
                this.skipValue();
                this.skipValue();
            }
        }
        // Unexpected
        else {
            throw new Error("Expected a scalar value, a sequence, or a mapping");
        }
    }
    validate(scalar, definition) {
        switch (scalar.templateTokenType) {
            case _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.Null:
            case _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.Boolean:
            case _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.Number:
            case _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.String: {
                const literal = scalar;
                // Legal
                const scalarDefinitions = definition.getScalarDefinitions();
                let relevantDefinition;
                if ((relevantDefinition = scalarDefinitions.find(x => x.isMatch(literal)))) {
                    scalar.definitionInfo = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, relevantDefinition);
                    return scalar;
                }
                // Not a string, convert
                if (literal.templateTokenType !== _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.String) {
                    const stringLiteral = new _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .StringToken */ .Hj(literal.file, literal.range, literal.toString(), literal.definitionInfo);
                    // Legal
                    if ((relevantDefinition = scalarDefinitions.find(x => x.isMatch(stringLiteral)))) {
                        stringLiteral.definitionInfo = new _schema_definition_info_js__WEBPACK_IMPORTED_MODULE_4__/* .DefinitionInfo */ .u(definition, relevantDefinition);
                        return stringLiteral;
                    }
                }
                // Illegal
                this._context.error(literal, `Unexpected value '${literal.toString()}'`);
                return scalar;
            }
            case _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.BasicExpression:
                // Illegal
                if (definition.allowedContext.length === 0) {
                    this._context.error(scalar, "A template expression is not allowed in this context");
                }
                return scalar;
            default:
                this._context.error(scalar, `Unexpected value '${scalar.toString()}'`);
                return scalar;
        }
    }
    parseScalar(token, definitionInfo) {
        // Not a string
        if (!(0,_tokens_type_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .isString */ .Kg)(token) || !token.value) {
            return token;
        }
        const allowedContext = definitionInfo.allowedContext;
        const isSingleLine = token.range === undefined || token.range.start.line === token.range.end.line;
        // For single-line strings, use token.value (without YAML quotes) for expression detection,
        // because token.source includes quote characters that would be incorrectly detected as literal text.
        // For multi-line block scalars, use token.source directly because it makes position calculation easier
        // (no quote characters to handle, and token.source preserves the original line/column structure in YAML).
        const raw = isSingleLine ? token.value : token.source ?? token.value;
        let startExpression = raw.indexOf(_template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .OPEN_EXPRESSION */ .y8);
        if (startExpression < 0) {
            // Doesn't contain "{{"
            return token;
        }
        // Break the value into segments of LiteralToken and ExpressionToken
        let encounteredError = false;
        const segments = [];
        let i = 0;
        while (i < raw.length) {
            // An expression starts here
            if (i === startExpression) {
                // Find the end of the expression - i.e. "}}"
                startExpression = i;
                let endExpression = -1;
                let inString = false;
                for (i += _template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .OPEN_EXPRESSION */ .y8.length; i < raw.length; i++) {
                    if (raw[i] === "'") {
                        inString = !inString; // Note, this handles escaped single quotes gracefully. E.x. 'foo''bar'
                    }
                    else if (!inString && raw[i] === "}" && raw[i - 1] === "}") {
                        endExpression = i;
                        i++;
                        break;
                    }
                }
                // Check if not closed
                if (endExpression < startExpression) {
                    this._context.error(token, "The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.");
                    return token;
                }
                // Parse the expression
                const rawExpression = raw.substr(startExpression + _template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .OPEN_EXPRESSION */ .y8.length, endExpression - startExpression + 1 - _template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .OPEN_EXPRESSION */ .y8.length - _template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .CLOSE_EXPRESSION */ .W7.length);
                let tr = token.range;
                if (isSingleLine) {
                    // Single-line: Adjust the range to only cover the sub-expression.
                    // Calculate offset to account for YAML quote characters.
                    // For example, `"${{ expr }}"` has source with quotes, value without.
                    const offset = (token.source ?? raw).indexOf(_template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .OPEN_EXPRESSION */ .y8) - raw.indexOf(_template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .OPEN_EXPRESSION */ .y8);
                    tr = {
                        start: { line: tr.start.line, column: tr.start.column + startExpression + offset },
                        end: { line: tr.end.line, column: tr.start.column + endExpression + 1 + offset }
                    };
                }
                else {
                    // Multi-line: Adjust the range to only cover the expression
                    const startRaw = raw.substring(0, startExpression);
                    const adjustedStartLine = startRaw.split("\n").length;
                    const beginningOfLine = startRaw.lastIndexOf("\n");
                    const adjustedStart = startExpression - beginningOfLine;
                    const adjustedEnd = endExpression - beginningOfLine + 1;
                    tr = {
                        start: { line: tr.start.line + adjustedStartLine, column: adjustedStart },
                        end: { line: tr.start.line + adjustedStartLine, column: adjustedEnd }
                    };
                }
                const expression = this.parseIntoExpressionToken(tr, rawExpression, allowedContext, token, definitionInfo);
                if (!expression) {
                    // Record that we've hit an error but continue to validate any other expressions
                    // that might be in the string
                    encounteredError = true;
                }
                else {
                    // Check if a directive was used when not allowed
                    if (expression.directive && (startExpression !== 0 || i < raw.length)) {
                        this._context.error(token, `The directive '${expression.directive}' is not allowed in this context. Directives are not supported for expressions that are embedded within a string. Directives are only supported when the entire value is an expression.`);
                        return token;
                    }
                    // Add the segment
                    segments.push(expression);
                }
                // Look for the next expression
                startExpression = raw.indexOf(_template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .OPEN_EXPRESSION */ .y8, i);
            }
            // The next expression is further ahead
            else if (i < startExpression) {
                // Append the segment
                this.addString(segments, token.range, raw.substr(i, startExpression - i), token.definitionInfo);
                // Adjust the position
                i = startExpression;
            }
            // No remaining expressions
            else {
                this.addString(segments, token.range, raw.substr(i), token.definitionInfo);
                break;
            }
        }
        // If we've hit any error during parsing, return the original token
        if (encounteredError) {
            return token;
        }
        // Check if can convert to a literal
        // For example, the escaped expression: ${{ '{{ this is a literal }}' }}
        if (segments.length === 1 && segments[0].templateTokenType === _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.BasicExpression) {
            const basicExpression = segments[0];
            const str = this.getExpressionString(basicExpression.expression);
            if (str !== undefined) {
                return new _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .StringToken */ .Hj(this._fileId, token.range, str, token.definitionInfo);
            }
        }
        // Check if only one segment
        if (segments.length === 1) {
            return segments[0];
        }
        // Build the new expression, using the format function
        const format = [];
        const args = [];
        const expressionTokens = [];
        let argIndex = 0;
        for (const segment of segments) {
            if ((0,_tokens_type_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .isString */ .Kg)(segment)) {
                const text = segment.value
                    .replace(/'/g, "''") // Escape quotes
                    .replace(/\{/g, "{{") // Escape braces
                    .replace(/\}/g, "}}");
                format.push(text);
            }
            else {
                format.push(`{${argIndex}}`); // Append format arg
                argIndex++;
                const expression = segment;
                args.push(", ");
                args.push(expression.expression);
                expressionTokens.push(expression);
            }
        }
        return new _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .BasicExpressionToken */ .yu(this._fileId, token.range, `format('${format.join("")}'${args.join("")})`, definitionInfo, expressionTokens, raw, undefined, token.blockScalarHeader);
    }
    parseIntoExpressionToken(tr, rawExpression, allowedContext, token, definitionInfo) {
        const parseExpressionResult = this.parseExpression(tr, token, rawExpression, allowedContext, definitionInfo);
        // Check for error
        if (parseExpressionResult.error) {
            this._context.error(token, parseExpressionResult.error, tr);
            return undefined;
        }
        return parseExpressionResult.expression;
    }
    parseExpression(range, token, value, allowedContext, definitionInfo) {
        const trimmed = value.trim();
        // Check if the value is empty
        if (!trimmed) {
            return {
                error: new Error("An expression was expected")
            };
        }
        // Try to find a matching directive
        const matchDirectiveResult = this.matchDirective(trimmed, _template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .INSERT_DIRECTIVE */ .uh, 0);
        if (matchDirectiveResult.isMatch) {
            return {
                expression: new _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InsertExpressionToken */ .NX(this._fileId, range, definitionInfo)
            };
        }
        else if (matchDirectiveResult.error) {
            return {
                error: matchDirectiveResult.error
            };
        }
        // Check if valid expression
        try {
            _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpressionToken */ .sr.validateExpression(trimmed, allowedContext);
        }
        catch (err) {
            return {
                error: err
            };
        }
        const startTrim = value.length - value.trimStart().length;
        const endTrim = value.length - value.trimEnd().length;
        const expressionRange = {
            start: {
                ...range.start,
                column: range.start.column + _template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .OPEN_EXPRESSION */ .y8.length + startTrim
            },
            end: {
                ...range.end,
                column: range.end.column - _template_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .CLOSE_EXPRESSION */ .W7.length - endTrim
            }
        };
        // Return the expression
        return {
            expression: new _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .BasicExpressionToken */ .yu(this._fileId, range, trimmed, definitionInfo, undefined, token.source, expressionRange, token.blockScalarHeader),
            error: undefined
        };
    }
    addString(segments, range, value, definition) {
        // If the last segment was a LiteralToken, then append to the last segment
        if (segments.length > 0 && segments[segments.length - 1].templateTokenType === _tokens_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .k.String) {
            const lastSegment = segments[segments.length - 1];
            segments[segments.length - 1] = new _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .StringToken */ .Hj(this._fileId, range, `${lastSegment.value}${value}`, definition);
        }
        // Otherwise add a new LiteralToken
        else {
            segments.push(new _tokens_index_js__WEBPACK_IMPORTED_MODULE_1__/* .StringToken */ .Hj(this._fileId, range, value, definition));
        }
    }
    matchDirective(trimmed, directive, expectedParameters) {
        const parameters = [];
        if (trimmed.startsWith(directive) &&
            (trimmed.length === directive.length || WHITESPACE_PATTERN.test(trimmed[directive.length]))) {
            let startIndex = directive.length;
            let inString = false;
            let parens = 0;
            for (let i = startIndex; i < trimmed.length; i++) {
                const c = trimmed[i];
                if (WHITESPACE_PATTERN.test(c) && !inString && parens == 0) {
                    if (startIndex < 1) {
                        parameters.push(trimmed.substr(startIndex, i - startIndex));
                    }
                    startIndex = i + 1;
                }
                else if (c === "'") {
                    inString = !inString;
                }
                else if (c === "(" && !inString) {
                    parens++;
                }
                else if (c === ")" && !inString) {
                    parens--;
                }
            }
            if (startIndex < trimmed.length) {
                parameters.push(trimmed.substr(startIndex));
            }
            if (expectedParameters != parameters.length) {
                return {
                    isMatch: false,
                    parameters: [],
                    error: new Error(`Exactly ${expectedParameters} parameter(s) were expected following the directive '${directive}'. Actual parameter count: ${parameters.length}`)
                };
            }
            return {
                isMatch: true,
                parameters: parameters
            };
        }
        return {
            isMatch: false,
            parameters: parameters
        };
    }
    getExpressionString(trimmed) {
        const result = [];
        let inString = false;
        for (let i = 0; i < trimmed.length; i++) {
            const c = trimmed[i];
            if (c === "'") {
                inString = !inString;
                if (inString && i !== 0) {
                    result.push(c);
                }
            }
            else if (!inString) {
                return undefined;
            }
            else {
                result.push(c);
            }
        }
        return result.join("");
    }
    backgroundStepsEnabled() {
        return this._context.state.featureFlags?.isEnabled("allowBackgroundSteps") ?? false;
    }
}
//# sourceMappingURL=template-reader.js.map

/***/ }),

/***/ 3262:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yu: () => (/* reexport */ BasicExpressionToken),
  Km: () => (/* reexport */ BooleanToken),
  sr: () => (/* reexport */ ExpressionToken),
  NX: () => (/* reexport */ InsertExpressionToken),
  P$: () => (/* reexport */ KeyValuePair),
  B8: () => (/* reexport */ LiteralToken),
  eJ: () => (/* reexport */ mapping_token/* MappingToken */.e),
  Z4: () => (/* reexport */ NullToken),
  X1: () => (/* reexport */ NumberToken),
  KV: () => (/* reexport */ ScalarToken),
  vd: () => (/* reexport */ sequence_token/* SequenceToken */.v),
  Hj: () => (/* reexport */ StringToken),
  sH: () => (/* reexport */ template_token/* TemplateToken */.s)
});

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/template-token.js + 1 modules
var template_token = __nccwpck_require__(2645);
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/scalar-token.js

/**
 * Base class for everything that is not a mapping or sequence
 */
class ScalarToken extends template_token/* TemplateToken */.s {
    constructor(type, file, range, definitionInfo) {
        super(type, file, range, definitionInfo);
    }
    get isScalar() {
        return true;
    }
    static trimDisplayString(displayString) {
        let firstLine = displayString.trimStart();
        const firstNewLine = firstLine.indexOf("\n");
        const firstCarriageReturn = firstLine.indexOf("\r");
        if (firstNewLine >= 0 || firstCarriageReturn >= 0) {
            firstLine = firstLine.substr(0, Math.min(firstNewLine >= 0 ? firstNewLine : Number.MAX_VALUE, firstCarriageReturn >= 0 ? firstCarriageReturn : Number.MAX_VALUE));
        }
        return firstLine;
    }
}
//# sourceMappingURL=scalar-token.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/literal-token.js

class LiteralToken extends ScalarToken {
    constructor(type, file, range, definitionInfo) {
        super(type, file, range, definitionInfo);
    }
    get isLiteral() {
        return true;
    }
    get isExpression() {
        return false;
    }
    toDisplayString() {
        return ScalarToken.trimDisplayString(this.toString());
    }
    /**
     * Throws a good debug message when an unexpected literal value is encountered
     */
    assertUnexpectedValue(objectDescription) {
        throw new Error(`Error while reading '${objectDescription}'. Unexpected value '${this.toString()}'`);
    }
}
//# sourceMappingURL=literal-token.js.map
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/types.js
var types = __nccwpck_require__(3709);
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/string-token.js


class StringToken extends LiteralToken {
    constructor(file, range, value, definitionInfo, source, blockScalarHeader) {
        super(types/* TokenType */.k.String, file, range, definitionInfo);
        this.value = value;
        this.source = source;
        this.blockScalarHeader = blockScalarHeader;
    }
    clone(omitSource) {
        return omitSource
            ? new StringToken(undefined, undefined, this.value, this.definitionInfo, this.source, this.blockScalarHeader)
            : new StringToken(this.file, this.range, this.value, this.definitionInfo, this.source, this.blockScalarHeader);
    }
    toString() {
        return this.value;
    }
    toJSON() {
        return this.value;
    }
}
//# sourceMappingURL=string-token.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/number-token.js


class NumberToken extends LiteralToken {
    constructor(file, range, value, definitionInfo) {
        super(types/* TokenType */.k.Number, file, range, definitionInfo);
        this.num = value;
    }
    get value() {
        return this.num;
    }
    clone(omitSource) {
        return omitSource
            ? new NumberToken(undefined, undefined, this.num, this.definitionInfo)
            : new NumberToken(this.file, this.range, this.num, this.definitionInfo);
    }
    toString() {
        return `${this.num}`;
    }
    toJSON() {
        return this.num;
    }
}
//# sourceMappingURL=number-token.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/boolean-token.js


class BooleanToken extends LiteralToken {
    constructor(file, range, value, definitionInfo) {
        super(types/* TokenType */.k.Boolean, file, range, definitionInfo);
        this.bool = value;
    }
    get value() {
        return this.bool;
    }
    clone(omitSource) {
        return omitSource
            ? new BooleanToken(undefined, undefined, this.bool, this.definitionInfo)
            : new BooleanToken(this.file, this.range, this.bool, this.definitionInfo);
    }
    toString() {
        return this.bool ? "true" : "false";
    }
    toJSON() {
        return this.bool;
    }
}
//# sourceMappingURL=boolean-token.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/null-token.js


class NullToken extends LiteralToken {
    constructor(file, range, definitionInfo) {
        super(types/* TokenType */.k.Null, file, range, definitionInfo);
    }
    clone(omitSource) {
        return omitSource
            ? new NullToken(undefined, undefined, this.definitionInfo)
            : new NullToken(this.file, this.range, this.definitionInfo);
    }
    toString() {
        return "";
    }
    toJSON() {
        return null;
    }
}
//# sourceMappingURL=null-token.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/key-value-pair.js
class KeyValuePair {
    constructor(key, value) {
        this.key = key;
        this.value = value;
    }
}
//# sourceMappingURL=key-value-pair.js.map
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/sequence-token.js
var sequence_token = __nccwpck_require__(1651);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/mapping-token.js
var mapping_token = __nccwpck_require__(1166);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 15 modules
var dist = __nccwpck_require__(1281);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/allowed-context.js
var allowed_context = __nccwpck_require__(8619);
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/expression-token.js



class ExpressionToken extends ScalarToken {
    constructor(type, file, range, directive, definitionInfo) {
        super(type, file, range, definitionInfo);
        this.directive = directive;
    }
    get isLiteral() {
        return false;
    }
    get isExpression() {
        return true;
    }
    static validateExpression(expression, allowedContext) {
        const { namedContexts, functions } = (0,allowed_context/* splitAllowedContext */.i)(allowedContext);
        // Parse
        const lexer = new dist/* Lexer */.JG(expression);
        const result = lexer.lex();
        const p = new dist/* Parser */.iX(result.tokens, namedContexts, functions);
        p.parse();
    }
}
//# sourceMappingURL=expression-token.js.map
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-constants.js
var template_constants = __nccwpck_require__(5351);
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/basic-expression-token.js




class BasicExpressionToken extends ExpressionToken {
    /**
     * @param file The file ID where this token originated
     * @param range The range of the entire expression including `${{` and `}}`
     * @param expression The expression string without `${{` and `}}` markers
     * @param definitionInfo Schema definition info for this token
     * @param originalExpressions If transformed from individual expressions (e.g., format()), these are the originals
     * @param source The original source string from the YAML
     * @param expressionRange The range of just the expression, excluding `${{` and `}}`
     * @param blockScalarHeader The block scalar header (e.g., "|", "|-") if parsed from a YAML block scalar
     */
    constructor(file, range, expression, definitionInfo, originalExpressions, source, expressionRange, blockScalarHeader) {
        super(types/* TokenType */.k.BasicExpression, file, range, undefined, definitionInfo);
        this.expr = expression;
        this.source = source;
        this.originalExpressions = originalExpressions;
        this.expressionRange = expressionRange;
        this.blockScalarHeader = blockScalarHeader;
    }
    get expression() {
        return this.expr;
    }
    clone(omitSource) {
        return omitSource
            ? new BasicExpressionToken(undefined, undefined, this.expr, this.definitionInfo, this.originalExpressions, this.source, this.expressionRange, this.blockScalarHeader)
            : new BasicExpressionToken(this.file, this.range, this.expr, this.definitionInfo, this.originalExpressions, this.source, this.expressionRange, this.blockScalarHeader);
    }
    toString() {
        return `${template_constants/* OPEN_EXPRESSION */.y8} ${this.expr} ${template_constants/* CLOSE_EXPRESSION */.W7}`;
    }
    toDisplayString() {
        // TODO: Implement expression display string to match `BasicExpressionToken#ToDisplayString()` in the C# parser
        return ScalarToken.trimDisplayString(this.toString());
    }
    toJSON() {
        return {
            type: types/* TokenType */.k.BasicExpression,
            expr: this.expr
        };
    }
}
//# sourceMappingURL=basic-expression-token.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/insert-expression-token.js



class InsertExpressionToken extends ExpressionToken {
    constructor(file, range, definitionInfo) {
        super(types/* TokenType */.k.InsertExpression, file, range, template_constants/* INSERT_DIRECTIVE */.uh, definitionInfo);
    }
    clone(omitSource) {
        return omitSource
            ? new InsertExpressionToken(undefined, undefined, this.definitionInfo)
            : new InsertExpressionToken(this.file, this.range, this.definitionInfo);
    }
    toString() {
        return `${template_constants/* OPEN_EXPRESSION */.y8} ${template_constants/* INSERT_DIRECTIVE */.uh} ${template_constants/* CLOSE_EXPRESSION */.W7}`;
    }
    toDisplayString() {
        return ScalarToken.trimDisplayString(this.toString());
    }
    toJSON() {
        return {
            type: types/* TokenType */.k.InsertExpression,
            expr: "insert"
        };
    }
}
//# sourceMappingURL=insert-expression-token.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/index.js













//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ MappingToken)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3262);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3709);


class MappingToken extends _index_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateToken */ .sH {
    constructor(file, range, definitionInfo) {
        super(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenType */ .k.Mapping, file, range, definitionInfo);
        this.map = [];
    }
    get count() {
        return this.map.length;
    }
    get isScalar() {
        return false;
    }
    get isLiteral() {
        return false;
    }
    get isExpression() {
        return false;
    }
    add(key, value) {
        this.map.push(new _index_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyValuePair */ .P$(key, value));
    }
    get(index) {
        return this.map[index];
    }
    find(key) {
        const pair = this.map.find(pair => pair.key.toString() === key);
        return pair?.value;
    }
    remove(index) {
        this.map.splice(index, 1);
    }
    clone(omitSource) {
        const result = omitSource
            ? new MappingToken(undefined, undefined, this.definitionInfo)
            : new MappingToken(this.file, this.range, this.definitionInfo);
        for (const item of this.map) {
            result.add(item.key.clone(omitSource), item.value.clone(omitSource));
        }
        return result;
    }
    toJSON() {
        const items = [];
        for (const item of this.map) {
            items.push({ Key: item.key, Value: item.value });
        }
        return {
            type: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenType */ .k.Mapping,
            map: items
        };
    }
    *[Symbol.iterator]() {
        for (const item of this.map) {
            yield item;
        }
    }
}
//# sourceMappingURL=mapping-token.js.map

/***/ }),

/***/ 1651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ SequenceToken)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3262);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3709);


class SequenceToken extends _index_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateToken */ .sH {
    constructor(file, range, definitionInfo) {
        super(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenType */ .k.Sequence, file, range, definitionInfo);
        this.seq = [];
    }
    get count() {
        return this.seq.length;
    }
    get isScalar() {
        return false;
    }
    get isLiteral() {
        return false;
    }
    get isExpression() {
        return false;
    }
    add(value) {
        this.seq.push(value);
    }
    get(index) {
        return this.seq[index];
    }
    clone(omitSource) {
        const result = omitSource
            ? new SequenceToken(undefined, undefined, this.definitionInfo)
            : new SequenceToken(this.file, this.range, this.definitionInfo);
        for (const item of this.seq) {
            result.add(item.clone(omitSource));
        }
        return result;
    }
    toJSON() {
        return {
            type: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenType */ .k.Sequence,
            seq: this.seq
        };
    }
    *[Symbol.iterator]() {
        for (const item of this.seq) {
            yield item;
        }
    }
}
//# sourceMappingURL=sequence-token.js.map

/***/ }),

/***/ 2645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ TemplateToken),
  o: () => (/* binding */ TemplateTokenError)
});

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/types.js
var types = __nccwpck_require__(3709);
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/traversal-state.js

class TraversalState {
    constructor(parent, token) {
        this.index = -1;
        this.isKey = false;
        this.parent = parent;
        this._token = token;
        this.current = token;
    }
    moveNext(omitKeys) {
        switch (this._token.templateTokenType) {
            case types/* TokenType */.k.Sequence: {
                const sequence = this._token;
                if (++this.index < sequence.count) {
                    this.current = sequence.get(this.index);
                    return true;
                }
                this.current = undefined;
                return false;
            }
            case types/* TokenType */.k.Mapping: {
                const mapping = this._token;
                // Already returned the key, now return the value
                if (this.isKey) {
                    this.isKey = false;
                    this.currentKey = this.current;
                    this.current = mapping.get(this.index).value;
                    return true;
                }
                // Move next
                if (++this.index < mapping.count) {
                    // Skip the key, return the value
                    if (omitKeys) {
                        this.isKey = false;
                        this.currentKey = mapping.get(this.index).key;
                        this.current = mapping.get(this.index).value;
                        return true;
                    }
                    // Return the key
                    this.isKey = true;
                    this.currentKey = undefined;
                    this.current = mapping.get(this.index).key;
                    return true;
                }
                this.currentKey = undefined;
                this.current = undefined;
                return false;
            }
            default:
                throw new Error(`Unexpected token type '${this._token.templateTokenType}' when traversing state`);
        }
    }
    /**
     * Returns the ancestor tokens from root to the current token's parent container.
     */
    getAncestors() {
        const ancestors = [];
        let state = this.parent;
        while (state) {
            if (state.current) {
                ancestors.unshift(state.current);
            }
            state = state.parent;
        }
        return ancestors;
    }
}
//# sourceMappingURL=traversal-state.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/template-token.js


class TemplateTokenError extends Error {
    constructor(message, token) {
        super(message);
        this.token = token;
    }
}
class TemplateToken {
    /**
     * Base class for all template tokens
     */
    constructor(type, file, range, definitionInfo) {
        this.type = type;
        this.file = file;
        this.range = range;
        this.definitionInfo = definitionInfo;
    }
    get templateTokenType() {
        return this.type;
    }
    get line() {
        return this.range?.start.line;
    }
    get col() {
        return this.range?.start.column;
    }
    get definition() {
        return this.definitionInfo?.definition;
    }
    get description() {
        return this._description || this.propertyDefinition?.description || this.definition?.description;
    }
    set description(description) {
        this._description = description;
    }
    typeName() {
        return (0,types/* tokenTypeName */.j)(this.type);
    }
    /**
     * Asserts expected type and throws a good debug message if unexpected
     */
    assertNull(objectDescription) {
        if (this.type === types/* TokenType */.k.Null) {
            return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${(0,types/* tokenTypeName */.j)(types/* TokenType */.k.Null)}' was expected.`, this);
    }
    /**
     * Asserts expected type and throws a good debug message if unexpected
     */
    assertBoolean(objectDescription) {
        if (this.type === types/* TokenType */.k.Boolean) {
            return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${(0,types/* tokenTypeName */.j)(types/* TokenType */.k.Boolean)}' was expected.`, this);
    }
    /**
     * Asserts expected type and throws a good debug message if unexpected
     */
    assertNumber(objectDescription) {
        if (this.type === types/* TokenType */.k.Number) {
            return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${(0,types/* tokenTypeName */.j)(types/* TokenType */.k.Number)}' was expected.`, this);
    }
    /**
     * Asserts expected type and throws a good debug message if unexpected
     */
    assertString(objectDescription) {
        if (this.type === types/* TokenType */.k.String) {
            return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${(0,types/* tokenTypeName */.j)(types/* TokenType */.k.String)}' was expected.`, this);
    }
    /**
     * Asserts expected type and throws a good debug message if unexpected
     */
    assertScalar(objectDescription) {
        if (this?.isScalar === true) {
            return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type 'ScalarToken' was expected.`, this);
    }
    /**
     * Asserts expected type and throws a good debug message if unexpected
     */
    assertSequence(objectDescription) {
        if (this.type === types/* TokenType */.k.Sequence) {
            return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${(0,types/* tokenTypeName */.j)(types/* TokenType */.k.Sequence)}' was expected.`, this);
    }
    /**
     * Asserts expected type and throws a good debug message if unexpected
     */
    assertMapping(objectDescription) {
        if (this.type === types/* TokenType */.k.Mapping) {
            return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${(0,types/* tokenTypeName */.j)(types/* TokenType */.k.Mapping)}' was expected.`, this);
    }
    /**
     * Returns all tokens (depth first)
     * @param value The object to traverse
     * @param omitKeys Whether to omit mapping keys
     * @yields A tuple of [parent, token, keyToken, ancestors] for each token in the tree
     */
    static *traverse(value, omitKeys) {
        yield [undefined, value, undefined, []];
        switch (value.templateTokenType) {
            case types/* TokenType */.k.Sequence:
            case types/* TokenType */.k.Mapping: {
                let state = new TraversalState(undefined, value);
                state = new TraversalState(state, value);
                while (state.parent) {
                    if (state.moveNext(omitKeys ?? false)) {
                        value = state.current;
                        yield [state.parent?.current, value, state.currentKey, state.getAncestors()];
                        switch (value.type) {
                            case types/* TokenType */.k.Sequence:
                            case types/* TokenType */.k.Mapping:
                                state = new TraversalState(state, value);
                                break;
                        }
                    }
                    else {
                        state = state.parent;
                    }
                }
                break;
            }
        }
    }
    toJSON() {
        return undefined;
    }
}
//# sourceMappingURL=template-token.js.map

/***/ }),

/***/ 7013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ isString),
/* harmony export */   wZ: () => (/* binding */ isSequence)
/* harmony export */ });
/* unused harmony exports isLiteral, isScalar, isNumber, isBoolean, isBasicExpression, isMapping */
/* harmony import */ var _mapping_token_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1166);
/* harmony import */ var _sequence_token_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1651);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3709);



function isLiteral(t) {
    return t.isLiteral;
}
function isScalar(t) {
    return t.isScalar;
}
function isString(t) {
    return isLiteral(t) && t.templateTokenType === _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .k.String;
}
function isNumber(t) {
    return isLiteral(t) && t.templateTokenType === TokenType.Number;
}
function isBoolean(t) {
    return isLiteral(t) && t.templateTokenType === TokenType.Boolean;
}
function isBasicExpression(t) {
    return isScalar(t) && t.templateTokenType === TokenType.BasicExpression;
}
function isSequence(t) {
    return t instanceof _sequence_token_js__WEBPACK_IMPORTED_MODULE_1__/* .SequenceToken */ .v;
}
function isMapping(t) {
    return t instanceof MappingToken;
}
//# sourceMappingURL=type-guards.js.map

/***/ }),

/***/ 3709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ tokenTypeName),
/* harmony export */   k: () => (/* binding */ TokenType)
/* harmony export */ });
var TokenType;
(function (TokenType) {
    TokenType[TokenType["String"] = 0] = "String";
    TokenType[TokenType["Sequence"] = 1] = "Sequence";
    TokenType[TokenType["Mapping"] = 2] = "Mapping";
    TokenType[TokenType["BasicExpression"] = 3] = "BasicExpression";
    TokenType[TokenType["InsertExpression"] = 4] = "InsertExpression";
    TokenType[TokenType["Boolean"] = 5] = "Boolean";
    TokenType[TokenType["Number"] = 6] = "Number";
    TokenType[TokenType["Null"] = 7] = "Null";
})(TokenType || (TokenType = {}));
function tokenTypeName(type) {
    switch (type) {
        case TokenType.String:
            return "StringToken";
        case TokenType.Sequence:
            return "SequenceToken";
        case TokenType.Mapping:
            return "MappingToken";
        case TokenType.BasicExpression:
            return "BasicExpressionToken";
        case TokenType.InsertExpression:
            return "InsertExpressionToken";
        case TokenType.Boolean:
            return "BooleanToken";
        case TokenType.Number:
            return "NumberToken";
        case TokenType.Null:
            return "NullToken";
        default: {
            // Use never to ensure exhaustiveness
            const exhaustiveCheck = type;
            throw new Error(`Unhandled token type: ${type} ${exhaustiveCheck}}`);
        }
    }
}
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 8782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ NoOperationTraceWriter)
/* harmony export */ });
class NoOperationTraceWriter {
    error() {
        // do nothing
    }
    info() {
        // do nothing
    }
    verbose() {
        // do nothing
    }
}
//# sourceMappingURL=trace-writer.js.map

/***/ }),

/***/ 589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ YamlObjectReader)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(907);
/* harmony import */ var _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3262);



class YamlObjectReader {
    constructor(fileId, content) {
        this.lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
        this.errors = [];
        this.doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(content, {
            lineCounter: this.lineCounter,
            keepSourceTokens: true,
            uniqueKeys: false // Uniqueness is validated by the template reader
        });
        for (const err of this.doc.errors) {
            this.errors.push({ message: err.message, range: rangeFromLinePos(err.linePos) });
        }
        this._generator = this.getNodes(this.doc, new Set());
        this.fileId = fileId;
    }
    *getNodes(node, aliasResolutionStack) {
        let range = this.getRange(node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isDocument)(node)) {
            yield new _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseEvent */ .c(_templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.DocumentStart);
            for (const item of this.getNodes(node.contents, new Set())) {
                yield item;
            }
            yield new _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseEvent */ .c(_templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.DocumentEnd);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isCollection)(node)) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node)) {
                yield new _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseEvent */ .c(_templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.SequenceStart, new _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SequenceToken */ .vd(this.fileId, range, undefined));
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
                yield new _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseEvent */ .c(_templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.MappingStart, new _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MappingToken */ .eJ(this.fileId, range, undefined));
            }
            for (const item of node.items) {
                for (const child of this.getNodes(item, aliasResolutionStack)) {
                    yield child;
                }
            }
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node)) {
                yield new _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseEvent */ .c(_templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.SequenceEnd);
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
                yield new _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseEvent */ .c(_templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.MappingEnd);
            }
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node)) {
            yield new _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseEvent */ .c(_templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.Literal, YamlObjectReader.getLiteralToken(this.fileId, range, node));
        }
        // Handle YAML aliases - resolve to the anchored value
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(node)) {
            const resolved = node.resolve(this.doc);
            if (resolved) {
                // Prevent infinite recursion from circular aliases
                if (aliasResolutionStack.has(resolved)) {
                    // Silently ignore circular reference - the missing content will cause
                    // downstream validation errors which is acceptable for this edge case
                    return;
                }
                // Track this node in the alias resolution stack
                const newStack = new Set(aliasResolutionStack);
                newStack.add(resolved);
                // Yield the resolved node's contents
                yield* this.getNodes(resolved, newStack);
            }
            // If unresolved, the yaml library already reports an error
            return;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isPair)(node)) {
            const scalarKey = node.key;
            range = this.getRange(scalarKey);
            const key = scalarKey.value;
            yield new _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseEvent */ .c(_templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.Literal, new _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .StringToken */ .Hj(this.fileId, range, key, undefined));
            for (const child of this.getNodes(node.value, aliasResolutionStack)) {
                yield child;
            }
        }
    }
    getRange(node) {
        const range = node?.range ?? [];
        const startPos = range[0];
        const endPos = range[1];
        if (startPos !== undefined && endPos !== undefined) {
            const slp = this.lineCounter.linePos(startPos);
            const elp = this.lineCounter.linePos(endPos);
            return {
                start: { line: slp.line, column: slp.col },
                end: { line: elp.line, column: elp.col }
            };
        }
        return undefined;
    }
    static getLiteralToken(fileId, range, token) {
        const value = token.value;
        if (value === null || value === undefined) {
            return new _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .NullToken */ .Z4(fileId, range, undefined);
        }
        switch (typeof value) {
            case "number":
                return new _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .NumberToken */ .X1(fileId, range, value, undefined);
            case "boolean":
                return new _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .BooleanToken */ .Km(fileId, range, value, undefined);
            case "string": {
                let source;
                let blockScalarHeader;
                if (token.srcToken && "source" in token.srcToken) {
                    source = token.srcToken.source;
                    // Extract block scalar header (e.g., |-, |+, >-)
                    //
                    // CST node interfaces are supported and documented per yaml library maintainer:
                    // https://eemeli.org/yaml/#parser -> "For a complete description of CST node
                    // interfaces, please consult the cst.ts source."
                    // See also: https://github.com/eemeli/yaml/issues/643
                    if (token.srcToken.type === "block-scalar" && "props" in token.srcToken) {
                        const props = token.srcToken.props;
                        const headerProp = props.find(p => p.type === "block-scalar-header");
                        if (headerProp?.source) {
                            blockScalarHeader = headerProp.source;
                        }
                    }
                }
                return new _templates_tokens_index_js__WEBPACK_IMPORTED_MODULE_2__/* .StringToken */ .Hj(fileId, range, value, undefined, source, blockScalarHeader);
            }
            default:
                throw new Error(`Unexpected value type '${typeof value}' when reading object`);
        }
    }
    allowLiteral() {
        if (!this._current.done) {
            const parseEvent = this._current.value;
            if (parseEvent.type === _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.Literal) {
                this._current = this._generator.next();
                return parseEvent.token;
            }
        }
        return undefined;
    }
    allowSequenceStart() {
        if (!this._current.done) {
            const parseEvent = this._current.value;
            if (parseEvent.type === _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.SequenceStart) {
                this._current = this._generator.next();
                return parseEvent.token;
            }
        }
        return undefined;
    }
    allowSequenceEnd() {
        if (!this._current.done) {
            const parseEvent = this._current.value;
            if (parseEvent.type === _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.SequenceEnd) {
                this._current = this._generator.next();
                return true;
            }
        }
        return false;
    }
    allowMappingStart() {
        if (!this._current.done) {
            const parseEvent = this._current.value;
            if (parseEvent.type === _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.MappingStart) {
                this._current = this._generator.next();
                return parseEvent.token;
            }
        }
        return undefined;
    }
    allowMappingEnd() {
        if (!this._current.done) {
            const parseEvent = this._current.value;
            if (parseEvent.type === _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.MappingEnd) {
                this._current = this._generator.next();
                return true;
            }
        }
        return false;
    }
    validateEnd() {
        if (!this._current.done) {
            const parseEvent = this._current.value;
            if (parseEvent.type === _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.DocumentEnd) {
                this._current = this._generator.next();
                return;
            }
        }
        throw new Error("Expected end of reader");
    }
    validateStart() {
        if (!this._current) {
            this._current = this._generator.next();
        }
        if (!this._current.done) {
            const parseEvent = this._current.value;
            if (parseEvent.type === _templates_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventType */ .B.DocumentStart) {
                this._current = this._generator.next();
                return;
            }
        }
        throw new Error("Expected start of reader");
    }
}
function rangeFromLinePos(linePos) {
    if (linePos === undefined) {
        return;
    }
    // TokenRange and linePos are both 1-based
    const start = { line: linePos[0].line, column: linePos[0].col };
    const end = linePos.length == 2 ? { line: linePos[1].line, column: linePos[1].col } : start;
    return { start, end };
}
//# sourceMappingURL=yaml-object-reader.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1730);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
