#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _local_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(764);
/**
 * Local CLI: runs a step-list file outside GitHub. It plays the runner: makes temp `GITHUB_*`
 * files, starts the bundled action (main, then post) with `INPUT_*` env, renders the workflow
 * commands it prints for a terminal, then shows the outputs, env, path and summary.
 */

process.exitCode = await (0,_local_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: parseArguments

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/runner/folders.ts
/**
 * Small file-system helpers of the per-step path, where every step start counts (`npm run bench`,
 * B2): folders are made once per run, and best-effort operations report success instead of
 * throwing, so their caller can fall back.
 */

/** Folders already made this run. */
const madeFolders = new Set();
/** Makes `folder` (and its parents) the first time it is asked for in this run. */
function folders_ensureFolder(folder) {
    if (madeFolders.has(folder))
        return;
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
}
/** Runs a file operation that may fail harmlessly; whether it succeeded. */
function folders_succeeds(operation) {
    try {
        operation();
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/runner/file-commands.ts
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
const STEP_SUMMARY_SIZE_LIMIT = (/* unused pure expression or super */ null && (1024 * 1024));
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
const PROCESSING_ORDER = (/* unused pure expression or super */ null && ([
    ['GITHUB_PATH', 'path'],
    ['GITHUB_ENV', 'env'],
    ['GITHUB_STEP_SUMMARY', 'step_summary'],
    ['GITHUB_STATE', 'state'],
    ['GITHUB_OUTPUT', 'output']
]));
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
    const suffix = randomUUID();
    const files = {};
    for (const [name, prefix] of Object.entries(FILE_COMMANDS)) {
        files[name] = path.join(folder, `${prefix}${suffix}`);
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
    const folder = path.join(runnerTemp, FILE_COMMANDS_FOLDER);
    const fresh = freshSets.get(folder)?.pop();
    if (fresh !== undefined)
        return fresh;
    const spent = spentSets.get(folder)?.pop();
    ensureFolder(folder);
    const files = newNames(folder);
    for (const name of Object.keys(files)) {
        if (spent === undefined || !succeeds(() => renameSync(spent.files[name], files[name]))) {
            writeFileSync(files[name], '');
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
    const folder = path.join(runnerTemp, FILE_COMMANDS_FOLDER);
    const inFlight = setsInFlight.get(folder) ?? 0;
    const missing = count - (freshSets.get(folder)?.length ?? 0) - inFlight;
    if (missing <= 0)
        return;
    setsInFlight.set(folder, inFlight + missing);
    const createSet = async () => {
        try {
            const files = newNames(folder);
            await Promise.all(Object.values(files).map(async (file) => writeFile(file, '')));
            listIn(freshSets, folder).push({ files });
        }
        finally {
            setsInFlight.set(folder, (setsInFlight.get(folder) ?? 1) - 1);
        }
    };
    await mkdir(folder, { recursive: true })
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
            const info = lstatSync(file);
            if (!info.isFile() || info.nlink !== 1)
                return;
            // O_NOFOLLOW: a link swapped in after the check cannot make us empty its target.
            if (info.size > 0) {
                closeSync(openSync(file, fsConstants.O_WRONLY | fsConstants.O_TRUNC | fsConstants.O_NOFOLLOW));
            }
        }
    }
    catch {
        return;
    }
    listIn(spentSets, path.dirname(files.files.GITHUB_OUTPUT)).push(files);
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
            failFile(contextName, errorText(error), result);
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
        result.summary = stripByteOrderMark(readFileSync(file, 'utf8'));
    }
    catch (error) {
        result.warnings.push(`Failed to create step summary using 'GITHUB_STEP_SUMMARY': ${errorText(error)}`);
    }
}
/** Records a file that could not be processed the way the runner reports it (two errors). */
function failFile(contextName, detail, result) {
    result.errors.push(`Unable to process file command '${contextName}' successfully.`, detail);
}
/** Reads a UTF-8 file; undefined when it does not exist (the runner silently skips those). */
function readTextIfPresent(file, directoryCountsAsMissing) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = errorCode(error);
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
        const info = statSync(file, { throwIfNoEntry: false });
        return info !== undefined && info.isFile() && info.size === 0;
    }
    catch {
        return false; // let the read report what is wrong
    }
}
/** A regular file's size in bytes; undefined when there is no such file (`File.Exists` false). */
function sizeIfPresent(file) {
    try {
        const info = statSync(file);
        return info.isFile() ? info.size : undefined;
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/** .NET's readers drop a UTF-8 byte order mark; Node's do not. */
function stripByteOrderMark(text) {
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

;// CONCATENATED MODULE: ./src/local/summary-view.ts
/**
 * Renders the job-summary Markdown for a terminal: headings, tables as aligned columns (the
 * `<br>` lines of a control step become indented rows), and the Mermaid gantt as text bars.
 */
const BAR_WIDTH = 40;
/** Terminal text for the summary Markdown we write. */
function renderSummaryForTerminal(markdown, colour) {
    const bold = (text) => (colour ? `\u001b[1m${text}\u001b[0m` : text);
    const out = [];
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('```mermaid')) {
            const block = [];
            for (i++; i < lines.length && !lines[i].startsWith('```'); i++)
                block.push(lines[i]);
            out.push(...gantt(block));
        }
        else if (line.startsWith('|')) {
            const rows = [];
            for (; i < lines.length && lines[i].startsWith('|'); i++)
                rows.push(lines[i]);
            i--;
            out.push(...table(rows, bold));
        }
        else if (/^#{1,6} /.test(line)) {
            out.push(bold(line.replace(/^#{1,6} /, '')));
        }
        else {
            out.push(inline(line));
        }
    }
    return out.join('\n');
}
/** HTML bits we use in cells, as plain text. */
function inline(text) {
    return text
        .replace(/<sub>(.*?)<\/sub>/g, '($1)')
        .replace(/&nbsp;/g, ' ')
        .replace(/\*\*(.*?)\*\*/g, '$1')
        .replace(/\\\|/g, '|');
}
function splitRow(row) {
    return row
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim());
}
function table(rows, bold) {
    const cells = rows.filter((row) => !/^\|[\s:|-]+\|$/.test(row)).map(splitRow);
    // A cell with <br> becomes several lines: the first in the row, the rest below it.
    const expanded = [];
    for (const row of cells) {
        const parts = row.map((cell) => cell.split('<br>').map(inline));
        const height = Math.max(...parts.map((p) => p.length));
        for (let line = 0; line < height; line++)
            expanded.push(parts.map((p) => p[line] ?? ''));
    }
    const widths = expanded[0].map((_, col) => Math.max(...expanded.map((row) => width(row[col] ?? ''))));
    return expanded.map((row, index) => {
        const text = row
            .map((cell, col) => cell + ' '.repeat(widths[col] - width(cell)))
            .join('  ')
            .trimEnd();
        return index === 0 ? bold(text) : text;
    });
}
/** Display width, counting emoji as two columns. */
function width(text) {
    let columns = 0;
    for (const char of text)
        columns += /\p{Extended_Pictographic}/u.test(char) ? 2 : char === '\ufe0f' ? 0 : 1;
    return columns;
}
function gantt(block) {
    const tasks = [];
    let section = '';
    for (const line of block) {
        const trimmed = line.trim();
        if (trimmed.startsWith('section '))
            section = trimmed.slice(8);
        const match = /^(.*?) :(crit, )?(done, )?(\d+), (\d+)$/.exec(trimmed);
        if (match)
            tasks.push({
                section,
                name: match[1],
                start: Number(match[4]),
                end: Number(match[5]),
                crit: !!match[2]
            });
    }
    if (tasks.length === 0)
        return [];
    const total = Math.max(...tasks.map((t) => t.end), 1);
    const nameWidth = Math.min(Math.max(...tasks.map((t) => width(t.name))), 32);
    const out = [];
    let current = '';
    for (const task of tasks) {
        if (task.section !== current) {
            current = task.section;
            out.push(`  ${current}`);
        }
        const from = Math.floor((task.start / total) * BAR_WIDTH);
        const to = Math.max(from + 1, Math.round((task.end / total) * BAR_WIDTH));
        const name = task.name.length > nameWidth ? task.name.slice(0, nameWidth - 1) + '…' : task.name;
        const bar = ' '.repeat(from) + (task.crit ? '▓' : '█').repeat(to - from);
        out.push(`    ${name.padEnd(nameWidth)} │${bar.padEnd(BAR_WIDTH)}│ ${((task.end - task.start) / 1000).toFixed(1)} s`);
    }
    out.push(`    ${' '.repeat(nameWidth)} 0 s${' '.repeat(BAR_WIDTH - 3)}${(total / 1000).toFixed(1)} s`);
    return out;
}

;// CONCATENATED MODULE: ./src/local/terminal.ts
/**
 * Renders what the action prints (workflow commands included) for a terminal, as the GitHub log
 * viewer would show it: groups as headings, annotations coloured, masks applied, fenced text shown
 * as text.
 */
const useColour = () => !process.env.NO_COLOR && process.stdout.isTTY === true;
const paint = (code, text) => useColour() ? `\u001b[${code}m${text}\u001b[0m` : text;
class TerminalRenderer {
    masks = [];
    stopToken;
    inGroup = false;
    print;
    constructor(print) {
        // Lines inside a group are drawn inside a box edge, as the log viewer nests them.
        this.print = (line) => print(this.inGroup ? `${paint('2', '│')} ${line}` : line);
    }
    /** Renders one line of the action's stdout. */
    line(raw) {
        if (this.stopToken !== undefined) {
            if (raw.trim() === `::${this.stopToken}::`)
                this.stopToken = undefined;
            else
                this.print(this.mask(raw));
            return;
        }
        const match = /^\s*::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw);
        if (!match) {
            this.print(this.mask(raw));
            return;
        }
        const [, name, properties = '', data] = match;
        const message = terminal_unescape(data);
        switch (name.toLowerCase()) {
            case 'add-mask':
                if (message)
                    this.masks.push(message);
                break;
            case 'stop-commands':
                this.stopToken = message;
                break;
            case 'group':
                this.inGroup = false;
                this.print(paint('1', `┌─ ${this.mask(message)}`));
                this.inGroup = true;
                break;
            case 'endgroup':
                this.inGroup = false;
                this.print(paint('2', '└─'));
                break;
            case 'error':
                this.print(paint('31', `Error${where(properties)}: ${this.mask(message)}`));
                break;
            case 'warning':
                this.print(paint('33', `Warning${where(properties)}: ${this.mask(message)}`));
                break;
            case 'notice':
                this.print(paint('36', `Notice${where(properties)}: ${this.mask(message)}`));
                break;
            case 'debug':
                if (process.env.RUNNER_DEBUG === '1')
                    this.print(paint('2', `Debug: ${this.mask(message)}`));
                break;
            default:
                this.print(this.mask(raw));
        }
    }
    /** Replaces every registered secret by `***`, as the runner's masker does. */
    mask(text) {
        let out = text;
        for (const secret of this.masks)
            out = out.split(secret).join('***');
        return out;
    }
}
function terminal_unescape(text) {
    return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function where(properties) {
    const props = Object.fromEntries(properties
        .split(',')
        .map((pair) => pair.split('='))
        .filter((pair) => pair.length >= 2)
        .map(([key, ...rest]) => [key, rest.join('=')]));
    const parts = [props.file, props.line, props.col].filter((part) => part !== undefined);
    const title = props.title
        ? ` ${terminal_unescape(props.title.replace(/%2C/g, ',').replace(/%3A/g, ':'))}`
        : '';
    return (parts.length > 0 ? ` (${parts.join(':')})` : '') + title;
}

;// CONCATENATED MODULE: ./src/local/runner.ts
/**
 * The local "runner" behind the CLI: an emulated runner environment in temp folders, the bundled
 * action started exactly as a stock runner starts it (main, then post), and a readable report.
 */









const USAGE = `Usage: background-steps run <steps-file> [options]

Runs a step list outside GitHub, with the same engine the action uses.

Options:
  --max-concurrency <n>   background slots (default 10)
  --log-mode <mode>       grouped (default) or prefixed
  --fail-fast             cancel the other background steps on the first failure
  --shard <i/n>           run only leg i (0-based) of n of the parallel groups' members
  --input <name=value>    any other action input (repeatable), e.g. --input 'secrets={"A":"x"}'
  --summary-file <path>   also copy the job summary (Markdown) to this file
  -h, --help              this text`;
/** Parses the command line; returns a usage error as a string. */
function parseArguments(argv) {
    const [command, file, ...rest] = argv;
    if (command === '-h' || command === '--help' || command === undefined)
        return USAGE;
    if (command !== 'run' || !file)
        return USAGE;
    const options = { file, inputs: {} };
    for (let i = 0; i < rest.length; i++) {
        const flag = rest[i];
        const value = () => {
            const next = rest[++i];
            if (next === undefined)
                throw new Error(`${flag} needs a value`);
            return next;
        };
        switch (flag) {
            case '--max-concurrency':
                options.inputs['max-concurrency'] = value();
                break;
            case '--log-mode':
                options.inputs['log-mode'] = value();
                break;
            case '--fail-fast':
                options.inputs['fail-fast'] = 'true';
                break;
            case '--shard':
                options.inputs.shard = value();
                break;
            case '--summary-file':
                options.summaryFile = value();
                break;
            case '--input': {
                const pair = value();
                const eq = pair.indexOf('=');
                if (eq <= 0)
                    return `--input takes name=value, got '${pair}'`;
                options.inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
                break;
            }
            default:
                return `Unknown option '${flag}'\n\n${USAGE}`;
        }
    }
    return options;
}
/** Runs the CLI; resolves to the process exit code. */
async function runCli(argv) {
    let options;
    try {
        options = parseArguments(argv);
    }
    catch (error) {
        options = error.message;
    }
    if (typeof options === 'string') {
        console.log(options);
        return options === USAGE && (argv[0] === '-h' || argv[0] === '--help') ? 0 : 2;
    }
    const root = external_node_fs_namespaceObject.mkdtempSync(external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), 'background-steps-'));
    const files = {
        GITHUB_OUTPUT: external_node_path_namespaceObject.join(root, 'output'),
        GITHUB_ENV: external_node_path_namespaceObject.join(root, 'env'),
        GITHUB_PATH: external_node_path_namespaceObject.join(root, 'path'),
        GITHUB_STATE: external_node_path_namespaceObject.join(root, 'state'),
        GITHUB_STEP_SUMMARY: external_node_path_namespaceObject.join(root, 'summary.md'),
        GITHUB_EVENT_PATH: external_node_path_namespaceObject.join(root, 'event.json')
    };
    for (const file of Object.values(files))
        external_node_fs_namespaceObject.writeFileSync(file, '');
    external_node_fs_namespaceObject.writeFileSync(files.GITHUB_EVENT_PATH, '{}');
    const runnerTemp = external_node_path_namespaceObject.join(root, 'temp');
    external_node_fs_namespaceObject.mkdirSync(runnerTemp);
    const env = {
        ...process.env,
        ...files,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: process.cwd(),
        GITHUB_EVENT_NAME: process.env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
        GITHUB_JOB: process.env.GITHUB_JOB ?? 'local',
        RUNNER_TEMP: runnerTemp,
        RUNNER_OS: process.env.RUNNER_OS ?? (external_node_os_namespaceObject.platform() === 'darwin' ? 'macOS' : 'Linux'),
        RUNNER_ARCH: process.env.RUNNER_ARCH ?? (external_node_os_namespaceObject.arch() === 'arm64' ? 'ARM64' : 'X64'),
        RUNNER_NAME: process.env.RUNNER_NAME ?? 'local'
    };
    const inputs = {
        'steps-file': external_node_path_namespaceObject.resolve(options.file),
        matrix: 'null',
        strategy: '{}',
        job: '{"status":"success"}',
        ...options.inputs
    };
    for (const [name, value] of Object.entries(inputs)) {
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const here = external_node_path_namespaceObject.dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const renderer = new TerminalRenderer((line) => process.stdout.write(line + '\n'));
    const mainCode = await runStage(external_node_path_namespaceObject.join(here, '..', 'main', 'index.js'), env, renderer);
    // Our post stage gets the state main saved, as STATE_* (runner-emulation §6).
    const state = safeParse(external_node_fs_namespaceObject.readFileSync(files.GITHUB_STATE, 'utf8'));
    const postEnv = { ...env, GITHUB_STATE: external_node_path_namespaceObject.join(root, 'post-state') };
    external_node_fs_namespaceObject.writeFileSync(postEnv.GITHUB_STATE, '');
    for (const [name, value] of state)
        postEnv[`STATE_${name}`] = value;
    const postCode = await runStage(external_node_path_namespaceObject.join(here, '..', 'post', 'index.js'), postEnv, renderer);
    report(files, renderer, options.summaryFile);
    return mainCode !== 0 ? mainCode : postCode;
}
/** Starts one stage of the bundled action and renders its output; resolves to its exit code. */
async function runStage(entry, env, renderer) {
    const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Like the runner, pass a cancellation on to the action and stay alive to report.
    const forward = (signal) => {
        child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const lines = external_node_readline_namespaceObject.createInterface({ input: child.stdout, crlfDelay: Infinity });
    lines.on('line', (line) => renderer.line(line));
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    const code = await new Promise((resolve) => {
        child.on('error', () => resolve(1));
        child.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    });
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    return code;
}
function report(files, renderer, summaryFile) {
    const section = (title, entries) => {
        if (entries.length === 0)
            return;
        console.log(`\n${title}:`);
        for (const [name, value] of entries)
            console.log(`  ${name} = ${renderer.mask(value)}`);
    };
    section('Outputs', safeParse(external_node_fs_namespaceObject.readFileSync(files.GITHUB_OUTPUT, 'utf8')));
    section('Environment for later job steps', safeParse(external_node_fs_namespaceObject.readFileSync(files.GITHUB_ENV, 'utf8')));
    const added = external_node_fs_namespaceObject.readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean);
    section('PATH additions', added.map((entry, index) => [String(index + 1), entry]));
    const summary = external_node_fs_namespaceObject.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
    if (summary.trim() !== '') {
        if (summaryFile)
            external_node_fs_namespaceObject.writeFileSync(summaryFile, summary);
        const colour = !process.env.NO_COLOR && process.stdout.isTTY === true;
        console.log(`\nJob summary (Markdown in ${summaryFile ?? files.GITHUB_STEP_SUMMARY}):\n`);
        console.log(renderer.mask(renderSummaryForTerminal(summary, colour)));
    }
}
function safeParse(content) {
    try {
        return parseKeyValueFile(content);
    }
    catch {
        return [];
    }
}


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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
