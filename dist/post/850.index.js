export const id = 850;
export const ids = [850];
export const modules = {

/***/ 6650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B7: () => (/* binding */ DownloadsInFlight),
  Ro: () => (/* binding */ describeRef),
  tD: () => (/* binding */ downloadAction)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
;// CONCATENATED MODULE: ./src/catalog/tarball-rules.ts
/**
 * What a repository tarball may contain (runner-emulation §4.2 "Extraction"), checked entry by
 * entry on tar's listing pass, before anything is written (src/catalog/tarball.ts).
 *
 * `tar`'s own defaults strip absolute paths and skip `..`, devices and FIFOs with a warning; the
 * archive comes from the network, so instead the whole archive is refused, naming the entry.
 * The rules are lexical: they see the entries as the archive states them, in order, and keep
 * what each path will be on disk after the entries so far. The symbolic links themselves are
 * made only after `tar` has written everything else, so nothing is written through one while
 * `tar` works, and `tar` checks each parent folder on disk again (it refuses to pass a link).
 */
/** The error for an entry the rules refuse; the archive as a whole is refused with it. */
class ArchiveRefusal extends Error {
    constructor(entryPath, reason) {
        super(`Refusing to extract '${entryPath}' from the action archive: ${reason}`);
        this.name = 'ArchiveRefusal';
    }
}
const KINDS = {
    File: 'file',
    OldFile: 'file',
    ContiguousFile: 'file',
    Directory: 'directory',
    SymbolicLink: 'symlink',
    Link: 'hardlink'
};
const SPECIAL_FILES = {
    CharacterDevice: 'character device',
    BlockDevice: 'block device',
    FIFO: 'FIFO'
};
/** Either separator, for the checks that must hold on every host (`tar` splits on both too). */
const ANY_SEPARATOR = /[/\\]/;
/** The separators of this host, for the paths an entry creates. */
const SEPARATORS = process.platform === 'win32' ? ANY_SEPARATOR : /\//;
class ArchiveRules {
    /** The archive's single top-level folder, from the first entry. */
    top;
    /** What each path below the top folder is after the entries so far (the last entry wins). */
    kinds = new Map();
    /**
     * Every path that was ever a symbolic link, compared case-insensitively: on macOS and Windows
     * `Link/x` goes through a symlink `link`. A later entry replacing the link does not clear it.
     */
    symlinks = new Set();
    /** The target of the last symbolic link entry of each path. */
    linkTargets = new Map();
    /** The top-level folder, once an entry was accepted. */
    get topFolder() {
        return this.top;
    }
    /**
     * The symbolic links the archive leaves once every entry is extracted (the last entry of a
     * path wins), with paths below the top folder.
     */
    get finalSymlinks() {
        return [...this.linkTargets]
            .filter(([key]) => this.kinds.get(key) === 'symlink')
            .map(([key, target]) => ({ path: key, target }));
    }
    /** Throws an ArchiveRefusal when the entry is unsafe; records it otherwise. */
    check(entry) {
        const kind = kindOf(entry);
        const relative = this.relativePath(entry.path, kind);
        // The top folder itself is dropped (`strip: 1`).
        if (relative.length === 0)
            return;
        this.checkParents(entry.path, relative);
        const key = relative.join('/');
        if (kind !== 'directory' && this.kinds.get(key) === 'directory') {
            throw new ArchiveRefusal(entry.path, 'it would replace a directory');
        }
        if (kind === 'symlink') {
            checkSymlinkTarget(entry.path, entry.linkpath ?? '', relative.length - 1);
            this.symlinks.add(folded(key));
            this.linkTargets.set(key, entry.linkpath ?? '');
        }
        if (kind === 'hardlink')
            this.checkHardlinkTarget(entry.path, entry.linkpath ?? '');
        this.kinds.set(key, kind);
    }
    /**
     * The entry's path below the top folder as segments (empty for the top folder itself).
     * Enforces the runner's rule of exactly one top-level directory.
     */
    relativePath(name, kind) {
        const [top, ...rest] = safeSegments(name);
        this.top ??= top;
        if (top !== this.top || (rest.length === 0 && kind !== 'directory')) {
            throw new ArchiveRefusal(name, `the archive must contain exactly one top-level directory ('${this.top}/')`);
        }
        return rest;
    }
    /** Parents must be directories (made on the way) and never a symbolic link. */
    checkParents(name, relative) {
        for (let depth = 1; depth < relative.length; depth++) {
            const key = relative.slice(0, depth).join('/');
            if (this.symlinks.has(folded(key))) {
                throw new ArchiveRefusal(name, `it would be written through the symbolic link '${key}'`);
            }
            const kind = this.kinds.get(key);
            if (kind === undefined)
                this.kinds.set(key, 'directory');
            else if (kind !== 'directory')
                throw new ArchiveRefusal(name, `'${key}' is not a directory`);
        }
    }
    /** A hard link may only name a regular file of this archive, extracted before it. */
    checkHardlinkTarget(name, target) {
        const outside = new ArchiveRefusal(name, `its hard link target '${target}' is outside the folder`);
        let segments;
        try {
            segments = safeSegments(target);
        }
        catch {
            throw outside;
        }
        const [top, ...rest] = segments;
        if (top !== this.top || rest.length === 0)
            throw outside;
        // A file recorded at the target has real directories above it (a directory is never
        // replaced), unless one of them is a case alias of a symbolic link.
        for (let depth = 1; depth < rest.length; depth++) {
            const key = rest.slice(0, depth).join('/');
            if (this.symlinks.has(folded(key))) {
                throw new ArchiveRefusal(name, `its hard link target '${target}' goes through the symbolic link '${key}'`);
            }
        }
        const kind = this.kinds.get(rest.join('/'));
        if (kind !== 'file' && kind !== 'hardlink') {
            throw new ArchiveRefusal(name, `its hard link target '${target}' is not a file extracted before it`);
        }
    }
}
function kindOf(entry) {
    const kind = KINDS[entry.type];
    if (kind)
        return kind;
    const special = SPECIAL_FILES[entry.type];
    if (special)
        throw new ArchiveRefusal(entry.path, `it is a ${special}`);
    throw new ArchiveRefusal(entry.path, `unsupported entry type '${entry.type}'`);
}
/** How a case-insensitive, Unicode-normalising file system (macOS, Windows) compares names. */
function folded(key) {
    return key.normalize('NFC').toLowerCase();
}
function isAbsolute(name) {
    return name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name);
}
/** An archive path as segments, without empty and `.` segments; refuses absolute paths and `..`. */
function safeSegments(name) {
    if (isAbsolute(name))
        throw new ArchiveRefusal(name, 'it has an absolute path');
    if (name.split(ANY_SEPARATOR).includes('..')) {
        throw new ArchiveRefusal(name, "its path contains '..'");
    }
    const segments = name.split(SEPARATORS).filter((segment) => segment !== '' && segment !== '.');
    if (segments.length === 0)
        throw new ArchiveRefusal(name, 'it has an empty path');
    return segments;
}
/**
 * A symlink may point only inside the folder. `..` is allowed only as a leading run that climbs
 * no higher than the folder root: the link's parents are real directories (checkParents), so
 * that climb is physical, while a `..` after a name could climb out of whatever that name links to.
 */
function checkSymlinkTarget(name, target, parentDepth) {
    const outside = () => new ArchiveRefusal(name, `its symbolic link target '${target}' is outside the folder`);
    if (target === '' || isAbsolute(target))
        throw outside();
    const segments = target
        .split(ANY_SEPARATOR)
        .filter((segment) => segment !== '' && segment !== '.');
    let climbs = 0;
    let seenName = false;
    for (const segment of segments) {
        if (segment !== '..')
            seenName = true;
        else if (seenName)
            throw outside();
        else
            climbs++;
    }
    if (climbs > parentDepth)
        throw outside();
}

;// CONCATENATED MODULE: ./src/catalog/tarball.ts
/**
 * Safe extraction of a repository tarball (`GET /repos/{o}/{r}/tarball/{ref}`) with `tar`, the
 * npm project's own (runner-emulation §4.2 "Extraction"): file modes, symlinks and hard links
 * are kept as `tar -xzf` keeps them, and the single top-level folder is dropped.
 *
 * Two passes over the archive, because that is the smallest design that is obviously safe:
 * 1. a listing pass (tar's `Parser`, nothing written) runs every entry through ArchiveRules
 *    (tarball-rules.ts) and reads the commit; an unsafe entry refuses the whole archive;
 * 2. only then `tar`'s `Unpack` extracts, in strict mode (any warning is an error), all but
 *    the symbolic links, which are made last, from the listing: while tar writes there is no
 *    link to write through. (tar itself would also refuse a link whose target goes through an
 *    earlier link, e.g. `alias2 -> alias -> file`, which `tar -xzf` keeps.)
 * Refusing from `Unpack`'s own hooks would have to stop an extraction half done: `tar` keeps
 * going after an error and offers no way to wait for its pending writes. Reading twice costs a
 * second gunzip of a few megabytes; the archive is our own download, so both passes see the
 * same bytes.
 *
 * Extraction goes to a temporary folder beside the destination, which is renamed into place
 * only when the whole archive was read; on any error the temporary folder is removed.
 */




/**
 * Extracts a `.tar.gz` (a buffer or a file path) into `destination`, which must not exist yet,
 * dropping the archive's single top-level folder (`owner-repo-sha/`). Throws, naming the entry,
 * on anything unsafe; device and FIFO entries are refused, not skipped.
 */
async function extractTarball(archive, destination) {
    const target = external_node_path_default().resolve(destination);
    if (await exists(target))
        throw new Error(`Cannot extract into '${target}': it already exists`);
    const parent = external_node_path_default().dirname(target);
    await external_node_fs_.promises.mkdir(parent, { recursive: true });
    const { extracted, symlinks } = await inspect(archive).catch(rethrowReadable);
    const staging = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(parent, `.${external_node_path_default().basename(target)}.partial-`));
    try {
        await unpack(archive, staging).catch(rethrowReadable);
        await makeSymlinks(staging, symlinks);
        // mkdtemp made the folder private (0700); give it the usual mode of an extracted directory.
        await external_node_fs_.promises.chmod(staging, 0o755);
        await external_node_fs_.promises.rename(staging, target);
        return extracted;
    }
    catch (error) {
        await external_node_fs_.promises.rm(staging, { recursive: true, force: true });
        throw error;
    }
}
async function exists(file) {
    try {
        await external_node_fs_.promises.lstat(file);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/** The listing pass: every entry checked, nothing written. */
async function inspect(archive) {
    const rules = new ArchiveRules();
    let comment;
    const parser = new index_min/* Parser */.iX({
        strict: true,
        onReadEntry: (entry) => {
            try {
                rules.check(entry);
                comment = entry.globalExtended?.comment;
            }
            catch (error) {
                parser.abort(error);
            }
            entry.resume();
        }
    });
    // Entries tar would skip: types it does not know, and oversized pax or long-name records.
    parser.on('ignoredEntry', (entry) => {
        const reason = entry.meta
            ? `its ${entry.size}-byte ${entry.type} record is too large`
            : `unsupported entry type '${entry.type}'`;
        parser.abort(new ArchiveRefusal(entry.path, reason));
    });
    await new Promise((resolve, reject) => {
        parser.on('error', reject);
        parser.on('end', resolve);
        feed(archive, parser, reject);
    });
    const top = rules.topFolder;
    if (top === undefined)
        throw new Error('The action archive is empty');
    // A SHA-1 or SHA-256 object name; anything else is not a commit we could name.
    const commit = comment !== undefined && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(comment) ? comment : undefined;
    const extracted = commit === undefined ? { top } : { top, commit };
    return { extracted, symlinks: rules.finalSymlinks };
}
/** The extraction pass, into `folder`, of an archive the listing pass accepted. */
async function unpack(archive, folder) {
    const unpacker = new index_min/* Unpack */.dX({
        cwd: folder,
        strip: 1,
        strict: true,
        // Files belong to whoever runs the action, also as root (tar's default there is the
        // archive's owner: root for `git archive`).
        preserveOwner: false,
        filter: (_path, entry) => keep(entry)
    });
    let failure;
    await new Promise((resolve, reject) => {
        // In strict mode tar reports an error and goes on with the next entry; 'close' comes when
        // every write has settled, so the caller removes a folder nothing writes into any more.
        unpacker.on('error', (error) => (failure ??= namingTheEntry(error)));
        unpacker.on('close', () => (failure === undefined ? resolve() : reject(failure)));
        // Stopped reading (a read or gunzip error): no 'close' will come.
        unpacker.on('abort', reject);
        feed(archive, unpacker, reject);
    });
}
/** tar names the entry it failed on in the error's data, not in its message. */
function namingTheEntry(error) {
    const entry = error.entry;
    if (entry === undefined)
        return error;
    return new Error(`Could not extract '${entry.header.path ?? entry.path}' from the action archive: ${error.message}`, { cause: error });
}
/**
 * Adjusts an entry before tar extracts it; false skips it. Permission bits only (no setuid,
 * setgid or sticky bit; the umask applies, as with `tar -x`). Symbolic links are made later
 * (makeSymlinks). A hard link to itself (seen in some archivers' output) leaves the file as it
 * is; tar would remove the file first.
 */
function keep(entry) {
    if (entry.mode !== undefined)
        entry.mode &= 0o777;
    if (entry.type === 'SymbolicLink')
        return false;
    return !(entry.type === 'Link' && entry.linkpath === entry.path);
}
/**
 * The archive's symbolic links, once everything else is written. ArchiveRules saw to it that
 * no link lies below another, so their parent folders are real directories.
 */
async function makeSymlinks(folder, symlinks) {
    for (const link of symlinks) {
        const full = external_node_path_default().join(folder, ...link.path.split('/'));
        // tar made the parents of entries it wrote; a link may be the only entry of its folder.
        await external_node_fs_.promises.mkdir(external_node_path_default().dirname(full), { recursive: true });
        // A file an earlier entry of the same path left gives way: the last entry wins.
        await external_node_fs_.promises.rm(full, { force: true });
        await external_node_fs_.promises.symlink(link.target, full);
    }
}
/** Writes the archive into tar's parser, which detects and undoes the gzip compression. */
function feed(archive, sink, onReadError) {
    if (typeof archive !== 'string') {
        sink.end(archive);
        return;
    }
    const source = (0,external_node_fs_.createReadStream)(archive);
    source.on('error', onReadError);
    source.pipe(sink);
}
/** tar's codes for an archive that cannot be read (`TAR_ABORT`: gunzip failed). */
const DAMAGED = new Set(['TAR_BAD_ARCHIVE', 'TAR_ENTRY_INVALID', 'TAR_ABORT']);
/**
 * tar's errors about a damaged archive name no archive; say which one, and whether it is
 * damaged or cut short. Refusals and file-system errors pass unchanged.
 */
function rethrowReadable(error) {
    const code = error?.tarCode;
    if (error instanceof ArchiveRefusal || !(error instanceof Error) || !DAMAGED.has(String(code))) {
        throw error;
    }
    const text = error.message;
    const what = /truncated|unexpected end/i.test(text)
        ? 'truncated'
        : /unrecognized archive format/i.test(text)
            ? 'empty or not a tar archive'
            : /decompression ratio/.test(text)
                ? 'refused as a decompression bomb'
                : 'corrupt';
    throw new Error(`The action archive is ${what} (${text})`, { cause: error });
}

;// CONCATENATED MODULE: ./src/catalog/download.ts
/**
 * Downloading a repository action the way older runners did it themselves
 * (docs/runner-emulation.md §4.2 "Our equivalent"): the REST tarball endpoint, extracted into the
 * runner's cache layout `_actions/<owner>/<repo>/<ref>` with a `<ref>.completed` watermark beside it.
 * The requests themselves (proxies, redirects, retries, the short-SHA check and the github.com
 * fallback) are archive-api.ts, loaded only when something must be downloaded.
 */






/**
 * One download per cache folder at a time: later callers share the running one. One per run,
 * made with the run's resolve options (`resolveOptionsFor`, src/executors/prelude.ts) and shared
 * through them by the top level and by the composites that prepare their actions when they run.
 */
class DownloadsInFlight {
    running = new Map();
    /** The running download into `folder`, or the one `start` begins, forgotten once it settles. */
    async share(folder, start) {
        const running = this.running.get(folder);
        if (running)
            return running;
        const download = start().finally(() => this.running.delete(folder));
        this.running.set(folder, download);
        return download;
    }
}
/** Downloads owner/repo@ref once per job into `${cacheDir}/${owner}/${repo}/${ref}` (watermark `${ref}.completed` beside it); concurrent callers for one ref share one download (single-flight, `options.inFlight`). Returns the folder. */
async function downloadAction(ref, options) {
    const folder = cacheFolder(ref, options.cacheDir);
    return options.inFlight.share(folder, async () => downloadOnce(ref, folder, options));
}
/** The cache folder; refuses names that would step out of the cache directory. */
function cacheFolder(ref, cacheDir) {
    const described = describeRef(ref);
    const refSegments = ref.ref.split('/');
    for (const [what, segments] of [
        ['owner', [ref.owner]],
        ['repository', [ref.repo]],
        ['ref', refSegments]
    ]) {
        if (segments.some((segment) => ['', '.', '..'].includes(segment) || /[\\\0]/.test(segment))) {
            throw new Error(`Unable to download action '${described}': invalid ${what} name`);
        }
    }
    return external_node_path_default().join(external_node_path_default().resolve(cacheDir), ref.owner, ref.repo, ...refSegments);
}
/** `owner/repo@ref`, as the runner's log line and our messages name a download. */
function describeRef(ref) {
    return `${ref.owner}/${ref.repo}@${ref.ref}`;
}
async function downloadOnce(ref, folder, options) {
    const watermark = `${folder}.completed`;
    if ((await isFile(watermark)) && (await isDirectory(folder)))
        return folder;
    const { fetchArchive } = await Promise.all(/* import() */[__webpack_require__.e(557), __webpack_require__.e(620)]).then(__webpack_require__.bind(__webpack_require__, 9620));
    const { body, source } = await fetchArchive(ref, options);
    const parent = external_node_path_default().dirname(folder);
    await external_node_fs_.promises.mkdir(parent, { recursive: true });
    const staging = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(parent, `.${external_node_path_default().basename(folder)}.download-`));
    try {
        // Streamed to a file: an action's archive need not fit in memory.
        const archive = external_node_path_default().join(staging, 'archive.tar.gz');
        const bytes = external_node_stream_.Readable.fromWeb(body);
        await (0,promises_.pipeline)(bytes, (0,external_node_fs_.createWriteStream)(archive)).catch((error) => {
            throw new Error(`Unable to download action '${describeRef(ref)}': ${(0,errors/* errorReason */.jf)(error)}`, {
                cause: error
            });
        });
        // A folder without its watermark is a broken earlier attempt: start over.
        await external_node_fs_.promises.rm(folder, { recursive: true, force: true });
        const extracted = await extractTarball(archive, folder).catch((error) => {
            throw new Error(`Unable to extract action '${describeRef(ref)}': ${(0,errors/* errorReason */.jf)(error)}`, {
                cause: error
            });
        });
        await external_node_fs_.promises.writeFile(watermark, new Date().toISOString());
        if (source !== options) {
            options.log?.(`'${ref.owner}/${ref.repo}' is not on ${options.apiUrl}: downloaded from ${source.apiUrl}`);
        }
        // The archive's own top folder (`owner-repo-<short sha>`) names the commit when it has no
        // pax comment; the runner prints the full SHA its server resolved.
        const sha = extracted.commit ?? /-([0-9a-f]+)$/.exec(extracted.top)?.[1] ?? 'unknown';
        options.log?.(`Download action repository '${describeRef(ref)}' (SHA:${sha})`);
        return folder;
    }
    finally {
        await external_node_fs_.promises.rm(staging, { recursive: true, force: true });
    }
}
async function isFile(file) {
    return external_node_fs_.promises.stat(file).then((stats) => stats.isFile(), () => false);
}
async function isDirectory(folder) {
    return external_node_fs_.promises.stat(folder).then((stats) => stats.isDirectory(), () => false);
}


/***/ }),

/***/ 9850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PostStageRegistry: () => (/* reexport */ PostStageRegistry),
  createActionRunners: () => (/* binding */ createActionRunners),
  createActionServices: () => (/* binding */ createActionServices),
  resolveActions: () => (/* reexport */ resolveActions),
  resolveOptionsFor: () => (/* reexport */ resolveOptionsFor),
  runPostStages: () => (/* reexport */ runPostStages),
  runPrelude: () => (/* reexport */ runPrelude)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/engine/executor.ts
/** Hands a step to the executor of its kind. */
async function executeStep(executors, request) {
    const { step } = request;
    return step.kind === 'run'
        ? executors.run.execute({ ...request, step })
        : executors.uses.execute({ ...request, step });
}
/** An execution that produced nothing (a step that failed before its process started). */
function executor_emptyExecution(result) {
    return { result, outputs: [], env: [], path: [], state: [], summary: '' };
}

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 15 modules
var dist = __webpack_require__(1281);
;// CONCATENATED MODULE: ./src/expressions/contexts.ts
/**
 * The expression contexts: building the plain `github`, `runner` and `env` values from what a
 * JavaScript action can see (docs/expressions.md §3.2), and turning plain values into the
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
const NON_ENV_PREFIXES = (/* unused pure expression or super */ null && (['INPUT_', 'STATE_', 'ACTIONS_']));
/**
 * The `GITHUB_*`/`RUNNER_*` variables the runner sets in every step's environment, which are not
 * the workflow's `env` (docs/expressions.md §3.2: only the runner's defaults go). A user's own
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
 * missing, expressions §1.3); `null` becomes Null.
 */
function toExpressionData(value) {
    if (value === undefined)
        return new PlainObjectDictionary({}, false);
    return convert(value);
}
function convert(value) {
    switch (typeof value) {
        case 'string':
            return new dist/* data.StringData */.p.uQ(value);
        case 'number':
            return new dist/* data.NumberData */.p.Q9(value);
        case 'boolean':
            return new dist/* data.BooleanData */.p.bo(value);
        case 'bigint':
            return new dist/* data.NumberData */.p.Q9(Number(value));
        case 'undefined':
            return new dist/* data.Null */.p.Uv();
        case 'object':
            if (value === null)
                return new dist/* data.Null */.p.Uv();
            if (Array.isArray(value))
                return new dist/* data.Array */.p.O3(...value.map((item) => convert(item)));
            return new PlainObjectDictionary(value, false);
        case 'symbol':
        case 'function':
            return new dist/* data.Null */.p.Uv();
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
class PlainObjectDictionary extends dist/* data.Dictionary */.p.bT {
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
 * ignores existing keys, so a long-lived one would keep serving stale `steps` (expressions §1.3).
 * Every name in `names` gets a value, even when `contexts` lacks it: the evaluator crashes on a
 * declared context without one.
 */
function contextDictionary(contexts, names) {
    const root = new dist/* data.Dictionary */.p.bT();
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
function contexts_fromExpressionData(value) {
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
            return value.values().map((item) => contexts_fromExpressionData(item));
        case data.Kind.Dictionary: {
            const result = {};
            for (const { key, value: item } of value.pairs()) {
                result[key] = contexts_fromExpressionData(item);
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

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/errors.js
var errors = __webpack_require__(2830);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/lexer.js
var lexer = __webpack_require__(2083);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/result.js
var result = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/if-condition.js
var if_condition = __webpack_require__(5553);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/definition-info.js
var definition_info = __webpack_require__(7437);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/index.js + 11 modules
var schema = __webpack_require__(1031);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/index.js + 10 modules
var tokens = __webpack_require__(3262);
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



/**
 * Built when the module loads: every bundle that loads this module reads a step list or evaluates
 * an expression right after (our main parses the list at once; our post loads it only to
 * evaluate `post-if`), so building it on first use instead saves nothing (`npm run bench`, B1).
 */
const STEPS_SCHEMA = new schema/* TemplateSchema */._(toToken(JSON.parse(STEPS_SCHEMA_JSON)));
/** The schema (read-only: the parser only looks definitions up in it). */
function getStepsSchema() {
    return STEPS_SCHEMA;
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

// EXTERNAL MODULE: ./src/expressions/hash-files.ts
var hash_files = __webpack_require__(9917);
;// CONCATENATED MODULE: ./src/expressions/template.ts
/**
 * Splitting of template strings (`run`, `with`, `env`, `name`, `if`, …) into literal text and
 * `${{ … }}` expressions, the way the runner's TemplateReader.ParseScalar does it
 * (docs/expressions.md §1.6). We split the YAML *value* ourselves because the workflow-parser
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
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/expressions/evaluate.ts
/**
 * Evaluation of `${{ }}` templates and `if:` conditions with `@actions/expressions`
 * (Lexer → Parser → Evaluator), our host functions, and the runner's conversion rules for each
 * kind of value (docs/expressions.md §1).
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
    return (0,result/* truthy */.vN)(evaluateExpression(effectiveCondition(condition), scope, conditionProfile()));
}
/**
 * The expression an `if:` is evaluated as (R35, §1.3): `success()` when empty, wrapped in
 * `success() && (…)` when it has no status function; what a skipped step's log line quotes.
 */
function effectiveCondition(condition) {
    const profile = conditionProfile();
    const expression = conditionExpression(condition, profile);
    return expression === '' ? 'success()' : (0,if_condition/* ensureStatusFunction */.ZA)(expression, profile.definition);
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
    // Concatenating the coerced parts gives what that format() gives (expressions §1.6).
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
        throw new ExpressionEvaluationError((0,src_errors/* errorText */.kc)(error), raw, { cause: error });
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
        throw new ExpressionEvaluationError((0,src_errors/* errorText */.kc)(error), expression, { cause: error });
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
 * replaces only the first, expressions §1.8 item 1), and token positions become flat offsets into the
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
        // A fresh dictionary every time: `steps` and `env` change between evaluations (expressions §1.3).
        const contexts = contextDictionary(scope.contexts, profile.contexts);
        return new dist/* Evaluator */.oi(ast, contexts, hostFunctions(scope)).evaluate();
    }
    catch (error) {
        throw new ExpressionEvaluationError(withExpression((0,src_errors/* errorText */.kc)(error), expression), expression, {
            cause: error
        });
    }
}
/** Status functions (expressions §5) and hashFiles; the evaluator looks them up lower-cased. */
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
            call: (...args) => new dist/* data.StringData */.p.uQ((0,hash_files/* hashFiles */.y)({
                workspace: scope.workspace,
                worker: scope.hashFilesWorker ?? (0,hash_files/* bundledHashFilesWorker */.s)()
            }, args.map((arg) => arg.coerceString())))
        }
    ];
    return new Map(definitions.map((definition) => [definition.name.toLowerCase(), definition]));
}
const HOST_FUNCTION_NAMES = new Set(['success', 'failure', 'cancelled', 'always', 'hashfiles']);
// Built when the module loads, from the schema (itself built then): a fraction of a millisecond,
// needed by the first step anyway (its `if:` is always evaluated, its `run:` is a template).
const TEMPLATE_PROFILE = profileOf('string-steps-context');
const CONDITION_PROFILE = profileOf('step-if');
function templateProfile() {
    return TEMPLATE_PROFILE;
}
function conditionProfile() {
    return CONDITION_PROFILE;
}
/** Context names and functions allowed by one schema definition (e.g. `hashFiles(1,255)`). */
function profileOf(definitionName) {
    const definition = new definition_info/* DefinitionInfo */.u(getStepsSchema(), definitionName);
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

;// CONCATENATED MODULE: ./src/executors/action-inputs.ts

/** Docker actions always accept these two inputs (runner: "container action always accept …"). */
const DOCKER_IMPLICIT_INPUTS = ['entryPoint', 'args'];
/**
 * Provided inputs (keys case-insensitive, the first spelling kept) plus each declared input not
 * provided, its `default` evaluated only then. Defaults see only the input-default contexts
 * (github, strategy, matrix, job, runner, hashFiles): the others are passed empty, so a reference
 * to them reads '' instead of failing as the runner's schema check would. `required` is not
 * enforced, as in the runner.
 */
function actionInputs(action, provided, scope) {
    const inputs = {};
    const spelling = new Map();
    for (const [name, value] of Object.entries(provided)) {
        const folded = name.toLowerCase();
        const key = spelling.get(folded) ?? name;
        spelling.set(folded, key);
        inputs[key] = value;
    }
    const declared = action.manifest.inputs;
    const warnings = [];
    for (const name of spelling.values()) {
        // The runner's deprecation table is keyed by the declared name, compared exactly.
        const message = Object.hasOwn(declared, name) ? declared[name].deprecationMessage : undefined;
        if (message !== undefined) {
            warnings.push(`Input '${name}' has been deprecated with message: ${message}`);
        }
    }
    const defaultsScope = inputDefaultScope(scope);
    for (const [name, definition] of Object.entries(declared)) {
        if (spelling.has(name.toLowerCase()))
            continue;
        spelling.set(name.toLowerCase(), name);
        inputs[name] =
            definition.default === undefined
                ? ''
                : evaluateString(definition.default, defaultsScope, `inputs.${name}.default`);
    }
    // Only actions with metadata (repository and local) are checked, not `docker://` images.
    if (action.reference.kind !== 'docker') {
        const unexpected = unexpectedInputs(action, provided);
        if (unexpected.invalid.length > 0) {
            warnings.push(`Unexpected input(s) '${unexpected.invalid.join("', '")}', valid inputs are ['${unexpected.valid.join("', '")}']`);
        }
    }
    return { inputs, warnings };
}
/** `INPUT_<NAME>`: spaces become `_`, then upper-cased; hyphens and dots are kept (§5.5). */
function inputVariables(inputs) {
    const variables = {};
    for (const [name, value] of Object.entries(inputs)) {
        variables[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] = value;
    }
    return variables;
}
/** `STATE_<name>`: the name keeps its case (runner-emulation §1.1 step 2). */
function stateVariables(state) {
    const variables = {};
    for (const [name, value] of Object.entries(state))
        variables[`STATE_${name}`] = value;
    return variables;
}
/** Evaluates a step's `with:` values as templates, in source order (R7: when the stage starts). */
function evaluateWith(templates, scope) {
    const values = {};
    for (const [name, template] of Object.entries(templates)) {
        values[name] = evaluateString(template, scope, `with.${name}`);
    }
    return values;
}
function unexpectedInputs(action, provided) {
    const valid = [];
    const known = new Set();
    const accept = (name) => {
        if (known.has(name.toLowerCase()))
            return;
        known.add(name.toLowerCase());
        valid.push(name);
    };
    if (action.manifest.runs.using === 'docker')
        DOCKER_IMPLICIT_INPUTS.forEach(accept);
    Object.keys(action.manifest.inputs).forEach(accept);
    const invalid = [];
    const seen = new Set();
    for (const name of Object.keys(provided)) {
        const folded = name.toLowerCase();
        if (seen.has(folded))
            continue;
        seen.add(folded);
        if (!known.has(folded))
            invalid.push(name);
    }
    return { invalid, valid };
}
/** The contexts an input default may use (expressions.md §3.1); the rest are empty. */
function inputDefaultScope(scope) {
    const { github, runner, job, strategy, matrix } = scope.contexts;
    return {
        ...scope,
        contexts: {
            github,
            runner,
            job,
            strategy,
            matrix,
            env: {},
            steps: {},
            secrets: {},
            vars: {},
            inputs: {}
        }
    };
}

;// CONCATENATED MODULE: ./src/executors/action-stage.ts




/** The identity variables of an action step (§1.4): repository and ref only for `owner/repo@ref`. */
function actionIdentity(stepId, action) {
    const reference = action.reference;
    if (reference.kind !== 'remote') {
        return { GITHUB_ACTION: stepId, GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' };
    }
    return {
        GITHUB_ACTION: stepId,
        GITHUB_ACTION_REPOSITORY: `${reference.owner}/${reference.repo}`,
        GITHUB_ACTION_REF: reference.ref
    };
}
/** The entry of a stage: a node script, or a docker entrypoint (main falls back to the image's). */
function stageEntry(action, stage) {
    const runs = action.manifest.runs;
    switch (runs.using) {
        case 'composite':
            return undefined;
        case 'docker':
            if (stage === 'pre')
                return runs.preEntrypoint || undefined;
            if (stage === 'post')
                return runs.postEntrypoint || undefined;
            return runs.entrypoint || undefined;
        case 'node12':
        case 'node16':
        case 'node20':
        case 'node24':
            if (stage === 'pre')
                return runs.pre || undefined;
            if (stage === 'post')
                return runs.post || undefined;
            return runs.main || undefined;
    }
}
/** `pre-if` / `post-if`: both default to `always()` (no `success() &&` wrapping, runner PR #293). */
function stageCondition(action, stage) {
    const runs = action.manifest.runs;
    if (runs.using === 'composite')
        return 'always()';
    return (stage === 'pre' ? runs.preIf : runs.postIf) || 'always()';
}
/**
 * Runs the pre or main stage of a node or Docker action step: prepares it, runs it with the
 * kind's runner, and keeps what it saved in the step's state. A failure to prepare (an input
 * default that does not evaluate…) fails the step with its message.
 */
async function runActionStep(stage, request, action, setting, runner) {
    let run;
    try {
        run = prepareActionStage(stage, request, action, setting);
    }
    catch (error) {
        request.log.error((0,src_errors/* errorText */.kc)(error));
        return executor_emptyExecution('Failed');
    }
    try {
        const execution = await runner(run);
        for (const [name, value] of execution.state)
            run.state[name] = value;
        return execution;
    }
    finally {
        // The manifest holds the live state of registered steps: write it again once it changed.
        if (stageEntry(action, 'post') !== undefined)
            setting.records.postStages.changed();
    }
}
/**
 * Prepares the pre or main stage of a `uses:` step: registers its post (before anything can
 * fail, as the runner does), evaluates `with:` and merges defaults, reporting the runner's
 * warnings. Synchronous, so registration order is start order. Throws with the message the step
 * should fail with.
 */
function prepareActionStage(stage, request, action, setting) {
    const { step, log } = request;
    if (stage === 'main' && action.reference.kind === 'local' && stageEntry(action, 'pre')) {
        log.warning(`\`pre\` execution is not supported for local action from '${action.reference.path}'`);
    }
    const started = startStage(stage, request, action, setting);
    const { identity, state, stepEnvNames, pathPrepend, entry } = started;
    // The stage's files exist before its inputs are evaluated: `with:` sees the step's own
    // `github.action`, repository, ref and files (expressions.md §3).
    const files = setting.fileCommands.create();
    const scope = withStepGithub(request.scope(), {
        action: identity.GITHUB_ACTION,
        action_repository: identity.GITHUB_ACTION_REPOSITORY,
        action_ref: identity.GITHUB_ACTION_REF,
        ...fileCommandGithub(files.files)
    });
    const { inputs, warnings } = actionInputs(action, evaluateWith(step.with, scope), scope);
    for (const warning of warnings)
        log.warning(warning);
    // Post reuses the inputs of the latest stage instead of re-evaluating them (§6.5, runner#3514).
    if (entry !== undefined)
        entry.inputs = inputs;
    return {
        stage,
        action,
        inputs,
        identity,
        envContext: request.envContext,
        stepEnvNames,
        headerEnvNames: request.headerEnvNames,
        pathPrepend,
        state,
        files,
        log,
        cancelSignal: request.cancelSignal,
        killSignal: request.killSignal
    };
}
function startStage(stage, request, action, setting) {
    const { step } = request;
    const { list } = setting;
    // One state and one post per step of the whole job, whichever list (or composite use) it is in.
    const key = `${list.keyScope}${step.key}`;
    const state = stateOf(setting.records.states, key);
    // Steps inside a composite keep the composite step's GITHUB_ACTION (runner PR #615).
    const identity = {
        ...actionIdentity(list.caller?.stepId ?? step.id, action),
        ...(list.caller !== undefined ? { GITHUB_ACTION_PATH: list.caller.directory } : {})
    };
    const stepEnvNames = Object.keys(step.env);
    const stepEnv = Object.fromEntries(stepEnvNames.map((name) => [name, request.envContext[name] ?? '']));
    const pathPrepend = [...request.pathPrepend()];
    const entry = registerPost(stage, request, setting.records.postStages, {
        key,
        action,
        identity,
        state,
        stepEnv,
        pathPrepend
    });
    return { identity, state, stepEnvNames, pathPrepend, entry };
}
function stateOf(states, key) {
    let state = states.get(key);
    if (state === undefined) {
        state = {};
        states.set(key, state);
    }
    return state;
}
/** Registers the step's post when its action has one (runner-emulation §4.6). */
function registerPost(stage, request, registry, parts) {
    if (stageEntry(parts.action, 'post') === undefined)
        return undefined;
    // Registered from pre, the post must not read `Post Pre <name>` (ActionRunner trims it too).
    const displayName = stage === 'pre' && /^pre /i.test(request.displayName)
        ? request.displayName.slice('Pre '.length)
        : request.displayName;
    const entry = registry.register({
        displayName,
        condition: stageCondition(parts.action, 'post'),
        inputs: {},
        envContext: request.envContext,
        ...parts
    });
    // A later stage of the same step refreshes what post restores; the first start keeps its place.
    entry.envContext = request.envContext;
    entry.stepEnv = parts.stepEnv;
    entry.pathPrepend = parts.pathPrepend;
    return entry;
}
/** The header of a node or docker action's stage; a post prints `Post job cleanup.` only. */
function printActionHeader(run) {
    if (run.stage === 'post') {
        run.log.text('Post job cleanup.');
        return;
    }
    printActionDetails(run.log, run.inputs, run.headerEnvNames, run.envContext);
}
/**
 * The runner's header inside the step's group, the same for every kind of action, composite
 * included (`Handler.PrintActionDetails`): `with:` (its non-empty values, defaults included)
 * when the action has inputs, then `env:` with the listed names.
 */
function printActionDetails(log, inputs, envNames, envContext) {
    const entries = Object.entries(inputs);
    if (entries.length > 0) {
        log.text('with:');
        for (const [name, value] of entries)
            if (value !== '')
                log.text(`  ${name}: ${value}`);
    }
    if (envNames.length > 0) {
        log.text('env:');
        for (const name of envNames)
            log.text(`  ${name}: ${envContext[name] ?? ''}`);
    }
}

// EXTERNAL MODULE: ./src/runner/file-commands.ts
var file_commands = __webpack_require__(5277);
// EXTERNAL MODULE: ./src/runner/command-fence.ts
var command_fence = __webpack_require__(6121);
// EXTERNAL MODULE: ./src/runner/command-syntax.ts
var command_syntax = __webpack_require__(8327);
// EXTERNAL MODULE: ./src/runner/dotnet-text.ts
var dotnet_text = __webpack_require__(6044);
;// CONCATENATED MODULE: ./src/runner/workflow-commands.ts
/**
 * Workflow commands printed by a nested step, handled the way the runner's command manager
 * would handle them for a real step (docs/runner-emulation.md §3.4–§3.5; runner
 * `src/Runner.Worker/ActionCommandManager.cs`, `Handlers/OutputManager.cs`): one processor per
 * step run, with its echo and stop-commands state.
 *
 * Our own stdout is parsed by the OUTER runner, so nothing a nested step prints may reach it
 * unchanged if it could act on our step: commands that belong to the nested step are
 * intercepted, commands meant for the job are re-emitted in canonical form, and the caller
 * fences every printed line for which `looksLikeCommand` (command-fence.ts) is true. The line
 * syntax itself is command-syntax.ts.
 */


/** Handlers whose line is never echoed (`OmitEcho`), and whose failures name only the command. */
const OMIT_ECHO = new Set([
    'add-mask',
    'warning',
    'error',
    'notice',
    'debug'
]);
const HANDLERS_BY_FOLDED_NAME = new Map(command_syntax/* HANDLED_COMMANDS */.M5.map((name) => [(0,dotnet_text/* foldCase */.SP)(name), name]));
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
    registered = new Set(command_syntax/* DEFAULT_REGISTERED */.xn);
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
        const command = line.includes('##[') || line.includes('::') ? (0,command_syntax/* parseCommand */.RM)(line, this.registered) : undefined;
        if (command === undefined)
            return [print(line)];
        if (this.stopToken !== undefined)
            return this.processWhileStopped(line, command);
        if ((0,dotnet_text/* foldCase */.SP)(command.name) === (0,dotnet_text/* foldCase */.SP)(command_syntax/* STOP_COMMANDS */.Ke))
            return this.stopCommands(line, command);
        const handler = HANDLERS_BY_FOLDED_NAME.get((0,dotnet_text/* foldCase */.SP)(command.name));
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
        if (token !== '' && (0,dotnet_text/* foldCase */.SP)(command.name) === (0,dotnet_text/* foldCase */.SP)(token)) {
            this.registered.delete((0,dotnet_text/* foldCase */.SP)(token));
            this.stopToken = undefined;
        }
        return [print(line)];
    }
    stopCommands(line, command) {
        const token = command.data;
        const refused = token === '' ||
            (0,dotnet_text/* foldCase */.SP)(token) === (0,dotnet_text/* foldCase */.SP)('pause-logging') ||
            this.registered.has((0,dotnet_text/* foldCase */.SP)(token));
        if (refused && !this.options.allowUnsecureStopTokens) {
            // The runner throws here, out of its output loop: the step fails and the line is not shown.
            this.options.effects.fail(MESSAGES.stopTokenRefused);
            return [];
        }
        this.stopToken = token;
        this.registered.add((0,dotnet_text/* foldCase */.SP)(token));
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
            case 'set-env':
                return this.setEnv(command);
            case 'add-path':
                this.addPath(command.data);
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
    /** `NODE_OPTIONS` is refused with an error annotation, the step goes on (runner-emulation §3.5). */
    setEnv(command) {
        this.requireUnsecureCommands('set-env');
        const name = requiredName(command, 'set-env');
        if ((0,dotnet_text/* foldCase */.SP)(name) === (0,dotnet_text/* foldCase */.SP)('NODE_OPTIONS')) {
            return [forward('error', [], MESSAGES.nodeOptionsRefused)];
        }
        this.options.effects.setEnv(name, command.data);
        return [];
    }
    addPath(path) {
        this.requireUnsecureCommands('add-path');
        if (path === '')
            throw new CommandFailure(MESSAGES.valueMissing('path'));
        this.options.effects.addPath(path);
    }
    requireUnsecureCommands(handler) {
        if (!this.options.allowUnsecureCommands) {
            throw new CommandFailure(MESSAGES.commandDisabled(handler));
        }
    }
    addMask(value) {
        if ((0,dotnet_text/* trimWhitespace */.m)(value) === '')
            return [forward('warning', [], MESSAGES.emptyMask)];
        const actions = [{ kind: 'mask', value }];
        // The runner also masks every trimmed line, since child output arrives line by line.
        const lines = new Set(value.split(/[\r\n]/).map(dotnet_text/* trimWhitespace */.m));
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
        switch ((0,dotnet_text/* trimWhitespace */.m)(value).toUpperCase()) {
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
/** Whether set-env/add-path are enabled: the worker's variable first, then the env context (`bool.TryParse`). */
function unsecureCommandsAllowed(workerValue, envContextValue) {
    const isTrue = (value) => value !== undefined && (0,dotnet_text/* trimWhitespace */.m)(value).toLowerCase() === 'true';
    return isTrue(workerValue) || isTrue(envContextValue);
}
/** Whether refused stop tokens are allowed anyway: worker variable, then env context (`StringUtil.ConvertToBoolean`). */
function unsecureStopTokensAllowed(workerValue, envContextValue) {
    const isTrue = (value) => value !== undefined && ['1', 'true', '$true'].includes(value.toLowerCase());
    return isTrue(workerValue) || isTrue(envContextValue);
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
    return { kind: 'forward', command: (0,command_syntax/* formatCommand */.fE)(name, Object.fromEntries(safe), message) };
}
function requiredName(command, handler) {
    const name = command.properties.find(([key]) => (0,dotnet_text/* foldCase */.SP)(key) === 'NAME')?.[1] ?? '';
    if (name === '')
        throw new CommandFailure(MESSAGES.nameMissing(handler));
    return name;
}

;// CONCATENATED MODULE: ./src/executors/command-collector.ts



class CommandCollector {
    log;
    run;
    outputs = [];
    env = [];
    path = [];
    state = [];
    /** Set when a command failed the step (e.g. a disabled `set-env`). */
    failed = false;
    processor;
    constructor(log, processEnv, 
    /** The run's services a step's process and files go through. */
    run) {
        this.log = log;
        this.run = run;
        this.processor = new WorkflowCommandProcessor({
            // The runner reads these opt-ins from its own variables and the env context, both of
            // which reach us as the step's environment; each with the runner's own parsing (§3.4).
            allowUnsecureCommands: unsecureCommandsAllowed(undefined, processEnv.ACTIONS_ALLOW_UNSECURE_COMMANDS),
            allowUnsecureStopTokens: unsecureStopTokensAllowed(undefined, processEnv.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS),
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
        if (!(0,command_fence/* bytesMayHoldCommand */.Z)(block))
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
    /** Runs the step's process in the run's registry, its stdout and stderr going through this collector. */
    async spawn(request) {
        return this.run.processes.run({
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
     * files go back to the run's pool, which reuses them only when nothing of the step can write
     * to them any more.
     */
    async complete(files, outcome, processFailed) {
        const commands = await (0,file_commands/* readFileCommands */.Df)(files);
        this.run.fileCommands.release(files, outcome);
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

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(7187);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(8701);
;// CONCATENATED MODULE: ./src/executors/docker-cli.ts
/**
 * The docker CLI a docker action runs with, and whether its daemon answers
 * (docs/runner-emulation.md §4.9; runner `Container/DockerCommandManager.cs`, which locates
 * `docker` once with `WhichUtil.Which("docker", true)` and runs every docker command through
 * that path). Both are one-shot tool calls, so they go through `@actions/io` and
 * `@actions/exec` (docs/architecture.md). `docker pull`, `docker build` and `docker run` stay on our own
 * process layer (src/runner/process.ts): cancelling the step must stop them, and
 * `@actions/exec` can neither signal the process it starts nor hand out its child.
 */



/** How long the daemon probe may take before we call the daemon unreachable. */
const DAEMON_PROBE_TIMEOUT_MS = 15_000;
/**
 * Locates `docker` and asks its daemon for its version (`docker version`), with `env` and `cwd`
 * as the docker CLI's environment and folder.
 */
async function locateDockerCli(env, cwd, timeoutMs = DAEMON_PROBE_TIMEOUT_MS) {
    // io.which searches our own process's PATH, as WhichUtil searches the runner's: the docker
    // CLI is the machine's, not a step's (no GITHUB_PATH prepends, unlike a `shell:`).
    const file = await io/* which */.K7('docker');
    const reason = file === '' ? 'not found on PATH' : await daemonProblem(file, env, cwd, timeoutMs);
    return reason === undefined
        ? { path: file }
        : {
            problem: `Docker actions need a Docker daemon, and none is reachable here (docker: ${reason})`
        };
}
/** Why `docker version` gives no server version; undefined when the daemon answered. */
async function daemonProblem(file, env, cwd, timeoutMs) {
    // @actions/exec takes a command line and splits it at spaces outside double quotes.
    const probe = exec/* getExecOutput */.H(`"${file.replaceAll('"', '\\"')}"`, ['version', '--format', '{{.Server.Version}}'], 
    // `delay`: a grandchild holding the pipes after docker exited is waited for 1 s only.
    { cwd, env, silent: true, ignoreReturnCode: true, delay: 1000 });
    // @actions/exec has no timeout and no handle to stop the process with, so the answer is
    // raced against a timer. A probe past it is left to end by itself: it holds no lock, our
    // entries end with process.exit, and the runner's orphan clean-up ends it with the job.
    let timer;
    const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    let output;
    try {
        output = await Promise.race([probe, timedOut]);
    }
    catch (error) {
        return (0,src_errors/* errorText */.kc)(error); // could not start (permissions, a vanished file, a missing cwd)
    }
    finally {
        clearTimeout(timer);
    }
    if (output === undefined)
        return `no answer within ${timeoutMs / 1000} s`;
    if (output.exitCode === 0 && output.stdout.trim() !== '')
        return undefined;
    const firstLine = output.stderr
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line !== '');
    return firstLine ?? `exit code ${output.exitCode}`;
}

;// CONCATENATED MODULE: ./src/runner/shell.ts
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
/**
 * Resolves `shell:` (or the default), writes the script to `$RUNNER_TEMP/<uuid><ext>`, and returns
 * argv. The lookups and the write go through the run's `cache` (shell-cache.ts).
 */
async function prepareShell(options, cache) {
    const searchPath = [...options.pathPrepend, ...options.envPath.split((external_node_path_default()).delimiter)];
    const { shellName, command, format } = resolveShell(options.shell, searchPath, cache);
    if (!format.includes('{0}'))
        throw new Error(INVALID_SHELL_MESSAGE);
    const extension = SCRIPT_EXTENSIONS.get(shellName.toLowerCase()) ?? '';
    const scriptPath = cache.writeScript(options.runnerTemp, extension, fixUpScript(shellName, options.script));
    const args = splitCommandLine(formatWithPath(format, scriptPath.replaceAll('"', '\\"')));
    return Promise.resolve({ command, args, scriptPath, display: `${command} ${format}` });
}
/** The runner's shell name (which picks extension and fix-ups), executable and argument format. */
function resolveShell(shell, searchPath, cache) {
    if (shell === undefined || shell === '') {
        // No shell: named `sh` with `-e {0}`, but run by bash when there is one.
        const command = cache.which('bash', searchPath) ?? requireCommand('sh', searchPath, cache);
        return { shellName: 'sh', command, format: builtInFormat('sh') };
    }
    // Split on the first space only; the rest is the format string.
    const space = shell.indexOf(' ');
    const shellName = space === -1 ? shell : shell.slice(0, space);
    // An empty name (a leading space) can name no executable; the runner fails on it too.
    if (shellName === '')
        throw new Error(INVALID_SHELL_MESSAGE);
    const command = requireCommand(shellName, searchPath, cache);
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
function requireCommand(command, searchPath, cache) {
    const found = cache.which(command, searchPath);
    // WhichUtil's FileNotFoundException text.
    if (found === undefined)
        throw new Error(`${command}: command not found`);
    return found;
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
        const [arg, end] = readArgument(line, index);
        args.push(arg);
        index = end;
    }
    return args;
}
/** One argument from `start` up to a separator outside quotes: the argument and where it ended. */
function readArgument(line, start) {
    let arg = '';
    let quoted = false;
    let index = start;
    while (index < line.length) {
        const char = line[index];
        if (char === '\\') {
            const [text, next] = readBackslashes(line, index);
            arg += text;
            index = next;
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
    return [arg, index];
}
/**
 * A run of backslashes from `start`: literal unless a quote follows. 2n backslashes + quote:
 * n backslashes, then the quote acts as a quote. 2n+1 backslashes + quote: n backslashes and a
 * literal quote.
 */
function readBackslashes(line, start) {
    let index = start;
    while (line[index] === '\\')
        index += 1;
    const count = index - start;
    if (line[index] !== '"')
        return ['\\'.repeat(count), index];
    if (count % 2 === 1)
        return ['\\'.repeat(count >> 1) + '"', index + 1];
    return ['\\'.repeat(count >> 1), index];
}
function isSeparator(char) {
    return char === ' ' || char === '\t';
}

;// CONCATENATED MODULE: ./src/executors/docker-run.ts
/**
 * What a Docker action's `docker run` is made of, as the runner makes it (docs/runner-emulation.md
 * §4.9; runner `Handlers/ContainerActionHandler.cs`, `Container/DockerCommandManager.cs`,
 * `Container/ContainerInfo.cs`): the argv in the runner's option order, the mounts and the path
 * translation both ways, the container's environment, `runs.args`/`runs.env` evaluated with the
 * `inputs` context. Pure functions: docker-action.ts runs them.
 */








/** Runtime variables a container action receives (§1.2); `run:` steps get only the OIDC pair. */
const DOCKER_RUNTIME_VARIABLES = [
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_MODE',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
];
/**
 * Variables of the worker's own session that the runner's env context never holds. Our env
 * context is approximated from our process env (§1.5), so these must not reach a container.
 */
const SESSION_VARIABLES = new Set([
    'HOSTNAME',
    'SHLVL',
    'USER',
    'LOGNAME',
    'TERM',
    'MAIL',
    'LANG',
    'LANGUAGE',
    'LC_ALL'
]);
const CONTAINER_WORKSPACE = '/github/workspace';
/** The `docker run` argv in the runner's exact option order (DockerCommandManager.DockerRun). */
function dockerRunArguments(spec) {
    const args = ['run', '--name', spec.name, '--label', spec.label];
    args.push('--workdir', CONTAINER_WORKSPACE, '--rm');
    for (const name of Object.keys(spec.env))
        args.push('-e', name);
    args.push('-e', 'GITHUB_ACTIONS=true');
    if (!Object.hasOwn(spec.env, 'CI'))
        args.push('-e', 'CI=true');
    if (spec.entrypoint)
        args.push('--entrypoint', spec.entrypoint);
    if (spec.network)
        args.push('--network', spec.network);
    for (const [host, container] of spec.mounts)
        args.push('-v', `${host}:${container}`);
    args.push(spec.image, ...spec.args);
    return args;
}
/**
 * The runner's mounts, in `docker run` order. Path translation checks them most specific first
 * (workspace, file commands, workflow, home, then all of RUNNER_TEMP): see `translationOrder`.
 */
function containerMounts(runnerTemp, workspace) {
    return [
        ['/var/run/docker.sock', '/var/run/docker.sock'],
        [runnerTemp, '/github/runner_temp'],
        [external_node_path_.join(runnerTemp, '_github_home'), '/github/home'],
        [external_node_path_.join(runnerTemp, '_github_workflow'), '/github/workflow'],
        [external_node_path_.join(runnerTemp, file_commands/* FILE_COMMANDS_FOLDER */.Jf), '/github/file_commands'],
        [workspace, CONTAINER_WORKSPACE]
    ];
}
/** TranslateToContainerPath: a value equal to a mounted folder, or inside it, gets the container path. */
function toContainerPath(value, mounts) {
    for (const [host, container] of translationOrder(mounts)) {
        if (value === host)
            return container;
        if (value.startsWith(`${host}/`))
            return container + value.slice(host.length);
    }
    return value;
}
/** TranslateToHostPath: the reverse, for annotation and matcher paths printed in the container. */
function toHostPath(value, mounts) {
    for (const [host, container] of translationOrder(mounts)) {
        if (value === container)
            return host;
        if (value.startsWith(`${container}/`))
            return host + value.slice(container.length);
    }
    return value;
}
/** An image is a Dockerfile when its last segment starts with `Dockerfile.` or ends with `Dockerfile`. */
function isDockerfile(image) {
    const last = (image.split(/[\\/]/).pop() ?? '').toLowerCase();
    return last.startsWith('dockerfile.') || last.endsWith('dockerfile');
}
/** NameValidation.Sanitize: keeps letters and `_`, and digits once something was kept. */
function sanitizeContainerName(name) {
    let result = '';
    for (const char of name) {
        if (/[A-Za-z_]/.test(char) || (/[0-9]/.test(char) && result.length > 0))
            result += char;
    }
    return result;
}
/** The label on our images and containers: the runner hashes its `.runner` file; we hash RUNNER_TEMP. */
function dockerInstanceLabel(runnerTemp) {
    return (0,external_node_crypto_.createHash)('sha256').update(runnerTemp).digest('hex').slice(0, 6);
}
/**
 * Container arguments: `runs.args` items evaluated with the `inputs` context and each quoted as
 * the runner does (`"item"`, `"` → `\"`), else the `args` input verbatim; either way the line is
 * then split with .NET's rules, as the runner's single argument string is.
 */
function containerArguments(action, inputs, workspace) {
    const runs = action.manifest.runs;
    if (runs.using === 'docker' && runs.args !== undefined) {
        const scope = inputsOnlyScope(inputs, workspace);
        const line = runs.args
            .map((item, index) => evaluateString(item, scope, `runs.args[${index}]`))
            .map((item) => ` "${item.replaceAll('"', '\\"')}"`)
            .join('');
        return splitCommandLine(line);
    }
    return splitCommandLine(inputValue(inputs, 'args') ?? '');
}
/**
 * The container's environment, in the runner's order: env context, STATE_*, INPUT_*,
 * `runs.env` where not already set, HOME, GITHUB_* and RUNNER_*, runtime variables; then every
 * value translated to container paths. No PATH prepend: the container keeps its own PATH.
 */
function containerEnvironment(run, runsEnv, files, mounts, host) {
    const base = host.baseEnv;
    const env = {};
    for (const [name, value] of Object.entries(run.envContext)) {
        if (!isWorkerOnly(name, value, run, mounts, host.baseEnv))
            env[name] = value;
    }
    Object.assign(env, stateVariables(run.state), inputVariables(run.inputs));
    for (const [name, value] of Object.entries(runsEnv)) {
        // `runs.env` never overrides the workflow's env (the runner's ContainsKey check).
        if (!Object.hasOwn(env, name))
            env[name] = value;
    }
    env.HOME = external_node_path_.join(host.runnerTemp, '_github_home');
    for (const name of CONTEXT_VARIABLE_NAMES) {
        const value = base[name];
        if (value !== undefined && name !== 'GITHUB_ACTION_PATH')
            env[name] = value;
    }
    Object.assign(env, run.identity, files);
    for (const name of DOCKER_RUNTIME_VARIABLES) {
        const value = base[name];
        if (value !== undefined)
            env[name] = value;
    }
    for (const name of Object.keys(env))
        env[name] = toContainerPath(env[name], mounts);
    return env;
}
/**
 * Whether an env-context entry is really the worker's own environment, which the runner never
 * passes into a container. Kept: the step's own `env:`, anything the job changed (GITHUB_ENV,
 * workflow values differing from ours), and inherited values that mean something inside the
 * container. Dropped: session variables, the runner's own `CI`/`GITHUB_ACTIONS` watermarks,
 * and inherited absolute host paths outside every mount (PATH, JAVA_HOME, tool folders…),
 * which would break the image. A workflow env value that is such a path is dropped too: the
 * price of not knowing the real env context.
 */
function isWorkerOnly(name, value, run, mounts, baseEnv) {
    if (run.stepEnvNames.includes(name) || baseEnv[name] !== value)
        return false;
    if (name === 'CI' || name === 'GITHUB_ACTIONS')
        return value === 'true';
    if (SESSION_VARIABLES.has(name))
        return true;
    return external_node_path_.isAbsolute(value) && toContainerPath(value, mounts) === value;
}
/** Most specific first: the runner inserts each mapping at the front, RUNNER_TEMP as a whole last. */
function translationOrder(mounts) {
    // `containerMounts` lists them in mount order, the reverse of the lookup order.
    return mounts.filter(([host, container]) => host !== container).reverse();
}
/** A log that rewrites container paths in forwarded annotations and matchers to host paths. */
class ContainerPathsLog {
    log;
    mounts;
    constructor(log, mounts) {
        this.log = log;
        this.mounts = mounts;
    }
    text(line) {
        this.log.text(line);
    }
    /** Plain lines in bulk (the log layer's flood path), passed through untouched. */
    textBytes(block) {
        this.log.textBytes(block);
    }
    command(line) {
        this.log.command(hostPathsInCommand(line, this.mounts));
    }
    error(message) {
        this.log.error(message);
    }
    warning(message) {
        this.log.warning(message);
    }
    mask(value) {
        this.log.mask(value);
    }
    end(title) {
        this.log.end(title);
    }
}
function hostPathsInCommand(line, mounts) {
    const command = (0,command_syntax/* parseWorkflowCommand */.Q8)(line);
    if (command === undefined)
        return line;
    const name = command.name.toLowerCase();
    const properties = Object.fromEntries(command.properties);
    if (name === 'add-matcher') {
        return (0,command_syntax/* formatCommand */.fE)(command.name, properties, toHostPath(command.data, mounts));
    }
    if (name !== 'error' && name !== 'warning' && name !== 'notice')
        return line;
    const fileKey = Object.keys(properties).find((key) => key.toLowerCase() === 'file');
    if (fileKey === undefined)
        return line;
    properties[fileKey] = toHostPath(properties[fileKey], mounts);
    return (0,command_syntax/* formatCommand */.fE)(command.name, properties, command.data);
}
/** `runs.env`, evaluated with the `inputs` context only (§4.4). */
function evaluateRunsEnv(templates, inputs, workspace) {
    const scope = inputsOnlyScope(inputs, workspace);
    const env = {};
    for (const [name, template] of Object.entries(templates)) {
        env[name] = evaluateString(template, scope, `runs.env.${name}`);
    }
    return env;
}
/**
 * `runs.args` and `runs.env` may use only `inputs`; the other contexts are empty here, so a
 * reference to them reads '' rather than failing as the runner's schema check would.
 */
function inputsOnlyScope(inputs, workspace) {
    return {
        contexts: {
            github: {},
            runner: {},
            env: {},
            steps: {},
            job: {},
            strategy: {},
            matrix: {},
            secrets: {},
            vars: {},
            inputs
        },
        status: 'success',
        cancelled: false,
        workspace
    };
}
/** Inputs are case-insensitive (`Inputs.GetValueOrDefault("entryPoint")`). */
function inputValue(inputs, name) {
    const key = Object.keys(inputs).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : inputs[key];
}
/** The runner's `##[command]` line (shown highlighted; only names of env values appear in it). */
/** The runner's echo of a docker command: the located CLI, then the arguments. */
function commandLine(file, args) {
    const shown = args.map((arg) => (arg === '' || /[\s"]/.test(arg) ? JSON.stringify(arg) : arg));
    return `##[command]${file} ${shown.join(' ')}`;
}
function exitCodeOf(outcome) {
    return outcome.exitCode ?? (outcome.spawnError !== undefined ? 1 : 128);
}
/** §4.8 — container actions run on Linux runners only, with the runner's message elsewhere. */
function containerPlatformProblem(platform) {
    return platform === 'linux' ? undefined : 'Container action is only supported on Linux';
}

;// CONCATENATED MODULE: ./src/executors/docker-action.ts
/**
 * Docker actions: `uses: docker://image` and `runs.using: docker` with a `docker://` image or a
 * Dockerfile (docs/runner-emulation.md §4.9; runner `Handlers/ContainerActionHandler.cs`).
 *
 * The `docker run` line is the runner's, option for option (docker-run.ts). Every docker command
 * runs through the CLI located once per run; without it, or without a reachable daemon, the step
 * fails at once with a clear message instead of hanging (docker-cli.ts). Pull and build run on our
 * own process layer, not @actions/exec: a cancelled step must stop them, which exec cannot.
 */











/**
 * Runs the stages of Docker actions, pre, main and post alike. One per run: it keeps the located
 * CLI and its daemon probe, and the pulls (an image is pulled once per run, as the runner pulls at
 * job setup).
 */
class DockerStageRunner {
    context;
    network;
    cli;
    pulls = new Map();
    retryDelayMs;
    constructor(context, 
    /** `job.container.network`, when known: containers then join it (`--network`). */
    network, 
    /** The pause before another pull or build attempt; the runner's random 1–10 s by default. */
    options = {}) {
        this.context = context;
        this.network = network;
        this.retryDelayMs = options.retryDelayMs ?? (() => 1000 + Math.random() * 9000);
    }
    /** Runs one stage of a docker action: daemon check, image, `docker run`, file commands. */
    async runStage(run) {
        const { log, action } = run;
        const runs = action.manifest.runs;
        if (runs.using !== 'docker') {
            log.error(`'${action.uses}' is not a Docker container action.`);
            return executor_emptyExecution('Failed');
        }
        printActionHeader(run);
        const cli = await this.usableCli();
        if ('problem' in cli) {
            log.error(cli.problem);
            return executor_emptyExecution('Failed');
        }
        const mounts = containerMounts(this.context.runnerTemp, this.context.workspace);
        let container;
        try {
            container = {
                image: await this.prepareImage(run, runs.image, cli.path),
                args: containerArguments(action, run.inputs, this.context.workspace),
                runsEnv: evaluateRunsEnv(runs.env ?? {}, run.inputs, this.context.workspace)
            };
        }
        catch (error) {
            log.error((0,src_errors/* errorText */.kc)(error));
            return executor_emptyExecution('Failed');
        }
        // The runner creates the home folder and expects the workflow folder; we make sure of both.
        await (0,promises_.mkdir)(external_node_path_.join(this.context.runnerTemp, '_github_home'), { recursive: true });
        await (0,promises_.mkdir)(external_node_path_.join(this.context.runnerTemp, '_github_workflow'), { recursive: true });
        const env = containerEnvironment(run, container.runsEnv, run.files.files, mounts, this.context);
        const cliEnv = { ...this.helperEnvironment(), ...env };
        const collector = new CommandCollector(new ContainerPathsLog(log, mounts), cliEnv, this.context);
        const runArguments = dockerRunArguments({
            name: `${sanitizeContainerName(container.image)}_${(0,external_node_crypto_.randomUUID)().replaceAll('-', '').slice(0, 6)}`,
            label: dockerInstanceLabel(this.context.runnerTemp),
            env,
            // main: runs.entrypoint, else the `entryPoint` input; pre/post: their own entrypoints.
            entrypoint: stageEntry(action, run.stage) ??
                (run.stage === 'main' ? inputValue(run.inputs, 'entryPoint') : undefined),
            network: this.network,
            mounts,
            image: container.image,
            args: container.args
        });
        log.text(commandLine(cli.path, runArguments));
        const outcome = await collector.spawn({
            file: cli.path,
            args: runArguments,
            cwd: this.context.workspace,
            env: cliEnv,
            cancelSignal: run.cancelSignal,
            killSignal: run.killSignal
        });
        return collector.completeAction(run.files, outcome);
    }
    /** The located docker CLI with a reachable daemon, on a platform that runs containers (§4.8). */
    async usableCli() {
        const unsupported = containerPlatformProblem(process.platform);
        if (unsupported !== undefined)
            return { problem: unsupported };
        return this.dockerCli();
    }
    /**
     * The image to run: a `docker://` image (pulled once per run, as the runner pulls at job setup;
     * a local action's image is left to `docker run`), or a Dockerfile built for this stage.
     */
    async prepareImage(run, image, cli) {
        const { action, log } = run;
        if (/^docker:\/\//i.test(image)) {
            const name = image.slice('docker://'.length);
            if (action.reference.kind !== 'local') {
                let pull = this.pulls.get(name);
                if (pull === undefined) {
                    pull = this.withRetries('pull', run, async () => this.docker(cli, ['pull', name], this.context.workspace, log, run));
                    this.pulls.set(name, pull);
                }
                const code = await pull;
                if (code !== 0)
                    throw new Error(`Docker pull failed with exit code ${code}`);
            }
            return name;
        }
        if (!isDockerfile(image)) {
            throw new Error(`'${image}' should be either '[path]/Dockerfile' or 'docker://image[:tag]'.`);
        }
        const dockerfile = external_node_path_.join(action.directory, image);
        if (!(0,external_node_fs_.existsSync)(dockerfile))
            throw new Error(`File not found: '${dockerfile}'`);
        const tag = `${dockerInstanceLabel(this.context.runnerTemp)}:${(0,external_node_crypto_.randomUUID)().replaceAll('-', '')}`;
        log.text('Building docker image');
        log.text(`Dockerfile for action: '${dockerfile}'.`);
        const code = await this.withRetries('build', run, async () => this.docker(cli, ['build', '-t', tag, '-f', dockerfile, external_node_path_.dirname(dockerfile)], action.repositoryDirectory ?? this.context.workspace, log, run));
        if (code !== 0)
            throw new Error(`Docker build failed with exit code ${code}`);
        return tag;
    }
    /**
     * §4.9 — the runner tries a pull or a build up to 3 times, with a random 1–10 s pause and its
     * log line between attempts; a cancelled step is not tried again.
     */
    async withRetries(what, run, attempt) {
        for (let made = 1;; made++) {
            const code = await attempt();
            if (code === 0 || made === 3 || run.cancelSignal?.aborted)
                return code;
            const delayMs = this.retryDelayMs();
            run.log.text(`Docker ${what} failed with exit code ${code}, back off ${(delayMs / 1000).toFixed(3)} seconds before retry.`);
            await (0,external_node_timers_promises_.setTimeout)(delayMs, undefined, { signal: run.cancelSignal }).catch(() => undefined);
            if (run.cancelSignal?.aborted)
                return code;
        }
    }
    /**
     * `docker pull` or `docker build`, its output to the step log as plain text. Our own process
     * layer, not @actions/exec: a cancelled step must stop it (signals), which exec cannot.
     */
    async docker(file, args, cwd, log, signals) {
        log.text(commandLine(file, args));
        const outcome = await this.context.processes.run({
            file,
            args,
            cwd,
            env: this.helperEnvironment(),
            cancelSignal: signals.cancelSignal,
            killSignal: signals.killSignal,
            onLine: (line) => log.text(line)
        });
        if (outcome.spawnError !== undefined)
            log.error(outcome.spawnError);
        return exitCodeOf(outcome);
    }
    async dockerCli() {
        this.cli ??= locateDockerCli(this.helperEnvironment(), this.context.workspace);
        return this.cli;
    }
    /** Our process env without our own inputs and state: the docker CLI's base environment. */
    helperEnvironment() {
        const env = {};
        for (const [name, value] of Object.entries(this.context.baseEnv)) {
            if (value !== undefined && !name.startsWith('INPUT_') && !name.startsWith('STATE_')) {
                env[name] = value;
            }
        }
        return env;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/runner/environment.ts
/**
 * The environment a nested step's process receives (docs/runner-emulation.md §1.1, §1.5;
 * docs/semantics.md §4.1). Later layers win.
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
    for (const name of CONTEXT_VARIABLE_NAMES) {
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

// EXTERNAL MODULE: ./src/report/step-header.ts
var step_header = __webpack_require__(2718);
;// CONCATENATED MODULE: ./src/executors/run-step.ts
/**
 * `run:` steps (docs/runner-emulation.md §2): shell template, script file under RUNNER_TEMP,
 * working directory, per-step file commands, workflow commands in stdout and stderr.
 */










/** Runs `run:` steps. */
class RunStepExecutor {
    run;
    list;
    constructor(run, list) {
        this.run = run;
        this.list = list;
    }
    async execute(request) {
        const { log } = request;
        // Made first: the step's own files are in its `github` context (github.output …).
        const files = this.run.fileCommands.create();
        // Read once (R7): the shell is looked up, and the process started, with the same entries.
        const pathPrepend = request.pathPrepend();
        let evaluated;
        let shell;
        try {
            evaluated = this.evaluate(request, files);
            shell = await prepareShell({
                shell: evaluated.shell || undefined,
                script: evaluated.script,
                runnerTemp: this.run.runnerTemp,
                pathPrepend: [...pathPrepend].reverse(),
                envPath: this.run.baseEnv.PATH ?? ''
            }, this.run.shellCache);
        }
        catch (error) {
            log.error((0,src_errors/* errorText */.kc)(error));
            return executor_emptyExecution('Failed');
        }
        printHeader(request, evaluated.script, shell.display, this.run.colour ?? true);
        const env = buildStepEnvironment({
            base: this.run.baseEnv,
            envContext: request.envContext,
            pathPrepend,
            identity: {
                GITHUB_ACTION: this.githubAction(request.step),
                GITHUB_ACTION_PATH: this.list.caller?.directory,
                files: files.files
            },
            kind: 'run'
        });
        const collector = new CommandCollector(log, env, this.run);
        const outcome = await collector.spawn({
            file: shell.command,
            args: shell.args,
            cwd: external_node_path_.resolve(this.run.workspace, evaluated.workingDirectory ?? ''),
            env,
            cancelSignal: request.cancelSignal,
            killSignal: request.killSignal
        });
        return collector.complete(files, outcome, processFailed(outcome, log));
    }
    /** Inside a composite, the composite step's id (runner PR #615); the step's own otherwise. */
    githubAction(step) {
        return this.list.caller?.stepId ?? step.id;
    }
    /** R7: `run:`, `shell:` and `working-directory:` against the steps context of this moment. */
    evaluate(request, files) {
        const { step } = request;
        const scope = withStepGithub(request.scope(), {
            action: this.githubAction(step),
            ...fileCommandGithub(files.files)
        });
        const defaults = this.list.defaults;
        return {
            script: evaluateString(step.run, scope, 'run'),
            shell: step.shell !== undefined ? evaluateString(step.shell, scope, 'shell') : defaults.shell,
            workingDirectory: step.workingDirectory !== undefined
                ? evaluateString(step.workingDirectory, scope, 'working-directory')
                : defaults.workingDirectory
        };
    }
}
/** Whether the process failed the step; the runner's exit-code error is logged (§2.6). */
function processFailed(outcome, log) {
    if (outcome.spawnError !== undefined) {
        log.error(outcome.spawnError);
        return true;
    }
    const code = outcome.exitCode ?? 128 + signalNumber(outcome.signal);
    if (code === 0)
        return false;
    // R11.2: a step cancelled by us gets no exit-code error; the engine reports it Canceled.
    if (!outcome.cancelled)
        log.error(`Process completed with exit code ${code}.`);
    return true;
}
/**
 * The runner's header for a run step (`PrintActionDetails`): the script in cyan (plain under
 * NO_COLOR), the shell, the env.
 */
function printHeader(request, script, shellDisplay, colour) {
    const { log } = request;
    for (const line of script.replace(/\n$/, '').split('\n'))
        log.text((0,step_header/* scriptEcho */.rG)(line, colour));
    log.text(`shell: ${shellDisplay}`);
    if (request.headerEnvNames.length > 0) {
        log.text('env:');
        for (const name of request.headerEnvNames) {
            log.text(`  ${name}: ${request.envContext[name] ?? ''}`);
        }
    }
}
function signalNumber(signal) {
    return signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0;
}

;// CONCATENATED MODULE: ./src/executors/index.ts



/** The executors of one list's steps. */
function createStepExecutors(run, list, usesExecutor) {
    return { run: new RunStepExecutor(run, list), uses: usesExecutor(list) };
}
/**
 * The `uses:` executor of a run whose list names no action; it is never asked (a `uses:` step
 * loads the support), and fails the step with the catalog's message if it were.
 */
const noActionExecutor = (list) => {
    const fail = async (request) => {
        try {
            list.actions.get(request.step.uses);
        }
        catch (error) {
            request.log.error(errorText(error));
        }
        return Promise.resolve(emptyExecution('Failed'));
    };
    return { execute: fail, runStage: async (_stage, request) => fail(request) };
};

// EXTERNAL MODULE: ./src/runner/node-runtime.ts
var node_runtime = __webpack_require__(7177);
;// CONCATENATED MODULE: ./src/executors/node-action.ts
/**
 * JavaScript (node) actions (docs/runner-emulation.md §4.5; runner
 * `Handlers/NodeScriptActionHandler.cs`): `<node> <actionDir>/<entry>`, the node picked as the
 * runner picks it (`runner/node-runtime.ts`), with the workspace as working directory,
 * `INPUT_*` and `STATE_*` over the env context, the runtime variables kept,
 * per-stage file commands, workflow commands in stdout and stderr.
 */








/** The runner of node action stages (`runs.using: node12|16|20|24`), pre, main and post alike. */
function nodeStageRunner(context) {
    return async (run) => runNodeStage(context, run);
}
/** Runs one stage of a node action and reads its file commands after it exits. */
async function runNodeStage(context, run) {
    const { log, action } = run;
    if (!action.manifest.runs.using.startsWith('node')) {
        log.error(`'${action.uses}' is not a JavaScript action.`);
        return executor_emptyExecution('Failed');
    }
    // Picked in every stage, post included, as the runner's HandlerFactory does (§4.5).
    const node = (0,node_runtime/* selectNode */.XL)(action.manifest.runs.using, run.envContext, context.baseEnv, context.nodeRuntime);
    for (const warning of node.warnings)
        log.warning(warning);
    printActionHeader(run);
    if (node.note !== undefined)
        log.text(node.note);
    const entry = stageEntry(action, run.stage);
    if (entry === undefined) {
        // ArgUtil.NotNullOrEmpty(target) in the handler.
        log.error("Value cannot be null. (Parameter 'target')");
        return executor_emptyExecution('Failed');
    }
    const target = external_node_path_.join(action.directory, entry);
    if (!(0,external_node_fs_.existsSync)(target)) {
        log.error(`File not found: '${target}'`);
        return executor_emptyExecution('Failed');
    }
    const env = buildStepEnvironment({
        base: context.baseEnv,
        envContext: run.envContext,
        pathPrepend: run.pathPrepend,
        identity: { ...run.identity, files: run.files.files },
        kind: 'node',
        extra: { ...stateVariables(run.state), ...inputVariables(run.inputs) }
    });
    const collector = new CommandCollector(log, env, context);
    const outcome = await collector.spawn({
        file: node.file,
        args: [...nodeFlags(node.version, env), target],
        cwd: context.workspace,
        env,
        cancelSignal: run.cancelSignal,
        killSignal: run.killSignal
    });
    return collector.completeAction(run.files, outcome);
}
/**
 * The runner's flags for the node it starts (§4.5): `--no-maglev` when the binary that runs is
 * node24 and `ACTIONS_RUNNER_DISABLE_NODE_MAGLEV` is true (a workaround for V8 Maglev crashes).
 * `version` is the node that runs, not `runs.using`: a node20 action forced to node24 gets it.
 */
function nodeFlags(version, env) {
    return version === 'node24' && (0,node_runtime/* runnerBoolean */.fH)(env.ACTIONS_RUNNER_DISABLE_NODE_MAGLEV)
        ? ['--no-maglev']
        : [];
}

;// CONCATENATED MODULE: ./src/catalog/reference.ts
const DOCKER_PREFIX = 'docker://';
/** Parses a `uses:` value: `docker://image`, `./path` (or `.\path`), or `owner/repo[/path]@ref`. */
function parseReference(uses) {
    // The runner compares the prefixes ordinally (case-sensitive).
    if (uses.startsWith(DOCKER_PREFIX)) {
        const image = uses.slice(DOCKER_PREFIX.length);
        // The runner would hand an empty image to `docker pull`; say so before anything runs.
        if (image === '')
            throw new Error(`Expected format docker://{image}[:tag]. Actual '${uses}'`);
        return { kind: 'docker', image };
    }
    if (uses.startsWith('./') || uses.startsWith('.\\'))
        return { kind: 'local', path: uses };
    const parts = uses.split('@');
    const segments = (parts[0] ?? '').split(/[/\\]/).filter((segment) => segment !== '');
    const ref = parts.length === 2 ? parts[1] : '';
    if (parts.length !== 2 || segments.length < 2 || ref === '') {
        throw new Error(`Expected format {org}/{repo}[/path]@ref. Actual '${uses}'`);
    }
    const [owner, repo, ...rest] = segments;
    return { kind: 'remote', owner, repo, path: rest.join('/'), ref };
}
/** `owner/repo[/path]@ref`, the way the runner names a repository action in its messages. */
function describeRemote(reference) {
    const name = reference.path
        ? `${reference.owner}/${reference.repo}/${reference.path}`
        : `${reference.owner}/${reference.repo}`;
    return `${name}@${reference.ref}`;
}
/** The action a bare `docker://image` names: no download, no manifest, just the image. */
function dockerImageAction(uses, image) {
    return {
        uses,
        reference: { kind: 'docker', image },
        directory: '',
        manifest: {
            name: uses,
            inputs: {},
            outputs: {},
            runs: { using: 'docker', image: uses },
            file: ''
        }
    };
}

;// CONCATENATED MODULE: ./src/executors/action-services.ts
function actionKind(action) {
    const using = action.manifest.runs.using;
    return using === 'composite' || using === 'docker' ? using : 'node';
}

;// CONCATENATED MODULE: ./src/expressions/inline.ts
/**
 * Deferred expressions for the inline `steps` input (docs/expressions.md §4.3).
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
        .replaceAll(ESCAPED_NATIVE_OPEN, '${{')
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

;// CONCATENATED MODULE: ./src/catalog/allowed-actions.ts
/**
 * The `allowed-actions` input. The runner's server applies the organisation's "allowed actions"
 * policy before it hands out a download; we download ourselves, which bypasses it
 * (docs/runner-emulation.md §4.2 "Policy gap"), so this input lets a workflow state its own list.
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

// EXTERNAL MODULE: ./src/catalog/download.ts + 2 modules
var download = __webpack_require__(6650);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/workflow/scalar-text.ts
/**
 * A plain YAML scalar as the runner turns it into text (docs/runner-emulation.md §5.2): null and
 * `~` are empty, booleans lower-case, numbers printed the .NET way. Shared by the step list and
 * action manifests, whose literal values the runner converts alike.
 */
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

;// CONCATENATED MODULE: ./src/catalog/manifest-document.ts
/**
 * An action manifest as it is being read (docs/runner-emulation.md §4.4): the parsed YAML, the
 * problems found so far, and the node access every part of the reading shares — keys compared
 * exactly and scalars turned into text as the runner's template tokens do. Positions are the
 * file's own (1-based), as the runner prints them.
 */


class ManifestDocument {
    text;
    displayFile;
    lines = new yaml_dist/* LineCounter */.HN();
    doc;
    /** Everything found wrong so far; reading goes on as far as it can to report them together. */
    problems = [];
    constructor(text, 
    /** The file as messages name it. */
    displayFile) {
        this.text = text;
        this.displayFile = displayFile;
        this.doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: this.lines, uniqueKeys: false });
    }
    report(message, position) {
        this.problems.push({ message, position });
    }
    resolve(node) {
        return (0,yaml_dist/* isAlias */.Vj)(node) ? node.resolve(this.doc) : node;
    }
    /** The value under `key` in a mapping (keys compared exactly, as the runner does). */
    get(node, key) {
        const mapping = this.resolve(node);
        if (!(0,yaml_dist/* isMap */.jh)(mapping))
            return undefined;
        const pair = mapping.items.find((item) => this.keyOf(item) === key);
        return pair ? (this.resolve(pair.value) ?? null) : undefined;
    }
    keyOf(pair) {
        const key = this.resolve(pair.key);
        return (0,yaml_dist/* isScalar */.jn)(key) ? this.literalText(key) : '';
    }
    optionalText(node) {
        return (0,yaml_dist/* isScalar */.jn)(node) && node.value !== null ? this.literalText(node) : undefined;
    }
    /** A scalar as the runner's string conversion gives it; null and non-scalars give ''. */
    scalarText(node) {
        return (0,yaml_dist/* isScalar */.jn)(node) ? this.literalText(node) : '';
    }
    textList(node) {
        if (!(0,yaml_dist/* isSeq */.oP)(node))
            return undefined;
        return node.items.map((item) => this.scalarText(this.resolve(item)));
    }
    textRecord(node) {
        if (!(0,yaml_dist/* isMap */.jh)(node))
            return undefined;
        const record = {};
        for (const pair of node.items) {
            defineEntry(record, this.keyOf(pair), this.scalarText(this.resolve(pair.value)));
        }
        return record;
    }
    /** Plain scalars coerced like the runner's literal tokens: null → '', G15 numbers. */
    literalText(node) {
        return (0,yaml_dist/* isScalar */.jn)(node) ? plainScalarText(node.value) : '';
    }
    spanOf(node) {
        const range = node?.range;
        if (!range)
            return undefined;
        const start = this.lines.linePos(range[0]);
        const end = this.lines.linePos(range[2] ?? range[1]);
        return {
            start: { line: start.line, column: start.col },
            end: { line: end.line, column: end.col }
        };
    }
}
function contains(span, position) {
    const after = position.line > span.start.line ||
        (position.line === span.start.line && position.column >= span.start.column);
    const before = position.line < span.end.line ||
        (position.line === span.end.line && position.column < span.end.column);
    return after && before;
}
/** defineProperty keeps an id such as `__proto__` an ordinary entry. */
function defineEntry(record, key, value) {
    Object.defineProperty(record, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
    });
}

;// CONCATENATED MODULE: ./src/workflow/needs.ts
/**
 * Beyond native: `needs:`, a declarative step graph (docs/needs.md). This module reads and
 * validates the key (rule N1); extensions.ts finds it on each step, in list order, and blanks it
 * out before GitHub's parser sees the list, as it does for `ready:`, `retry:` and `weight:`.
 *
 * N1: `needs: <id>` or `needs: [<id>, …]` on a `run:` or `uses:` step names explicit ids of
 * EARLIER `run:`/`uses:` steps (foreground, background, other graph steps, members of an earlier
 * `parallel`), so a graph has no cycle by construction. The messages follow the official ones
 * for `wait` targets (docs/semantics.md §1.4) and for a key a step kind does not take (§1.2).
 */

/** N1.3 — on a `wait`, `wait-all`, `cancel` or `parallel` step: what the parser says of any unknown key. */
const NEEDS_ON_CONTROL_STEP = "Unexpected value 'needs'";
/** N1.4 — members of a `parallel` block start when the block starts. */
const NEEDS_IN_PARALLEL = "'needs' is not allowed inside a parallel block. Steps in a parallel block start when the block starts.";
/** N1.5 — a step with `needs` is a background step (N2). */
const NEEDS_WITH_BACKGROUND_FALSE = "'needs' makes a step a background step; it cannot be used with 'background: false'.";
/** N1.6 — `ready:` holds the main loop at its step, and the main loop never waits at a graph step. */
const READY_WITH_NEEDS = "'ready' cannot be used with 'needs': the main loop does not wait at a step with 'needs'. Start the service before the steps that use it, with 'background: true' and 'ready'.";
/** N1.2 — `needs: []` would make a graph step that needs nothing. */
const NEEDS_EMPTY = "'needs' must name at least one step ID";
/** The official messages about one id (docs/semantics.md §1.4, checked in this order). */
const reserved = (id) => `The identifier '${id}' is invalid. IDs starting with '__' are reserved.`;
const needs_self = (id) => `Step '${id}' cannot reference itself`;
const unknown = (id) => `Step references unknown step ID '${id}'`;
/**
 * N1.1 — the ids a `needs:` may name so far: the explicit ids of the `run:`/`uses:` steps
 * scanned before, in list order, `parallel` members included. Case-sensitive, as the parser
 * matches `wait` targets.
 */
class DeclaredIds {
    ids = new Set();
    /** Declares the step's id, once its own `needs:` has been read. */
    declare(keys, resolve) {
        if (!keys.has('run') && !keys.has('uses'))
            return;
        const id = resolve(keys.get('id'));
        if ((0,yaml_dist/* isScalar */.jn)(id) && typeof id.value === 'string')
            this.ids.add(id.value);
    }
    has(id) {
        return this.ids.has(id);
    }
}
/** Whether a step with these keys may carry `needs:` (N1.3–N1.5); the message when not. */
function needsPlacementError(keys, member, resolve) {
    if (!keys.has('run') && !keys.has('uses'))
        return NEEDS_ON_CONTROL_STEP;
    if (member)
        return NEEDS_IN_PARALLEL;
    const background = resolve(keys.get('background'));
    if ((0,yaml_dist/* isScalar */.jn)(background) && background.value === false)
        return NEEDS_WITH_BACKGROUND_FALSE;
    return undefined;
}
/**
 * N1 — the ids of one `needs:` value (one id or a sequence of them), each checked as the parser
 * checks a `wait` target: reserved, then itself, then unknown or later. Repeats are kept once.
 * Every problem is reported (at the offending value); undefined when there was one.
 */
function readNeeds(node, key, step, reporter) {
    const items = (0,yaml_dist/* isSeq */.oP)(node) ? node.items.map((item) => reporter.resolve(item)) : [node];
    if ((0,yaml_dist/* isSeq */.oP)(node) && items.length === 0) {
        reporter.fail(node, NEEDS_EMPTY);
        return undefined;
    }
    const ids = items.map((item) => readNeedId(item, key, step, reporter));
    if (ids.some((id) => id === undefined))
        return undefined;
    return [...new Set(ids)];
}
function readNeedId(node, key, step, reporter) {
    // The parser's own words for a value of the wrong shape (docs/semantics.md §1.7, E3–E5).
    if ((0,yaml_dist/* isMap */.jh)(node))
        return failed(reporter, node, 'A mapping was not expected');
    if ((0,yaml_dist/* isSeq */.oP)(node))
        return failed(reporter, node, 'A sequence was not expected');
    const value = (0,yaml_dist/* isScalar */.jn)(node) ? node.value : undefined;
    // A plain scalar that YAML read as a number or boolean is an id as written (`needs: 1` is no id).
    const id = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
    if (id === '')
        return failed(reporter, hasRange(node) ? node : key, "Unexpected value ''");
    if (id.includes('${{')) {
        return failed(reporter, node, 'A template expression is not allowed in this context');
    }
    if (id.startsWith('__'))
        return failed(reporter, node, reserved(id));
    // The official self-reference check ignores case (docs/semantics.md §1.4 check 2).
    if (step.ownId !== undefined && id.toLowerCase() === step.ownId.toLowerCase()) {
        return failed(reporter, node, needs_self(step.ownId));
    }
    if (!step.declared.has(id))
        return failed(reporter, node, unknown(id));
    return id;
}
function failed(reporter, node, message) {
    reporter.fail(node, message);
    return undefined;
}
/** A bare `needs:` is a null scalar with no text of its own: report at the key instead. */
function hasRange(node) {
    const range = node?.range;
    return range !== undefined && range[1] > range[0];
}

;// CONCATENATED MODULE: ./src/workflow/extensions.ts
/**
 * Our keys beyond native — `ready:`, `retry:`, `weight:` and `needs:` (read by needs.ts) — read
 * and validated here, because the official parser rejects every key it does not know
 * (`Unexpected value 'ready'`).
 *
 * Before the parser sees the list, each extension key and its value are blanked out with spaces
 * (newlines kept), so every other line and column stays where it was and the parser's messages
 * keep pointing at the user's text. We validate the blanked pairs ourselves with the same kind
 * of error (message, line, column). Values are literal only: no expressions.
 */



/** The keys we add to a step. */
const EXTENSION_KEYS = ['ready', 'retry', 'weight', 'needs'];
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
    /** N1: the ids a later `needs:` may name, as the scan goes down the list. */
    declared = new DeclaredIds();
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
        if (!(0,yaml_dist/* isSeq */.oP)(sequence))
            return;
        for (const item of sequence.items) {
            const step = this.resolve(item);
            if ((0,yaml_dist/* isMap */.jh)(step))
                this.scanStep(step, placement);
        }
    }
    scanStep(step, placement) {
        const keys = new Map();
        for (const pair of step.items) {
            const key = this.resolve(pair.key);
            if ((0,yaml_dist/* isScalar */.jn)(key) && typeof key.value === 'string')
                keys.set(key.value, pair.value);
        }
        const found = {};
        const seen = new Set();
        for (const pair of step.items) {
            const key = this.resolve(pair.key);
            if (!(0,yaml_dist/* isScalar */.jn)(key) || !isExtensionKey(key.value))
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
                case 'needs':
                    found.needs = this.readNeeds(value, key, keys);
                    break;
            }
        }
        const start = step.range?.[0];
        if (start !== undefined && seen.size > 0)
            this.byStepOffset.set(start, dropUndefined(found));
        // N1: only steps after this one may need it.
        this.declared.declare(keys, (node) => this.resolve(node));
        // A `parallel` block's members are steps too.
        if (keys.has('parallel'))
            this.scanSteps(keys.get('parallel'), 'member');
    }
    /** Which steps may carry which key; undefined when this one may. */
    placementError(name, keys, placement) {
        const executable = keys.has('run') || keys.has('uses');
        switch (name) {
            case 'ready': {
                if (keys.has('needs'))
                    return READY_WITH_NEEDS;
                if (placement === 'member') {
                    return "'ready' is not allowed on a member of a 'parallel' group (the group waits for its members to finish); start the service as a step with 'background: true'";
                }
                const background = this.resolve(keys.get('background'));
                const isBackground = (0,yaml_dist/* isScalar */.jn)(background) && background.value === true;
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
            case 'needs':
                return needsPlacementError(keys, placement === 'member', (node) => this.resolve(node));
        }
    }
    /** N1: `needs:` through needs.ts, against the ids declared so far and the step's own id. */
    readNeeds(value, key, keys) {
        const id = this.resolve(keys.get('id'));
        const ownId = (0,yaml_dist/* isScalar */.jn)(id) && typeof id.value === 'string' ? id.value : undefined;
        return readNeeds(value, key, { ownId, declared: this.declared }, { fail: (node, message) => this.fail(node, message), resolve: (node) => this.resolve(node) });
    }
    readReady(node, key) {
        if (!(0,yaml_dist/* isMap */.jh)(node)) {
            this.fail(node ?? key, "'ready' must be a mapping with one probe (tcp, http, file or log), for example { tcp: 127.0.0.1:5432 }");
            return undefined;
        }
        const draft = {
            timeoutSeconds: READY_DEFAULT_TIMEOUT_SECONDS,
            intervalSeconds: READY_DEFAULT_INTERVAL_SECONDS,
            valid: true
        };
        for (const pair of node.items) {
            this.readReadyKey(draft, this.resolve(pair.key), this.resolve(pair.value));
        }
        if (draft.probeKey === undefined) {
            this.fail(key, "'ready' needs one probe: tcp, http, file or log");
            return undefined;
        }
        const { probe, timeoutSeconds, intervalSeconds } = draft;
        return draft.valid && probe ? { ...probe, timeoutSeconds, intervalSeconds } : undefined;
    }
    /** One key of `ready:` (`field: value`): the probe, of which there is one, or a timing. */
    readReadyKey(draft, field, value) {
        const name = (0,yaml_dist/* isScalar */.jn)(field) ? String(field.value) : '';
        if (!READY_KEYS.includes(name)) {
            this.fail(field, `Unexpected value '${name}' in 'ready' (expected one of ${READY_KEYS.join(', ')})`);
            draft.valid = false;
        }
        else if (name === 'timeout-seconds') {
            const seconds = this.positiveNumber(value, field, "'timeout-seconds'");
            if (seconds === undefined)
                draft.valid = false;
            else
                draft.timeoutSeconds = seconds;
        }
        else if (name === 'interval-seconds') {
            const seconds = this.positiveNumber(value, field, "'interval-seconds'");
            if (seconds === undefined)
                draft.valid = false;
            else
                draft.intervalSeconds = seconds;
        }
        else if (draft.probeKey !== undefined) {
            const first = (0,yaml_dist/* isScalar */.jn)(draft.probeKey) ? String(draft.probeKey.value) : '';
            this.fail(field, `'ready' takes exactly one probe, found '${first}' and '${name}'`);
            draft.valid = false;
        }
        else {
            draft.probeKey = field;
            const kind = name;
            const target = this.probeTarget(kind, value, field);
            if (target === undefined)
                draft.valid = false;
            else
                draft.probe = { kind, target };
        }
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
                    const reason = (0,src_errors/* errorText */.kc)(error);
                    this.fail(node, `'log' is not a valid regular expression: ${reason}`);
                    return undefined;
                }
                return text;
        }
    }
    readRetry(node, key) {
        if (!(0,yaml_dist/* isMap */.jh)(node)) {
            this.fail(node ?? key, "'retry' must be a mapping like { attempts: 3, backoff-seconds: 10 }");
            return undefined;
        }
        let attempts;
        let backoffSeconds = 0;
        let valid = true;
        for (const pair of node.items) {
            const field = this.resolve(pair.key);
            const name = (0,yaml_dist/* isScalar */.jn)(field) ? String(field.value) : '';
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
        const value = (0,yaml_dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value === 'number' && Number.isFinite(value) && accept(value))
            return value;
        this.fail(node ?? key, message);
        return undefined;
    }
    literalString(node, key, what) {
        if (this.holdsExpression(node, key))
            return undefined;
        const value = (0,yaml_dist/* isScalar */.jn)(node) ? node.value : undefined;
        const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        if (text.trim() === '') {
            this.fail(node ?? key, `${what} must be a non-empty string`);
            return undefined;
        }
        return text;
    }
    /** Extension values are literal: reports `${{ }}` (and, inline, `%{{ }}`) once, at the value. */
    holdsExpression(node, key) {
        if (!(0,yaml_dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.value.includes('${{')) {
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
        return (0,yaml_dist/* isAlias */.Vj)(node) ? node.resolve(this.doc) : node;
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
    if (found.needs)
        out.needs = found.needs;
    return out;
}

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/features.js
var features = __webpack_require__(5478);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/trace-writer.js
var trace_writer = __webpack_require__(8782);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/steps.js + 3 modules
var converter_steps = __webpack_require__(8037);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-reader.js
var template_reader = __webpack_require__(199);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js
var yaml_object_reader = __webpack_require__(589);
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

;// CONCATENATED MODULE: ./src/workflow/parser-validation.ts










/**
 * Validates `text`. `parsed` is our own document of that very text, when we have one: the
 * parser then reads it instead of parsing the text a second time.
 */
function validateWithParser(text, fileName, parsed) {
    const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), getStepsSchema(), new trace_writer/* NoOperationTraceWriter */.P());
    // The template reader consults the flag while reading; set it before anything is read.
    context.state.featureFlags = new features/* FeatureFlags */.g({ allowBackgroundSteps: true });
    const fileId = context.getFileId(fileName);
    let steps = [];
    let parseErrorCount = 0;
    try {
        const reader = parsed
            ? readerForParsedDocument(fileId, parsed.doc, parsed.lines)
            : new yaml_object_reader/* YamlObjectReader */.M(fileId, text);
        const token = (0,template_reader/* readTemplate */.x)(context, 'steps', reader, fileId);
        parseErrorCount = context.errors.count;
        steps = token ? (0,converter_steps/* convertSteps */.P)(context, token) : [];
    }
    catch (error) {
        // The parser is not expected to throw; if it does, say so instead of crashing.
        const message = (0,src_errors/* errorText */.kc)(error);
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

;// CONCATENATED MODULE: ./src/workflow/yaml-checks.ts
/**
 * Our own checks on the step list's YAML, before the official parser sees it
 * (docs/semantics.md §1.7): syntax errors, alias bombs and a root that is not a sequence. Each
 * one stops validation, since the parser would either repeat it or, for aliases, expand them
 * without limit. Also the YAML reading both the checks and the value reader share.
 */


/**
 * Alias budget handed to the yaml package: an anchor may be expanded about this many times
 * (weighted by nested aliases) before we call it an alias bomb. Real step lists reuse an
 * `env` or `with` block a handful of times.
 */
const MAX_ALIAS_COUNT = 100;
const NOT_A_SEQUENCE = 'The step list must be a YAML sequence of steps';
/** Parses with the options the workflow-parser's own YAML reader uses. */
function readYaml(text, lines) {
    // keepSourceTokens as well: the parser's reader looks at them (block scalar headers).
    return (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: false, keepSourceTokens: true });
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
    if (!(0,yaml_dist/* isSeq */.oP)(doc.contents)) {
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
    (0,yaml_dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            firstAlias = node;
            return yaml_dist/* visit */.YR.BREAK;
        }
    });
    if (firstAlias === undefined)
        return undefined;
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return undefined;
    }
    catch (error) {
        const message = (0,src_errors/* errorText */.kc)(error);
        return { message, ...rangeOf(firstAlias, lines) };
    }
}
function describeNode(node) {
    if ((0,yaml_dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,yaml_dist/* isScalar */.jn)(node))
        return node.value === null ? 'an empty value' : 'a scalar value';
    return 'nothing';
}
/** Where `node` sits in the source (1-based), or line 1, column 1 for a node without a range. */
function rangeOf(node, lines) {
    const range = node?.range;
    if (!range)
        return { line: 1, column: 1 };
    const start = lines.linePos(range[0]);
    const end = lines.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

;// CONCATENATED MODULE: ./src/workflow/step-values.ts
/**
 * Typed steps from the YAML nodes of a list that passed validation (docs/semantics.md §1). Values
 * are read from the text as the user wrote it, not from the parser's tokens: the parser rewrites
 * block scalars into `format()` calls built from the raw, still-indented source
 * (docs/expressions.md §1.6). Ids and wait/cancel targets come from the parser's converted steps,
 * which line up 1:1 with the sequence items (the converter generates ids and folds literal-only
 * expressions).
 */




class StepValueReader {
    doc;
    lines;
    inline;
    extensions;
    constructor(doc, lines, inline, 
    /** Validated `ready`/`retry`/`weight`/`needs` by step offset (same offsets: same-length rewrites). */
    extensions) {
        this.doc = doc;
        this.lines = lines;
        this.inline = inline;
        this.extensions = extensions;
    }
    /** Reads the sequence `node`, item i aligned with converted step i. */
    readSequence(node, converted) {
        const sequence = this.resolve(node);
        if (!(0,yaml_dist/* isSeq */.oP)(sequence))
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
            const extensions = this.extensionsOf(item);
            return {
                ...base,
                ...this.executableFields(fields, extensions),
                ...extensions,
                kind: 'run',
                run: this.template(fields.get('run')),
                shell: this.optionalTemplate(fields, 'shell'),
                workingDirectory: this.optionalTemplate(fields, 'working-directory')
            };
        }
        if ('uses' in converted) {
            const extensions = this.extensionsOf(item);
            return {
                ...base,
                ...this.executableFields(fields, extensions),
                ...extensions,
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
    executableFields(fields, extensions) {
        const background = fields.get('background');
        return {
            if: fields.has('if') ? this.template(fields.get('if')) : '',
            env: this.templateRecord(fields.get('env')),
            timeoutMinutes: this.timeoutMinutes(fields.get('timeout-minutes')),
            // N2 (docs/needs.md): a step with `needs` is a background step.
            background: ((0,yaml_dist/* isScalar */.jn)(background) && background.value === true) || extensions.needs !== undefined
        };
    }
    /** The step's `ready`/`retry`/`weight`/`needs`, only the ones written. */
    extensionsOf(item) {
        const start = this.resolve(item)?.range?.[0];
        return (start !== undefined && this.extensions.get(start)) || {};
    }
    continueOnError(node) {
        if (node === undefined)
            return false;
        if ((0,yaml_dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            return node.value;
        return this.template(node);
    }
    timeoutMinutes(node) {
        if (node === undefined)
            return undefined;
        if ((0,yaml_dist/* isScalar */.jn)(node) && typeof node.value === 'number')
            return node.value;
        return this.template(node);
    }
    /** A step mapping's keys and (alias-resolved) values, in source order. */
    fieldsOf(item) {
        const mapping = this.resolve(item);
        if (!(0,yaml_dist/* isMap */.jh)(mapping))
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
        if (!(0,yaml_dist/* isMap */.jh)(node))
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
        return this.inline ? prepareInline(text) : text;
    }
    /** A scalar's text, with plain scalars coerced the way the runner does (runner-emulation §5.2). */
    text(node) {
        if (node === null || node === undefined)
            return '';
        if (!(0,yaml_dist/* isScalar */.jn)(node))
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
        return (0,yaml_dist/* isAlias */.Vj)(node) ? node.resolve(this.doc) : node;
    }
}
function isExecutable(step) {
    return step.kind === 'run' || step.kind === 'uses';
}

;// CONCATENATED MODULE: ./src/workflow/parse.ts
/**
 * Step-list text → validated, typed steps (docs/semantics.md §1, docs/expressions.md §2): the
 * order of the phases, what the official parser gets to see in inline mode, and the keys that
 * make every step unique.
 *
 * Phases: our own YAML checks (yaml-checks.ts); our keys beyond native (`ready`, `retry`,
 * `weight`, `needs`), validated by extensions.ts and blanked out of the text so a list without
 * them is checked exactly as before; GitHub's parser (parser-validation.ts), so messages are the official
 * ones; then the values from the YAML nodes (step-values.ts). Any error stops before values.
 */






/** Validates the whole list (YAML syntax, schema, convert phase) and builds typed steps. */
function parseStepList(options) {
    const inline = options.mode === 'inline';
    const validationText = inline ? toValidationText(options.source) : options.source;
    const lines = new yaml_dist/* LineCounter */.HN();
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
    const valueLines = rewritten ? new yaml_dist/* LineCounter */.HN() : lines;
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
        const reason = (0,src_errors/* errorText */.kc)(error);
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
 * literal text (docs/expressions.md §4.3 step 1). One pass, so a rewritten `%{{` is not re-masked.
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

;// CONCATENATED MODULE: ./src/catalog/composite-steps.ts
/**
 * A composite action's `runs.steps` (docs/runner-emulation.md §4.7, docs/beyond-native.md): read by our
 * step-list parser, so they may use background, wait, wait-all, cancel and parallel. Steps that
 * use none of those are also checked by the action schema (manifest-schema.ts), whose messages
 * are the runner's; for the others, the composite rules the workflow schema lacks are added here.
 */



/** Step keys beyond the composite schema that our parser accepts (docs/beyond-native.md; `needs`: docs/needs.md). */
const composite_steps_EXTENSION_KEYS = new Set(['background', 'wait', 'wait-all', 'cancel', 'parallel', 'needs']);
/** Whether a `runs.steps` item uses a key beyond the composite schema. */
function isExtendedStep(manifest, item) {
    const step = manifest.resolve(item);
    return (0,yaml_dist/* isMap */.jh)(step) && step.items.some((pair) => composite_steps_EXTENSION_KEYS.has(manifest.keyOf(pair)));
}
/**
 * `runs.steps` through our step-list parser. It gets the file's text with everything outside
 * the sequence blanked (newlines kept), so its line/column positions are the file's own.
 * `checkedBySchema`: plain steps the action schema found fault with; its messages are the
 * runner's, so our parser's (often reworded) findings inside them are left out.
 */
function compositeSteps(manifest, stepsNode, checkedBySchema) {
    const range = stepsNode?.range;
    if (!(0,yaml_dist/* isSeq */.oP)(stepsNode) || !range)
        return []; // the schema has reported a non-sequence
    const source = blankOutside(manifest.text, range[0], range[2] ?? range[1]);
    const result = parseStepList({ source, fileName: manifest.displayFile, mode: 'file' });
    for (const error of result.errors) {
        const position = error.line !== undefined ? { line: error.line, column: error.column ?? 1 } : undefined;
        if (position && checkedBySchema.some((span) => contains(span, position)))
            continue;
        manifest.report(error.message, position);
    }
    checkExtensionSteps(manifest, stepsNode);
    return result.steps;
}
/**
 * Composite rules the workflow schema lacks, for the steps the action schema did not see:
 * `shell` is required on run steps (`action_yaml.json`), and there is no `timeout-minutes`.
 */
function checkExtensionSteps(manifest, stepsNode) {
    if (!(0,yaml_dist/* isSeq */.oP)(stepsNode))
        return;
    const check = (node) => {
        const step = manifest.resolve(node);
        if (!(0,yaml_dist/* isMap */.jh)(step))
            return;
        const keys = step.items.map((pair) => manifest.keyOf(pair));
        if (keys.includes('run') && !keys.includes('shell')) {
            manifest.report('Required property is missing: shell', manifest.spanOf(step)?.start);
        }
        const timeout = step.items.find((pair) => manifest.keyOf(pair) === 'timeout-minutes');
        if (timeout) {
            manifest.report("Unexpected value 'timeout-minutes'", manifest.spanOf(timeout.key)?.start);
        }
        const members = manifest.resolve(manifest.get(step, 'parallel'));
        if ((0,yaml_dist/* isSeq */.oP)(members))
            members.items.forEach(check);
    };
    for (const item of stepsNode.items)
        if (isExtendedStep(manifest, item))
            check(item);
}
/** The text with every character outside [start, end) replaced by a space, newlines kept. */
function blankOutside(text, start, end) {
    const blank = (part) => part.replace(/[^\r\n]/g, ' ');
    return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

;// CONCATENATED MODULE: ./src/catalog/manifest-runs.ts
/**
 * An action manifest's `runs:` section converted to what the executors run, with the runner's
 * checks and messages (docs/runner-emulation.md §4.4; runner `ActionManifestManager.ConvertRuns`):
 * `using` picks docker, node or composite, each with the fields it needs.
 */


const NODE_VERSIONS = ['node12', 'node16', 'node20', 'node24'];
/**
 * Converts `runsNode`; undefined, with the problem reported, when it cannot run. `stepsNode` and
 * `checkedBySchema` serve composite actions (composite-steps.ts).
 */
function convertRuns(manifest, runsNode, stepsNode, checkedBySchema) {
    if (!(0,yaml_dist/* isMap */.jh)(runsNode))
        return undefined; // the schema has said why
    const field = (key) => manifest.optionalText(manifest.get(runsNode, key));
    const using = field('using');
    if (using === undefined) {
        manifest.report("Missing 'using' value. 'using' requires 'composite', 'docker', 'node12', 'node16', 'node20' or 'node24'.");
        return undefined;
    }
    const usingLower = using.toLowerCase();
    if (usingLower === 'docker')
        return dockerRuns(manifest, runsNode, field);
    const nodeVersion = NODE_VERSIONS.find((version) => version === usingLower);
    if (nodeVersion)
        return nodeRuns(manifest, nodeVersion, field);
    if (usingLower === 'composite') {
        if (stepsNode === undefined) {
            manifest.report(`You are using a composite action but there are no steps provided in ${manifest.displayFile}.`);
            return undefined;
        }
        return { using: 'composite', steps: compositeSteps(manifest, stepsNode, checkedBySchema) };
    }
    manifest.report(`'using: ${using}' is not supported, use 'docker', 'node12', 'node16', 'node20' or 'node24' instead.`);
    return undefined;
}
function dockerRuns(manifest, runsNode, field) {
    const image = field('image');
    if (!image) {
        manifest.report(`You are using a Container Action but an image is not provided in ${manifest.displayFile}.`);
        return undefined;
    }
    return {
        using: 'docker',
        image,
        entrypoint: field('entrypoint'),
        args: manifest.textList(manifest.get(runsNode, 'args')),
        env: manifest.textRecord(manifest.get(runsNode, 'env')),
        preEntrypoint: field('pre-entrypoint'),
        preIf: field('pre-if') ?? 'always()',
        postEntrypoint: field('post-entrypoint'),
        postIf: field('post-if') ?? 'always()'
    };
}
function nodeRuns(manifest, using, field) {
    const main = field('main');
    if (!main) {
        manifest.report(`You are using a JavaScript Action but there is not an entry JavaScript file provided in ${manifest.displayFile}.`);
        return undefined;
    }
    return {
        using,
        main,
        pre: field('pre'),
        preIf: field('pre-if') ?? 'always()',
        post: field('post'),
        postIf: field('post-if') ?? 'always()'
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-schema.js + 2 modules
var action_schema = __webpack_require__(6151);
;// CONCATENATED MODULE: ./src/catalog/manifest-schema.ts
/**
 * Checking an action manifest before anything is converted (docs/runner-emulation.md §4.4):
 * alias bombs first, then GitHub's action schema from `@actions/workflow-parser`, read from the
 * runner's own root `action-root` (`parseAction` uses the stricter editor root
 * `action-root-strict`, which rejects manifests the runner runs: no `name`, extra keys,
 * `using: Node20`). Problems go to the document; the messages are the runner's.
 */










/**
 * The schema reader expands every alias as it goes; a "billion laughs" manifest from a remote
 * repository must not exhaust memory, so the yaml package counts expansions first.
 */
function manifest_schema_checkAliases(manifest) {
    if (manifest.doc.errors.length > 0)
        return true; // reported by the schema reader
    let alias;
    (0,yaml_dist/* visit */.YR)(manifest.doc, {
        Alias(_key, node) {
            alias = node;
            return yaml_dist/* visit */.YR.BREAK;
        }
    });
    if (alias === undefined)
        return true;
    try {
        manifest.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return true;
    }
    catch (error) {
        const message = (0,src_errors/* errorText */.kc)(error);
        manifest.report(message, manifest.spanOf(alias)?.start);
        return false;
    }
}
/**
 * GitHub's action schema over the whole file. Inside `runs.steps`, its verdict is kept for
 * steps written in plain composite syntax; steps using our extensions are checked by our
 * parser instead (composite-steps.ts), since the schema knows none of those keys.
 */
function validateWithSchema(manifest, stepsNode) {
    const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), (0,action_schema/* getActionSchema */.E)(), new trace_writer/* NoOperationTraceWriter */.P());
    const fileId = context.getFileId(manifest.displayFile);
    const reader = new yaml_object_reader/* YamlObjectReader */.M(fileId, manifest.text);
    if (reader.errors.length > 0) {
        for (const error of reader.errors) {
            // Without the yaml package's " at line L, column C:" source excerpt; the prefix says where.
            const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
            manifest.report(message, error.range?.start);
        }
        return { readable: false, checkedBySchema: [] };
    }
    try {
        (0,template_reader/* readTemplate */.x)(context, 'action-root', reader, fileId);
    }
    catch (error) {
        const message = (0,src_errors/* errorText */.kc)(error);
        manifest.report(`The action metadata could not be validated: ${message}`);
    }
    const items = stepItems(manifest, stepsNode);
    const checkedBySchema = [];
    for (const error of context.errors.getErrors()) {
        const start = error.range?.start;
        const item = start && items.find((candidate) => contains(candidate.span, start));
        if (item && item.extended)
            continue;
        if (item)
            checkedBySchema.push(item.span);
        manifest.report(error.rawMessage, start);
    }
    return { readable: true, checkedBySchema };
}
/** The `runs.steps` items, and whether each uses a key beyond the composite schema. */
function stepItems(manifest, stepsNode) {
    if (!(0,yaml_dist/* isSeq */.oP)(stepsNode))
        return [];
    const items = [];
    for (const item of stepsNode.items) {
        const span = manifest.spanOf(item);
        if (span)
            items.push({ span, extended: isExtendedStep(manifest, item) });
    }
    return items;
}

;// CONCATENATED MODULE: ./src/catalog/manifest.ts
/**
 * Locating and loading an action's metadata (docs/runner-emulation.md §4.3, §4.4, §4.7), with the
 * runner's messages (`ActionManager.LoadAction`, `ActionManifestManager.Load`): which file the
 * runner reads, the order of the checks (manifest-schema.ts) and conversions (`runs:` in
 * manifest-runs.ts; name, inputs and outputs here), and every problem reported together the way
 * the runner prints them.
 */






/** Manifest file names in the runner's search order. */
const MANIFEST_FILES = ['action.yml', 'action.yaml'];
const DOCKERFILES = ['Dockerfile', 'dockerfile'];
/** A manifest that could not be loaded; `problems` are the runner's messages, one per line. */
class ManifestError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'ManifestError';
    }
}
/** The manifest file the runner would read in `directory` (action.yml, action.yaml, Dockerfile, dockerfile), if any. */
function findManifestFile(directory) {
    for (const name of [...MANIFEST_FILES, ...DOCKERFILES]) {
        if (isFile(external_node_path_default().join(directory, name)))
            return name;
    }
    return undefined;
}
/**
 * Loads the action in `directory`. `describe` names it in messages (`owner/repo[/path]@ref` or the
 * local `uses:`); `displayRoot`, when given, shortens file paths in messages the way the runner
 * shows them relative to its `_actions` folder. Throws a ManifestError.
 */
function loadManifest(directory, describe, kind, displayRoot) {
    const found = findManifestFile(directory);
    if (found === undefined)
        throw new ManifestError([notFoundMessage(directory, describe, kind)]);
    if (DOCKERFILES.includes(found)) {
        return {
            name: describe,
            inputs: {},
            outputs: {},
            runs: { using: 'docker', image: found },
            file: found
        };
    }
    const file = external_node_path_default().join(directory, found);
    const displayFile = displayRoot ? external_node_path_default().relative(displayRoot, file) : file;
    return readManifest(new ManifestDocument((0,external_node_fs_.readFileSync)(file, 'utf8'), displayFile), describe, found);
}
function notFoundMessage(directory, describe, kind) {
    if (kind === 'remote') {
        return `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' for action '${describe}'.`;
    }
    return (`Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${external_node_path_default().resolve(directory)}'. ` +
        'Did you forget to run actions/checkout before running your local action?');
}
function isFile(file) {
    return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile();
}
/** Checks, then converts; throws a ManifestError with every problem found. */
function readManifest(manifest, describe, fileName) {
    if (!manifest_schema_checkAliases(manifest))
        fail(manifest);
    const root = manifest.doc.contents;
    const stepsNode = manifest.get(manifest.get(root, 'runs'), 'steps');
    const schema = validateWithSchema(manifest, stepsNode);
    if (!schema.readable || (manifest.problems.length > 0 && !(0,yaml_dist/* isMap */.jh)(root)))
        fail(manifest);
    const runsNode = manifest.get(root, 'runs');
    const runs = runsNode === undefined
        ? undefined
        : convertRuns(manifest, runsNode, stepsNode, schema.checkedBySchema);
    if (manifest.problems.length > 0)
        fail(manifest);
    if (runs === undefined) {
        throw new ManifestError([`Top level 'runs:' section is required for ${manifest.displayFile}`]);
    }
    const name = manifest.get(root, 'name');
    return {
        name: (0,yaml_dist/* isScalar */.jn)(name) && name.value !== null ? manifest.literalText(name) : describe,
        inputs: readInputs(manifest, manifest.get(root, 'inputs')),
        outputs: readOutputs(manifest, manifest.get(root, 'outputs')),
        runs,
        file: fileName
    };
}
/** Throws everything found, closed by the runner's `Failed to load <file>`. */
function fail(manifest) {
    const seen = new Set();
    const lines = [];
    for (const problem of sortedProblems(manifest.problems)) {
        const line = format(problem, manifest.displayFile);
        if (!seen.has(line))
            lines.push(line);
        seen.add(line);
    }
    throw new ManifestError([...lines, `Failed to load ${manifest.displayFile}`]);
}
/** By position (line, then column); the runner's unpositioned messages last; stable. */
function sortedProblems(problems) {
    const key = (problem) => [
        problem.position?.line ?? Number.MAX_SAFE_INTEGER,
        problem.position?.column ?? Number.MAX_SAFE_INTEGER
    ];
    return [...problems].sort((a, b) => {
        const [lineA, columnA] = key(a);
        const [lineB, columnB] = key(b);
        return lineA - lineB || columnA - columnB;
    });
}
/** Positioned problems as the template library prints them; the runner's own texts as they are. */
function format(problem, displayFile) {
    if (!problem.position)
        return problem.message;
    const { line, column } = problem.position;
    return `${displayFile} (Line: ${line}, Col: ${column}): ${problem.message}`;
}
// ---------------------------------------------------------------------------------------------
// inputs and outputs (raw templates; evaluated by the executors)
// ---------------------------------------------------------------------------------------------
/** Only `default` and `deprecationMessage` are read, compared case-insensitively (runner). */
function readInputs(manifest, node) {
    const inputs = {};
    if (!(0,yaml_dist/* isMap */.jh)(node))
        return inputs;
    for (const pair of node.items) {
        const definition = {};
        const metadata = manifest.resolve(pair.value);
        if ((0,yaml_dist/* isMap */.jh)(metadata)) {
            for (const entry of metadata.items) {
                const key = manifest.keyOf(entry).toLowerCase();
                const value = manifest.resolve(entry.value);
                if (key === 'default')
                    definition.default = manifest.scalarText(value);
                if (key === 'deprecationmessage')
                    definition.deprecationMessage = manifest.scalarText(value);
            }
        }
        defineEntry(inputs, manifest.keyOf(pair), definition);
    }
    return inputs;
}
function readOutputs(manifest, node) {
    const outputs = {};
    if (!(0,yaml_dist/* isMap */.jh)(node))
        return outputs;
    for (const pair of node.items) {
        const definition = manifest.resolve(pair.value);
        const value = (0,yaml_dist/* isMap */.jh)(definition) ? manifest.get(definition, 'value') : undefined;
        defineEntry(outputs, manifest.keyOf(pair), value === undefined ? {} : { value: manifest.scalarText(value) });
    }
    return outputs;
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
;// CONCATENATED MODULE: ./src/catalog/resolve.ts
/**
 * "Prepare all required actions" (docs/runner-emulation.md §4.2): every `uses:` of the step list,
 * and of the composite actions it reaches, is downloaded and loaded before the first step runs,
 * so a typo in a ref or a broken `action.yml` fails the run at once with every problem listed.
 *
 * Local `./` actions whose folder has no manifest yet are not an error here: the runner loads
 * them only when their step runs (an earlier step may check them out), so the catalog loads them
 * then, with the runner's "Can't find …" message if they are still missing.
 */








/** Resolves and loads every `uses:` in the steps, recursing into composite actions (depth limit 9), before anything runs. */
async function resolveActions(steps, options) {
    const preparer = new Preparer(options);
    await preparer.prepareTree(steps, options.depth ?? 0);
    return { catalog: preparer.catalog(), errors: preparer.errors() };
}
class Preparer {
    options;
    loaded = new Map();
    /** Local actions without a manifest yet: loaded when their step asks for them. */
    deferred = new Map();
    pending = new Map();
    /** Problems per `uses:`, reported in the order the actions were first met. */
    problems = new Map();
    depthError;
    /** Whether the log was told that the allowed-actions policy does not reach nested actions. */
    policyNoted = false;
    constructor(options) {
        this.options = options;
    }
    /**
     * Level by level, so the order of messages does not depend on download timing. An action met
     * again at a deeper level is expanded again, because only there can the depth limit be hit;
     * that also ends a composite that uses itself: at most ten levels, never a hang.
     */
    async prepareTree(steps, startDepth) {
        let level = usesOf(steps).map((uses) => ({ uses }));
        for (let depth = startDepth; level.length > 0; depth++) {
            if (depth > constants/* MAX_COMPOSITE_DEPTH */.bG) {
                const [first] = level;
                const where = first.parent ? ` ('${first.parent}' uses '${first.uses}')` : '';
                this.depthError = `Composite action depth exceeded max depth ${constants/* MAX_COMPOSITE_DEPTH */.bG}${where}`;
                return;
            }
            const actions = await Promise.all(level.map(async ({ uses }) => this.prepare(uses)));
            const next = new Map();
            level.forEach(({ uses }, index) => {
                const runs = actions[index]?.manifest.runs;
                if (runs?.using !== 'composite')
                    return;
                for (const child of usesOf(runs.steps)) {
                    if (!next.has(child))
                        next.set(child, { uses: child, parent: uses });
                }
            });
            level = [...next.values()];
        }
    }
    catalog() {
        return new PreparedCatalog(this.loaded, this.deferred);
    }
    errors() {
        const all = new Set();
        for (const list of this.problems.values())
            for (const problem of list)
                all.add(problem);
        if (this.depthError)
            all.add(this.depthError);
        return [...all];
    }
    async prepare(uses) {
        let running = this.pending.get(uses);
        if (!running) {
            this.problems.set(uses, []);
            running = this.load(uses).then((action) => {
                if (action)
                    this.loaded.set(uses, action);
                return action;
            });
            this.pending.set(uses, running);
        }
        return running;
    }
    async load(uses) {
        let reference;
        try {
            reference = parseReference(uses);
        }
        catch (error) {
            return this.fail(uses, error);
        }
        switch (reference.kind) {
            case 'docker':
                return dockerImageAction(uses, reference.image);
            case 'local':
                return this.loadLocal(uses, reference);
            case 'remote':
                return this.loadRemote(uses, reference);
        }
    }
    loadLocal(uses, reference) {
        const directory = external_node_path_default().resolve(this.options.workspace, reference.path);
        const load = () => ({
            uses,
            reference,
            directory,
            manifest: loadManifest(directory, uses, 'local')
        });
        if (findManifestFile(directory) === undefined) {
            this.deferred.set(uses, load);
            return undefined;
        }
        try {
            return load();
        }
        catch (error) {
            return this.fail(uses, error);
        }
    }
    async loadRemote(uses, reference) {
        const described = describeRemote(reference);
        const pathSegments = reference.path === '' ? [] : reference.path.split('/');
        if (pathSegments.some((segment) => segment === '.' || segment === '..')) {
            return this.fail(uses, new Error(`Invalid path in action '${described}': it leaves the repository`));
        }
        const refused = this.options.allowedActions && refusal(this.options.allowedActions, reference);
        if (refused)
            return this.fail(uses, new Error(refused));
        if (!this.options.allowedActions && !this.policyNoted) {
            // The runner's server would have checked the policy; say once that nobody did.
            this.policyNoted = true;
            this.options.log?.("Nested actions are downloaded by Background Steps: your organisation's allowed-actions " +
                'policy does not check them. The allowed-actions input can restrict them.');
        }
        const { owner, repo, ref } = reference;
        let repositoryDirectory;
        try {
            repositoryDirectory = await (0,download/* downloadAction */.tD)({ owner, repo, ref }, this.options);
        }
        catch (error) {
            return this.fail(uses, error);
        }
        const directory = external_node_path_default().join(repositoryDirectory, ...pathSegments);
        try {
            const manifest = loadManifest(directory, described, 'remote', external_node_path_default().resolve(this.options.cacheDir));
            return { uses, reference, directory, repositoryDirectory, manifest };
        }
        catch (error) {
            return this.fail(uses, error);
        }
    }
    fail(uses, error) {
        const list = this.problems.get(uses) ?? [];
        if (error instanceof ManifestError)
            list.push(...error.problems);
        else
            list.push((0,src_errors/* errorText */.kc)(error));
        this.problems.set(uses, list);
        return undefined;
    }
}
class PreparedCatalog {
    loaded;
    deferred;
    constructor(loaded, deferred) {
        this.loaded = loaded;
        this.deferred = deferred;
    }
    get(uses) {
        const action = this.loaded.get(uses);
        if (action)
            return action;
        const load = this.deferred.get(uses);
        if (!load)
            throw new Error(`The action '${uses}' was not prepared before the steps ran`);
        // Throws the runner's "Can't find …" (or the manifest's problems) when it is still missing.
        const lateAction = load();
        this.loaded.set(uses, lateAction);
        return lateAction;
    }
}

// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/log-titles.ts
var log_titles = __webpack_require__(9354);
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
        const when = backoffMs > 0 ? `retrying in ${(0,report_format/* formatSeconds */.Xo)(backoffMs)}` : 'retrying now';
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

;// CONCATENATED MODULE: ./src/engine/dispatch.ts

/**
 * One attempt's request, built when the attempt starts: the display name, the header's env
 * names and the PATH prepends are those of that moment (R7).
 */
function stepRequest(list, step, record, envContext, attempt) {
    return {
        step,
        displayName: record.displayName,
        scope: () => list.scope(envContext, step),
        envContext,
        headerEnvNames: headerEnvNames(list, step),
        // A graph step reads its own view (N5): its needs' PATH entries are in front.
        pathPrepend: () => list.stateFor(step).pathPrepend,
        cancelSignal: attempt.cancelSignal,
        killSignal: attempt.killSignal,
        log: attempt.log
    };
}
/**
 * The names a step's log header lists: a composite step's (inside one), GITHUB_ENV names
 * flushed so far, then its own `env:`.
 */
function headerEnvNames(list, step) {
    return [
        ...new Set([
            ...(list.options.headerEnvBase ?? []),
            ...list.stateFor(step).exportedEnv.keys(),
            ...Object.keys(step.env)
        ])
    ];
}
/**
 * Runs a `run:`/`uses:` step's attempts: one, or up to `retry.attempts` (beyond native). The
 * execution returned is the last attempt's, so only a successful attempt's effects count.
 */
async function runStepAttempts(list, step, record, log, run) {
    const result = await runAttempts({
        policy: step.retry,
        log,
        signal: run.stop,
        attempt: async (_number, attemptLog) => run.execute(attemptLog),
        onRetry: (number, total) => {
            // A foreground step shows its attempts live in its own group already.
            if (step.background) {
                list.options.log.event(`↻ ${record.displayName}: attempt ${number} of ${total}`);
            }
        }
    });
    if (step.retry)
        record.attempts = { made: result.attempts, allowed: step.retry.attempts };
    return result.execution;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
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
/**
 * The probe a `ready:` mapping describes; `file` paths are relative to the workspace. `header`
 * is the header the step's executor prints first (a log probe skips it).
 */
function createProbe(ready, workspace, header = 'action') {
    const unchanged = { wrapLog: (log) => log, newAttempt: () => { } };
    switch (ready.kind) {
        case 'tcp':
            return { probe: tcpProbe(ready.target), ...unchanged };
        case 'http':
            return { probe: httpProbe(ready.target), ...unchanged };
        case 'file':
            return { probe: fileProbe(ready.target, workspace), ...unchanged };
        case 'log': {
            const watch = new LogWatch(new RegExp(ready.target), header);
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
            const socket = external_node_net_.connect({ host, port });
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
/**
 * Matches a regular expression against the step's own output lines as they reach its log. The
 * runner's step header (the script, shell and env the executor prints before the process starts,
 * report/step-header.ts) is skipped, so a pattern that also occurs in the script does not pass
 * before the process printed it; so is a composite's inner script echo (cyan).
 */
class LogWatch {
    pattern;
    probe;
    matched = false;
    header;
    listeners = new Set();
    constructor(pattern, header = 'action') {
        this.pattern = pattern;
        this.header = new step_header/* HeaderReader */.$_(header ?? 'action');
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
        this.header.newAttempt();
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
                this.header.outputBegan();
                if (!this.matched)
                    for (const line of block.toString('utf8').split('\n'))
                        this.see(line);
                log.textBytes(block);
            },
            command: (line) => {
                this.header.outputBegan();
                log.command(line);
            },
            error: (message) => log.error(message),
            warning: (message) => log.warning(message),
            mask: (value) => log.mask(value),
            end: (title) => log.end(title)
        };
    }
    see(line) {
        if (this.matched || line.startsWith(step_header/* SCRIPT_ECHO */.mj))
            return;
        if (this.header.isHeader(line))
            return;
        if (!this.pattern.test(line))
            return;
        this.matched = true;
        for (const wake of [...this.listeners])
            wake();
    }
}

;// CONCATENATED MODULE: ./src/engine/ready-wait.ts
/**
 * The main loop's wait at a background step with `ready:` (beyond native): the step's probe and
 * gate, and what happens when the step never becomes ready. The probes and the gate's timing
 * live in readiness.ts.
 */


/** The probe and gate of a `ready:` step, and the message the step fails with when not ready. */
function readinessFor(list, step, record) {
    const ready = step.ready;
    if (ready === undefined)
        return undefined;
    const setup = createProbe(ready, list.options.workspace, list.headerOf(step.kind));
    const gate = new ReadinessGate({
        probe: setup.probe,
        timeoutMs: ready.timeoutSeconds * 1000,
        intervalMs: ready.intervalSeconds * 1000,
        cancelSignal: list.options.cancelSignal
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
async function awaitReadiness(list, entry, record, readiness) {
    const outcome = await readiness.gate.outcome;
    switch (outcome.state) {
        case 'ready':
            record.readiness = {
                probe: readiness.setup.probe.description,
                readyAfterMs: outcome.afterMs
            };
            list.options.log.event(`✔ ${record.displayName} is ready (${readiness.setup.probe.description}, ${(0,report_format/* formatSeconds */.Xo)(outcome.afterMs)})`);
            return;
        case 'cancelled':
            return;
        case 'ended':
        case 'timed-out':
            await list.coordinator.failNotReady(entry);
            // Abandoned after the grace period: its own finish, and so its record, comes later.
            record.result ??= entry.result;
            record.outcome ??= entry.outcome;
            if (entry.result === 'Failed')
                list.job.merge('Failed');
    }
}

;// CONCATENATED MODULE: ./src/engine/step-settings.ts
/**
 * A step's settings, evaluated when they are needed: its `env:`, `name:` and `if:` as it is about
 * to start (the main loop's steps and graph steps alike), `timeout-minutes` and
 * `continue-on-error` with the runner's fallbacks when they fail to evaluate.
 */


/**
 * R4.1: the env context is the job env overlaid with the step's own env (evaluated first); then
 * the display name and the `if:` see it. Sets the record's display name on the way.
 */
function evaluateStepStart(list, step, record) {
    try {
        const envContext = evaluateStepEnv(step.env, list.scope(undefined, step));
        record.displayName = list.displayName(step, list.scope(envContext, step));
        return { envContext, runIt: evaluateIf(step.if, list.scope(envContext, step)) };
    }
    catch (error) {
        return { error: (0,src_errors/* errorText */.kc)(error) };
    }
}
/**
 * The log line of a skipped step: the runner shows a skipped step in its UI; inside our one step,
 * the log is where a reader looks.
 */
function announceSkipped(list, step, record) {
    list.options.log.event(`⏭ ${record.displayName} (skipped: ${effectiveCondition(step.if)} was false)`);
}
/**
 * Minutes; 0 (no timeout) when absent or when it fails to evaluate. `failed` hears of the error:
 * a foreground step logs the runner's error, a background one only traces it (R6.2).
 */
function timeoutMinutesOf(step, scope, failed) {
    if (step.timeoutMinutes === undefined)
        return 0;
    try {
        return evaluateNumber(step.timeoutMinutes, scope(), 'timeout-minutes');
    }
    catch (error) {
        failed(error);
        return 0;
    }
}
/** The runner's error when a foreground step's `timeout-minutes` fails to evaluate (R6.2). */
const TIMEOUT_ERROR = 'An error occurred when attempting to determine the step timeout.';
/** `continue-on-error`; an evaluation error counts as false (R11.3). */
function continueOnErrorOf(step, scope) {
    try {
        return evaluateBoolean(step.continueOnError, scope(), 'continue-on-error');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/engine/background.ts
/**
 * A background `run:`/`uses:` step (R6): queued with the coordinator, which runs it in a slot;
 * the main loop moves on at once, or once the step is ready with `ready:` (beyond native). Its
 * log group is printed when it ends; its state waits for a control step's flush (R11.4).
 */







/** R6: queue with the coordinator and move on at once (once ready, with `ready:`). */
async function startBackground(list, step, record, envContext) {
    const log = list.openLog(record, false);
    list.backgroundLogs.set(step.key, log);
    // R6.2 — an evaluation error of the timeout of a background step is only traced: no timeout.
    const timeoutMinutes = timeoutMinutesOf(step, () => list.scope(envContext, step), (error) => list.options.debug(`Step '${record.displayName}' (${step.id}) has no timeout: timeout-minutes failed (${(0,src_errors/* errorText */.kc)(error)})`));
    // The readiness deadline runs from now: it bounds how long the main loop waits here.
    const readiness = readinessFor(list, step, record);
    const entry = list.coordinator.start(backgroundTask(list, { step, record, envContext, log, timeoutMinutes, readiness }));
    if (readiness)
        await awaitReadiness(list, entry, record, readiness);
}
/** The coordinator's task: the step's attempts as its body, and the record kept up to date. */
function backgroundTask(list, queued) {
    const { step, record, envContext, log, readiness } = queued;
    let abandoned = false;
    return {
        key: step.key,
        id: step.id,
        displayName: record.displayName,
        timeoutMinutes: queued.timeoutMinutes,
        body: async ({ cancelSignal, killSignal }) => runStepAttempts(list, step, record, log, {
            stop: cancelSignal,
            execute: async (attemptLog) => {
                // Each attempt prints the runner's header again; a log probe skips it again.
                readiness?.setup.newAttempt();
                const stepLog = readiness ? readiness.setup.wrapLog(attemptLog) : attemptLog;
                const request = stepRequest(list, step, record, envContext, {
                    cancelSignal,
                    killSignal: AbortSignal.any([list.options.killSignal, killSignal]),
                    log: stepLog
                });
                return executeStep(list.options.executors, request);
            }
        }),
        continueOnError: () => continueOnErrorOf(step, () => list.scope(envContext, step)),
        notReadyReason: readiness?.reason,
        onQueued: () => list.options.log.event(`⏳ ${record.displayName} is waiting for a background slot`),
        onStart: () => {
            record.startedAt = list.elapsed();
            log.begin();
            list.options.log.event(`▶ ${record.displayName} started in the background`);
            readiness?.gate.begin();
        },
        // R29.3: left running after a cancel's grace — what it printed so far is shown now.
        onAbandoned: (entry) => {
            abandoned = true;
            log.abandon((0,log_titles/* abandonedTitle */.tx)(record.displayName, entry.result));
        },
        onFinish: (entry, message) => finishRecord(record, log, { entry, message, abandoned }, list.elapsed())
    };
}
/** R11.4: the step's own log and conclusion are complete at once; its state is deferred. */
function finishRecord(record, log, { entry, message, abandoned }, endedAt) {
    // A step cancelled while queued never started: it keeps no start time.
    record.endedAt = endedAt;
    if (message !== undefined) {
        log.error(message);
        record.errors.push(message);
    }
    record.result = entry.result;
    record.outcome = entry.outcome;
    record.summary = entry.execution?.summary ?? '';
    const tail = log.tail();
    if (tail.length > 0)
        record.outputTail = tail;
    const durationMs = endedAt - (record.startedAt ?? endedAt);
    log.end(abandoned
        ? (0,log_titles/* afterGraceTitle */.zU)(record.displayName, entry.result, durationMs)
        : (0,report_format/* finishedTitle */.$M)(record.displayName, entry.result, durationMs));
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

;// CONCATENATED MODULE: ./src/engine/control.ts
/**
 * The control steps — `wait`, `wait-all`, `cancel` — as the main loop runs them: always (R3),
 * each with its own log group of the coordinator's lines (R71), and their result merged into the
 * job result (R21, R39). While a wait blocks the main loop, the log follows the steps it waits
 * for, so that they are not silent until the end (report/log.ts).
 */



async function runControl(list, step) {
    const displayName = list.displayName(step, list.scope(undefined, step));
    const record = list.record(step, displayName);
    const startedAt = list.elapsed();
    record.startedAt = startedAt;
    const logs = list.options.log;
    logs.follow(followed(list, step));
    let outcome;
    try {
        outcome = await coordinate(list, step);
    }
    finally {
        logs.unfollow();
    }
    const endedAt = list.elapsed();
    record.endedAt = endedAt;
    record.waited = outcome.waited;
    // Q1 (recommended emulation): continue-on-error on a control step only softens its own
    // displayed conclusion; the final drain (R40) still counts the failure.
    const soft = outcome.result === 'Failed' && continueOnErrorOf(step, () => list.scope(list.state.env, step));
    const verdict = applyContinueOnError(outcome.result, soft);
    record.result = verdict.result;
    record.outcome = verdict.outcome;
    list.state.setResult(step, verdict.outcome, verdict.result);
    if (verdict.result === 'Failed')
        list.job.merge('Failed');
    const log = list.openLog(record, false);
    for (const line of outcome.lines)
        log.text(line);
    log.end((0,report_format/* finishedTitle */.$M)(displayName, verdict.result, endedAt - startedAt));
}
/** What the coordinator does for the step. */
async function coordinate(list, step) {
    switch (step.kind) {
        case 'wait':
            return list.coordinator.wait(step.targets, step.parallelGroup !== undefined);
        case 'wait-all':
            return list.coordinator.waitAll();
        case 'cancel':
            return list.coordinator.cancel(step.target);
    }
}
/**
 * The logs of the steps a wait will block on, in its order: its targets (a parallel group's
 * members, by key), or every step not completed yet for wait-all. A completed step does not
 * block (R23), even one a cancel abandoned still running, so it is not followed. A cancel blocks
 * for its grace at most: nothing is followed.
 */
function followed(list, step) {
    const pending = list.coordinator.registered.filter((entry) => !entry.completed);
    let entries;
    switch (step.kind) {
        case 'cancel':
            return [];
        case 'wait-all':
            entries = pending;
            break;
        case 'wait': {
            const byKey = step.parallelGroup !== undefined;
            entries = step.targets.flatMap((target) => pending.filter((entry) => (byKey ? entry.task.key : entry.task.id) === target));
        }
    }
    const logs = entries.flatMap((entry) => list.backgroundLogs.get(entry.task.key) ?? []);
    return [...new Set(logs)];
}

;// CONCATENATED MODULE: ./src/engine/foreground.ts
/**
 * A foreground `run:`/`uses:` step (R38): it runs now, in its own live log group, its effects
 * apply at once and a failure merges into the job result. Its own timeout and job cancellation
 * (R43: only when its `if:` no longer holds) stop it.
 */







/** Runs a foreground step to its end and publishes its result and effects. */
async function runForeground(list, step, record, envContext) {
    const log = list.openLog(record, true);
    const timeoutMinutes = timeoutMinutesOf(step, () => list.scope(envContext, step), () => log.error(TIMEOUT_ERROR));
    const watch = watchStep(list, step, record, envContext, timeoutMinutes);
    record.startedAt = list.elapsed();
    log.begin();
    const ended = { timeoutMinutes, cancelledByJob: false, timedOut: false, durationMs: 0 };
    try {
        ended.execution = await runStepAttempts(list, step, record, log, {
            // A step kept running through job cancellation (R43) starts no new attempt.
            stop: step.retry ? AbortSignal.any([watch.signal, list.options.cancelSignal]) : watch.signal,
            execute: async (attemptLog) => executeStep(list.options.executors, stepRequest(list, step, record, envContext, {
                cancelSignal: watch.signal,
                killSignal: list.options.killSignal,
                log: attemptLog
            }))
        });
    }
    catch (error) {
        ended.crash = (0,src_errors/* errorText */.kc)(error);
    }
    finally {
        watch.dispose();
    }
    record.endedAt = list.elapsed();
    ended.durationMs = record.endedAt - record.startedAt;
    ended.cancelledByJob = watch.cancelledByJob();
    ended.timedOut = watch.timedOut();
    conclude(list, step, record, envContext, log, ended);
}
function watchStep(list, step, record, envContext, timeoutMinutes) {
    const own = new AbortController();
    const named = `Step '${record.displayName}' (${step.id})`;
    let cancelledByJob = false;
    let timedOut = false;
    const timer = timeoutMinutes > 0
        ? setTimeout(() => {
            timedOut = true;
            list.options.debug(`${named} cancelled (reason: timeout after ${timeoutMinutes} minutes)`);
            own.abort('timeout');
        }, timeoutMinutes * 60_000)
        : undefined;
    // R43: on job cancellation the running step's `if` is evaluated again; if it is now
    // false the step is cancelled, otherwise it keeps running and gets no signal.
    list.onJobCancel = () => {
        let keep = false;
        try {
            keep = evaluateIf(step.if, list.scope(envContext, step));
        }
        catch {
            keep = false;
        }
        if (keep) {
            list.options.debug(`${named} is not cancelled with the job: its if: still holds`);
            return;
        }
        cancelledByJob = true;
        list.options.debug(`${named} cancelled (reason: job): its if: no longer holds`);
        own.abort('job');
    };
    if (list.job.cancelled)
        list.onJobCancel();
    return {
        signal: own.signal,
        cancelledByJob: () => cancelledByJob,
        timedOut: () => timedOut,
        dispose: () => {
            clearTimeout(timer);
            list.onJobCancel = undefined;
        }
    };
}
/** Logs how the step ended, applies its effects and publishes its result (R38). */
function conclude(list, step, record, envContext, log, ended) {
    let raw = ended.execution?.result ?? 'Failed';
    let message = ended.crash;
    if (ended.cancelledByJob) {
        raw = 'Canceled';
        message = 'The operation was canceled.';
    }
    else if (ended.timedOut) {
        raw = 'Failed';
        message = `The action '${record.displayName}' has timed out after ${ended.timeoutMinutes} minutes.`;
    }
    if (message !== undefined) {
        log.error(message);
        record.errors.push(message);
    }
    const soft = raw === 'Failed' && continueOnErrorOf(step, () => list.scope(envContext, step));
    const verdict = applyContinueOnError(raw, soft);
    const tail = log.tail();
    if (tail.length > 0)
        record.outputTail = tail;
    log.end((0,report_format/* finishedTitle */.$M)(record.displayName, verdict.result, ended.durationMs));
    if (ended.execution) {
        list.state.applyEffects(step, ended.execution);
        record.summary = ended.execution.summary;
    }
    record.result = verdict.result;
    record.outcome = verdict.outcome;
    list.state.setResult(step, verdict.outcome, verdict.result);
    if (verdict.result === 'Failed')
        list.job.merge('Failed');
}

;// CONCATENATED MODULE: ./src/engine/graph-step.ts
/**
 * A step with `needs` (beyond native, docs/needs.md) as the main loop meets it: registered with
 * the coordinator at once, a background step like any other, and the loop moves on (N2). Once
 * every step it needs has ended (N3, graph.ts), its `env:`, `name:` and `if:` are evaluated in its
 * own view (N4, N5); then it asks for a slot and runs as background.ts runs a step, or it ends
 * Skipped — or Failed, when they do not evaluate — without one.
 */



/** N2: registers the step and returns at once. */
function startGraphStep(list, step) {
    // Named as of now until its needs end: a wait or cancel may list it before that.
    const record = list.record(step, list.displayName(step, list.scope(undefined, step)));
    record.needs = list.graph.needKeysOf(step);
    const handover = {};
    const entry = list.coordinator.start(graphTask(list, step, record, handover), true);
    list.options.debug(`Step '${record.displayName}' (${step.id}) waits for its needs: ${(step.needs ?? []).join(', ')}`);
    list.graph.await(step, entry, (needs) => {
        whenReady(list, { step, record, entry, handover }, needs);
    });
}
/**
 * What the coordinator runs: the task background.ts builds, once there is one. Until then the
 * step has no timeout and no work, and an end without it (skipped, cancelled while it waited for
 * its needs) is recorded here.
 */
function graphTask(list, step, record, handover) {
    return {
        key: step.key,
        id: step.id,
        // Its `name:` is evaluated again when its needs have ended (N5).
        get displayName() {
            return record.displayName;
        },
        // R10 / N3: read when the step takes its slot, so the timeout counts from the slot.
        get timeoutMinutes() {
            return handover.task?.timeoutMinutes ?? 0;
        },
        body: async (signals) => {
            if (handover.task === undefined)
                throw new Error(`'${step.id}' started before its needs ended`);
            return handover.task.body(signals);
        },
        continueOnError: () => handover.task?.continueOnError() ?? false,
        onQueued: () => handover.task?.onQueued?.(),
        onStart: () => handover.task?.onStart?.(),
        // R29.3: a cancel's grace ended with it still running; its task prints what it has.
        onAbandoned: (entry) => handover.task?.onAbandoned?.(entry),
        notReadyReason: () => handover.task?.notReadyReason?.(),
        onFinish: (entry, message) => {
            if (handover.task)
                handover.task.onFinish?.(entry, message);
            else if (entry.result === 'Skipped')
                record.result = record.outcome = 'Skipped';
            // Cancelled while it waited for its needs, or failed before its start: a group as for a
            // step cancelled while queued for a slot (Q-d).
            else
                finishRecord(record, list.openLog(record, false), { entry, message, abandoned: false }, list.elapsed());
        }
    };
}
/** N3–N5: its needs have ended; evaluate it in its view, then ask for a slot or end it. */
function whenReady(list, registered, needs) {
    const { step, record, entry, handover } = registered;
    record.readyAt = list.elapsed();
    const ended = needs.map((need) => `${need.id}: ${need.result}`).join(', ');
    const start = evaluateStepStart(list, step, record);
    if ('error' in start) {
        // As R4 fails a step whose env: or if: does not evaluate; here it counts at the next wait.
        list.coordinator.endUnstarted(entry, 'Failed', start.error);
        return;
    }
    const { envContext, runIt } = start;
    const named = `Step '${record.displayName}' (${step.id})`;
    if (!runIt) {
        // N4.5: skipped without a slot; the steps that need it see it skipped in turn.
        list.options.debug(`${named} skipped: its needs ended (${ended}) and its if: is false`);
        announceSkipped(list, step, record);
        list.coordinator.endUnstarted(entry, 'Skipped');
        return;
    }
    list.options.debug(`${named} is ready: its needs ended (${ended})`);
    const timeoutMinutes = timeoutMinutesOf(step, () => list.scope(envContext, step), (error) => list.options.debug(`${named} has no timeout: timeout-minutes failed (${(0,src_errors/* errorText */.kc)(error)})`));
    const log = list.openLog(record, false);
    handover.task = backgroundTask(list, {
        step,
        record,
        envContext,
        log,
        timeoutMinutes,
        readiness: undefined
    });
    list.coordinator.admit(entry);
}

;// CONCATENATED MODULE: ./src/report/annotation-budget.ts
/** Annotations kept per step record. */
const MAX_KEPT_ANNOTATIONS = 1000;
/** Message bytes kept per step record (one `::error::` line can be megabytes long). */
const MAX_KEPT_ANNOTATION_BYTES = 256 * 1024;
/** Appends `annotation` to a record's list while its budget lasts; counts it as dropped otherwise. */
function keepAnnotation(record, annotation) {
    const budget = (record.annotationBudget ??= { bytes: 0, dropped: 0 });
    const bytes = Buffer.byteLength(annotation.message);
    if (record.annotations.length >= MAX_KEPT_ANNOTATIONS ||
        budget.bytes + bytes > MAX_KEPT_ANNOTATION_BYTES) {
        budget.dropped += 1;
        return;
    }
    budget.bytes += bytes;
    record.annotations.push(annotation);
}
/** How many annotations `keepAnnotation` did not keep in this record. */
function droppedAnnotations(record) {
    return record.annotationBudget?.dropped ?? 0;
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
;// CONCATENATED MODULE: ./src/engine/timers.ts
/**
 * The coordinator's timers (timeouts R10, the cancel grace R29), injectable so that unit tests
 * control time: a timer is a function that starts one and returns how to clear it.
 */
const defaultSetTimer = (callback, ms) => {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
};
/** Whether `promise` settles within `ms` (the timer is cleared either way). */
async function settlesWithin(promise, ms, setTimer) {
    let cancelTimer;
    const timedOut = new Promise((resolve) => {
        cancelTimer = setTimer(() => resolve(false), ms);
    });
    const result = await Promise.race([promise.then(() => true), timedOut]);
    cancelTimer?.();
    return result;
}

;// CONCATENATED MODULE: ./src/engine/coordinator.ts
/**
 * The background-step coordinator (docs/semantics.md §2.2–§2.9, §2.11–§2.14; runner
 * `BackgroundStepCoordinator.cs`): slots, deferred state, wait / wait-all / cancel, the grace
 * period and the final drain. It knows nothing about processes: a task's body is a function
 * the engine supplies, so tests drive it with fake bodies whose completion they control.
 */






class Coordinator {
    options;
    /** Registered steps in queue order (R14: wait-all and drain flush in this order). */
    entries = [];
    byId = new Map();
    byKey = new Map();
    limit;
    setTimer;
    debug;
    jobCancelled = false;
    failFastTriggered = false;
    /** Resolves an entry's `finished`: when its body settles, or at once when cancelled queued. */
    markFinished = new Map();
    constructor(options) {
        this.options = options;
        this.limit = (0,p_limit/* default */.A)(Math.max(1, options.maxConcurrency));
        this.setTimer = options.setTimer ?? defaultSetTimer;
        this.debug = options.debug ?? (() => undefined);
    }
    /**
     * R6 — queue a step; returns at once (the slot is taken inside the task, R7/R9). A `deferred`
     * step (one with `needs`, N3) is registered now but asks for its slot only when admitted.
     */
    start(task, deferred = false) {
        const controller = new AbortController();
        let markFinished;
        const finished = new Promise((resolve) => (markFinished = resolve));
        const entry = {
            task,
            state: 'queued',
            completed: false,
            explicitlyCancelled: false,
            controller,
            killer: new AbortController(),
            finished
        };
        this.entries.push(entry);
        this.byId.set(task.id, entry);
        this.byKey.set(task.key, entry);
        this.markFinished.set(entry, markFinished);
        if (!deferred)
            this.admit(entry);
        // Q-e: a step dequeued after job cancellation is queued with a cancelled token and never runs.
        if (this.jobCancelled)
            this.abort(entry, 'job');
        return entry;
    }
    /** R7/R9 — the step asks for a slot: at once, or (N3) once the steps it needs have ended. */
    admit(entry) {
        if (entry.state === 'finished')
            return;
        const { activeCount, pendingCount, concurrency } = this.limit;
        const queued = activeCount + pendingCount >= concurrency;
        const slot = queued ? 'waiting for a slot' : 'a slot is free';
        this.trace(entry, `queued: ${activeCount} of ${concurrency} slots in use, ${slot}`);
        void this.limit(async () => this.execute(entry)).finally(() => this.settle(entry));
        if (queued && !this.jobCancelled)
            entry.task.onQueued?.();
    }
    /** N4: a deferred step that ends without a slot — skipped by its `if:`, or failed before it started. */
    endUnstarted(entry, result, message) {
        if (entry.state === 'finished')
            return;
        this.finish(entry, result, undefined, message);
        this.settle(entry);
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
        // R22 — an id that is no registered step (a foreground or skipped one) is only traced.
        for (const { target, entry } of found) {
            if (entry === undefined)
                this.debug(`Wait references unknown background step: ${target}`);
        }
        const names = found.map(({ target, entry }) => entry?.task.displayName ?? target);
        const lines = [
            `Waiting for background step(s) to complete: ${names.length ? names.join(', ') : '(none)'}`
        ];
        const registered = found.flatMap(({ entry }) => (entry ? [entry] : []));
        // R23 — a completed target does not block, even one a cancel abandoned still running.
        await Promise.all(registered.filter((e) => !e.completed).map(async (entry) => entry.finished));
        return this.finishControl(registered, 'wait', lines);
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
        return this.finishControl(pending, 'wait-all', lines);
    }
    /** R28–R34 — `cancel`: signal, wait up to the grace period, complete and flush. Always Succeeded. */
    async cancel(target) {
        const entry = this.lookup(target, false);
        const lines = [`Cancelling background step(s): ${entry?.task.displayName ?? target}`];
        const waited = [];
        if (entry) {
            entry.explicitlyCancelled = true;
            if (entry.state !== 'finished') {
                // R29.3 — abandoned: left running, force-marked Canceled.
                await this.stopWithinGrace(entry, 'cancel', () => ({
                    result: 'Canceled',
                    outcome: 'Canceled'
                }));
            }
            this.complete(entry, 'cancel');
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
            this.complete(entry, 'the final drain');
        let merged;
        for (const entry of this.entries) {
            // N4.5: a graph step its `if:` skipped counts as neither success nor failure.
            if (entry.result === undefined || entry.result === 'Skipped')
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
            await this.stopWithinGrace(entry, 'not-ready', () => applyContinueOnError('Failed', softened(entry.task)));
        }
        this.complete(entry, 'not-ready');
    }
    /**
     * R29: signals the step and waits up to the grace period. A step still running then is
     * abandoned: left running, its result force-marked now so that the caller can complete and
     * flush it at once.
     */
    async stopWithinGrace(entry, reason, marked) {
        this.abort(entry, reason);
        const graceMs = this.options.graceMs ?? constants/* CANCEL_GRACE_MS */.RI;
        const inTime = await settlesWithin(entry.finished, graceMs, this.setTimer);
        if (inTime || entry.result !== undefined)
            return;
        const verdict = marked();
        entry.result = verdict.result;
        entry.outcome = verdict.outcome;
        this.trace(entry, `abandoned: still running after the ${(0,report_format/* formatSeconds */.Xo)(graceMs)} grace period; left running, marked ${verdict.result}`);
        entry.task.onAbandoned?.(entry);
        this.options.onEnded?.(entry);
    }
    /**
     * When the list ends: a step abandoned after a cancel's grace (R29.3) that still runs is
     * stopped now and waited for, so that its output and its real end reach the log and the
     * summary before our step exits (the runner would kill it at job end).
     */
    async finishAbandoned() {
        const running = this.entries.filter((entry) => entry.state !== 'finished');
        for (const entry of running) {
            this.trace(entry, 'still running when the list ended: killed');
            entry.killer.abort('list ended');
        }
        await Promise.all(running.map(async (entry) => entry.finished));
    }
    lookup(target, byKey) {
        return byKey ? this.byKey.get(target) : this.byId.get(target);
    }
    /** R18/R19/R20/R27: complete in list order, merge results, report one line per step. */
    finishControl(entries, by, lines) {
        let result = 'Succeeded';
        const waited = [];
        for (const entry of entries) {
            this.complete(entry, by);
            // N4.5: a skipped graph step does not change the merged result.
            if (entry.result !== undefined && entry.result !== 'Skipped') {
                result = mergeResults(result, entry.result);
            }
            waited.push({ name: entry.task.displayName, result: entry.result ?? 'Unknown' });
        }
        lines.push(by === 'wait'
            ? 'Finished waiting for background step(s).'
            : 'Finished waiting for all background step(s).');
        for (const step of waited)
            lines.push(`  ${step.name}: ${step.result}`);
        return { result, lines, waited };
    }
    /** Marks a step completed and flushes it once (Q-b: the flush is idempotent). */
    complete(entry, by) {
        if (entry.completed)
            return;
        entry.completed = true;
        this.trace(entry, `flushed by ${by}: ${entry.result ?? 'no result'}`);
        this.options.flush(entry);
    }
    /** A debug line about one step, named as the runner's trace names it. */
    trace(entry, text) {
        this.debug(`Background step '${entry.task.displayName}' (${entry.task.id}) ${text}`);
    }
    abort(entry, reason) {
        if (entry.controller.signal.aborted) {
            // R11 — the step's own token (its timeout, or readiness) fired first, and now the
            // background source is cancelled too: the runner then reports Canceled, not Failed.
            if (isCancellation(reason) && !isCancellation(entry.cancelReason)) {
                this.trace(entry, `cancelled again (reason: ${reason}, replacing ${entry.cancelReason})`);
                entry.cancelReason = reason;
            }
            return;
        }
        this.trace(entry, `cancelled while ${entry.state} (reason: ${reason})`);
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
        this.trace(entry, `took a slot: ${this.limit.activeCount} of ${this.limit.concurrency} slots in use`);
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
            execution = await task.body({
                cancelSignal: entry.controller.signal,
                killSignal: entry.killer.signal
            });
        }
        catch (error) {
            crash = (0,src_errors/* errorText */.kc)(error);
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
        const verdict = applyContinueOnError(result, result === 'Failed' && softened(task));
        entry.result = verdict.result;
        entry.outcome = verdict.outcome;
        entry.execution = execution;
        const started = entry.state === 'running';
        entry.state = 'finished';
        const outcome = verdict.outcome === verdict.result ? '' : ` (outcome ${verdict.outcome})`;
        this.trace(entry, `finished: ${verdict.result}${outcome}${started ? '' : ', never started'}`);
        const message = entry.timedOut === true
            ? `The background step '${task.displayName}' has timed out after ${task.timeoutMinutes} minutes.`
            : (crash ?? (result === 'Failed' ? notReady : undefined));
        task.onFinish?.(entry, message);
        if (this.options.failFast && verdict.result === 'Failed' && !this.failFastTriggered) {
            this.failFast(entry);
        }
        this.options.onEnded?.(entry);
    }
    /** Beyond native: the first failure cancels every other step, running or queued, at once. */
    failFast(failed) {
        this.failFastTriggered = true;
        const others = this.entries.filter((other) => other !== failed && other.state !== 'finished');
        this.trace(failed, `failed: fail-fast cancels ${others.length} other step(s)`);
        for (const other of others) {
            other.explicitlyCancelled = true;
            this.abort(other, 'fail-fast');
        }
        this.options.onFailFast?.(failed);
    }
}
/** `continue-on-error` of a step that failed (R11.3); an evaluation error counts as false. */
function softened(task) {
    try {
        return task.continueOnError();
    }
    catch {
        return false;
    }
}
/** Cancellations of the background source (explicit, job, fail-fast), not the step's own token. */
function isCancellation(reason) {
    return reason === 'cancel' || reason === 'job' || reason === 'fail-fast';
}

;// CONCATENATED MODULE: ./src/engine/display-name.ts
/**
 * A step's display name as the runner computes it when the step starts (R4.3). The main loop and
 * the `pre` stages (whose groups are titled `Pre <name>`) both name steps this way.
 */


/**
 * The evaluated `name:`, else the runner's default (`Run <first line>`, `Run <uses>`, …). An
 * empty result falls back to the default too; a `name:` that fails to evaluate shows as written.
 */
function stepDisplayName(step, scope) {
    if (step.name === undefined)
        return syntheticName(step);
    try {
        return evaluateString(step.name, scope, 'name') || syntheticName(step);
    }
    catch {
        return step.name;
    }
}

// EXTERNAL MODULE: ./src/workflow/model.ts
var model = __webpack_require__(3832);
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

;// CONCATENATED MODULE: ./src/engine/step-scopes.ts

class StepScopes {
    options;
    state;
    job;
    githubs = new WeakMap();
    /** Whether this list is a composite action's steps. */
    inComposite;
    constructor(options, state, job) {
        this.options = options;
        this.state = state;
        this.job = job;
        this.inComposite = options.parentAction !== undefined;
    }
    /**
     * The expression scope as of now. `env` is the given env context (R4). For a step, `github.action`
     * is that step's (R4.2): its id, or inside a composite the composite step's id.
     */
    scope(env = this.state.env, step) {
        const outerJob = asObject(this.options.contexts.job);
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
            workspace: this.options.workspace,
            hashFilesWorker: this.options.hashFilesWorker
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
            github = stepGithubContext(this.options.contexts.github, {
                action: this.options.parentAction ?? step.id,
                action_repository: '',
                action_ref: '',
                ...(this.inComposite ? {} : { action_path: '' }),
                ...NO_STEP_FILES
            });
            this.githubs.set(step, github);
        }
        return github;
    }
}

;// CONCATENATED MODULE: ./src/engine/graph.ts


class StepGraph {
    options;
    /** N1: each graph step's needs, resolved once, by step key. */
    needs;
    /** Keys of steps with a user-given id: only those publish to the `steps` context (§1.3). */
    explicit;
    /** In list order: the order in which steps that become ready at once are admitted (N3). */
    waiting = [];
    views = new Map();
    byKey = new Map();
    indexed = 0;
    checkScheduled = false;
    defer;
    constructor(options) {
        this.options = options;
        this.needs = resolveNeeds(options.steps);
        this.explicit = new Set(options.steps.filter((s) => s.explicitId).map((s) => s.key));
        this.defer = options.defer ?? ((run) => void setImmediate(run));
    }
    /** N1: the keys of the steps `step` needs that are in this plan (for its record). */
    needKeysOf(step) {
        return (this.needs.get(step.key) ?? []).flatMap((need) => (need.key ? [need.key] : []));
    }
    /**
     * N3: `ready` is called once every step `step` needs has ended — never if the step ends first
     * (cancelled while it waits: N2.1, N6). Steps found ready by the same check are called in list
     * order, and each asks for its slot at once, so slots go first-in, first-out by readiness.
     */
    await(step, entry, ready) {
        this.waiting.push({ step, entry, ready });
        this.schedule();
    }
    /** The coordinator's word that a step has its result: the steps that need it may be ready. */
    ended() {
        this.schedule();
    }
    /** N4/N5: a graph step's scope once its needs have ended; undefined for any other step. */
    scope(env, step) {
        const view = this.views.get(step.key);
        if (view === undefined)
            return undefined;
        // The status its success() and failure() read is its needs'; `job.status` stays the list's.
        return { ...view.scopes.scope(env, step), status: view.status };
    }
    /** N5: the state a graph step reads (its PATH prepends, the env names in its header). */
    stateOf(step) {
        return this.views.get(step.key)?.state;
    }
    /**
     * Checks after the current turn: one check sees every step that ended in it (ties in list
     * order), and a check never runs inside the coordinator's own bookkeeping.
     */
    schedule() {
        if (this.checkScheduled)
            return;
        this.checkScheduled = true;
        this.defer(() => {
            this.checkScheduled = false;
            this.check();
        });
    }
    check() {
        const ready = [];
        const still = [];
        for (const waiting of this.waiting) {
            // Cancelled while it waited (a cancel, fail-fast, the job): it never starts (N2.1, N6).
            if (waiting.entry.state === 'finished')
                continue;
            const needs = this.needs.get(waiting.step.key) ?? [];
            if (needs.every((need) => this.resultOf(need) !== undefined))
                ready.push(waiting);
            else
                still.push(waiting);
        }
        this.waiting.splice(0, this.waiting.length, ...still);
        for (const { step, ready: call } of ready) {
            const needs = (this.needs.get(step.key) ?? []).map((need) => ({
                id: need.id,
                result: this.resultOf(need) ?? 'Skipped'
            }));
            this.views.set(step.key, this.viewOf(step, needs));
            call(needs);
        }
    }
    /** A need's result once it has one (after continue-on-error); a step not in the plan never ran. */
    resultOf(need) {
        if (need.key === undefined)
            return 'Skipped';
        const entry = this.entryOf(need.key);
        if (entry !== undefined)
            return entry.result;
        return this.options.resultOf(need.key) ?? 'Skipped';
    }
    /**
     * N5: the list's state now, plus — in list order — what the step's needs, and theirs, left for
     * a flush that has not happened yet, published as the flush would publish it (R13, R14).
     * What a wait already published is part of the list's state.
     */
    viewOf(step, needs) {
        const state = copyState(this.options.state);
        const closure = this.closureOf(step.key);
        for (const entry of this.options.entries()) {
            if (!closure.has(entry.task.key) || entry.completed)
                continue;
            const publishing = { id: entry.task.id, explicitId: this.explicit.has(entry.task.key) };
            const { execution } = entry;
            if (execution) {
                state.applyEffects(publishing, { ...execution, env: deferredEnv(execution.env) });
            }
            if (entry.result !== undefined) {
                state.setResult(publishing, entry.outcome ?? entry.result, entry.result);
            }
        }
        const scopes = new StepScopes(this.options.scopes, state, this.options.job);
        return { state, scopes, status: statusOf(needs.map((need) => need.result)) };
    }
    /** The keys of the steps `key` needs, and of the steps those need, and so on. */
    closureOf(key) {
        const found = new Set();
        const visit = (from) => {
            for (const need of this.needs.get(from) ?? []) {
                if (need.key === undefined || found.has(need.key))
                    continue;
                found.add(need.key);
                visit(need.key);
            }
        };
        visit(key);
        return found;
    }
    /** The coordinator's entry of a step, indexed as entries are registered. */
    entryOf(key) {
        const entries = this.options.entries();
        for (; this.indexed < entries.length; this.indexed++) {
            this.byKey.set(entries[this.indexed].task.key, entries[this.indexed]);
        }
        return this.byKey.get(key);
    }
}
/**
 * N4 — the status a graph step's success() and failure() read, as a job's with `needs`:
 * `failure` when a need failed, `success` when every need succeeded (after continue-on-error),
 * and otherwise — a need cancelled or skipped — neither, which `cancelled` stands for here
 * (cancelled() itself reads the job's cancellation only).
 */
function statusOf(results) {
    if (results.includes('Failed'))
        return 'failure';
    return results.every((result) => result === 'Succeeded') ? 'success' : 'cancelled';
}
/**
 * N1: each graph step's needs, by step key. An id names the latest earlier `run:`/`uses:` step
 * with that explicit id (the plan is in list order, `parallel` members in place).
 */
function resolveNeeds(steps) {
    const latest = new Map();
    const needs = new Map();
    for (const step of steps) {
        if (step.kind !== 'run' && step.kind !== 'uses')
            continue;
        if (step.needs)
            needs.set(step.key, step.needs.map((id) => ({ id, key: latest.get(id) })));
        if (step.explicitId)
            latest.set(step.id, step.key);
    }
    return needs;
}
/** A copy of the list's state that can take a graph step's own additions. */
function copyState(state) {
    const copy = new JobState(state.env);
    for (const [id, entry] of Object.entries(state.steps)) {
        copy.steps[id] = { ...entry, outputs: { ...entry.outputs } };
    }
    for (const [name, value] of state.exportedEnv)
        copy.exportedEnv.set(name, value);
    copy.pathPrepend.push(...state.pathPrepend);
    return copy;
}

;// CONCATENATED MODULE: ./src/engine/records.ts
/**
 * A step's record as the main loop (or a `pre` stage) opens it: a foreground, non-implicit step
 * unless told otherwise.
 */
function newStepRecord(fields) {
    return {
        ...fields,
        background: fields.background ?? false,
        implicit: fields.implicit ?? false,
        summary: '',
        errors: [],
        annotations: []
    };
}

;// CONCATENATED MODULE: ./src/engine/list-runtime.ts









class ListRuntime {
    options;
    state;
    job = new JobResult();
    coordinator;
    /** Beyond native (`needs:`): the steps with needs, and what each sees once they ended. */
    graph;
    scopes;
    /** Every step the loop reached, in order (the `pre` stages' first). */
    records = [];
    /** Background steps' logs by step key: a control step follows those it waits for. */
    backgroundLogs = new Map();
    /** Re-evaluates the running foreground step's `if:` on job cancellation (R43). */
    onJobCancel;
    now;
    started;
    explicitKeys;
    /** The records by step key: what a need the main loop concluded itself ended with (N3). */
    recordsByKey = new Map();
    constructor(options) {
        this.options = options;
        this.state = new JobState(options.initialEnv);
        this.scopes = new StepScopes(options, this.state, this.job);
        this.explicitKeys = new Set(options.plan.steps.filter((s) => s.explicitId).map((s) => s.key));
        this.now = options.now ?? (() => Date.now());
        this.started = this.now();
        this.graph = new StepGraph({
            steps: options.plan.steps,
            scopes: options,
            state: this.state,
            job: this.job,
            entries: () => this.coordinator.registered,
            resultOf: (key) => this.recordsByKey.get(key)?.result
        });
        this.coordinator = new Coordinator({
            maxConcurrency: options.maxConcurrency,
            failFast: options.failFast,
            graceMs: options.cancelGraceMs,
            flush: (entry) => this.flush(entry),
            onFailFast: () => this.job.merge('Failed'),
            onEnded: () => this.graph.ended(),
            debug: options.debug
        });
    }
    /** Milliseconds since the list started: the records' times. */
    elapsed() {
        return this.now() - this.started;
    }
    /** The expression scope as of now (see StepScopes.scope); a graph step's own (N4, N5). */
    scope(env, step) {
        return (step && this.graph.scope(env, step)) ?? this.scopes.scope(env, step);
    }
    /** The state a step reads: the list's, or a graph step's own view of it (N5). */
    stateFor(step) {
        return this.graph.stateOf(step) ?? this.state;
    }
    /** Opens the record of a step the loop has reached, queued now. */
    record(step, displayName) {
        const record = newStepRecord({
            key: step.key,
            id: step.id,
            explicitId: step.explicitId,
            kind: step.kind,
            displayName,
            background: 'background' in step ? step.background : false,
            parallelGroup: 'parallelGroup' in step ? step.parallelGroup : undefined,
            implicit: step.kind === 'wait-all' && step.implicit,
            queuedAt: this.elapsed()
        });
        this.records.push(record);
        this.recordsByKey.set(step.key, record);
        return record;
    }
    /**
     * A step's display name (R4.3). A parallel group's own wait is named after its group, and the
     * implicit wait-all has the runner's fixed name; neither has a `name:` of its own.
     */
    displayName(step, scope) {
        if (step.kind === 'wait' && step.parallelGroup !== undefined) {
            return this.options.plan.groups[step.parallelGroup] ?? PARALLEL_GROUP_NAME;
        }
        if (step.kind === 'wait-all' && step.implicit)
            return IMPLICIT_WAIT_ALL_NAME;
        return stepDisplayName(step, scope);
    }
    /** Opens a step's log; its annotations are kept on the record for the summary. */
    openLog(record, live) {
        return this.options.log.open({
            title: record.displayName,
            live,
            // What the executor prints before the step's own output (report/step-header.ts).
            header: this.headerOf(record.kind),
            // Bounded: a flood of `::warning::` lines must not exhaust memory.
            onAnnotation: (annotation) => keepAnnotation(record, annotation)
        });
    }
    /** The header a step's executor prints before its output (report/step-header.ts). */
    headerOf(kind) {
        if (kind === 'uses')
            return 'action';
        if (kind !== 'run')
            return undefined;
        return this.options.colour === false ? 'run-no-colour' : 'run';
    }
    /** R14 — publish a background step's deferred state. */
    flush(entry) {
        const step = { id: entry.task.id, explicitId: this.explicitKeys.has(entry.task.key) };
        if (entry.execution) {
            this.state.applyEffects(step, { ...entry.execution, env: deferredEnv(entry.execution.env) });
        }
        if (entry.result !== undefined) {
            this.state.setResult(step, entry.outcome ?? entry.result, entry.result);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/job.ts
/**
 * The main loop (runner `StepsRunner.RunAsync`): walks the plan in order, evaluates `env:` and
 * `if:` (R4), hands each `run:`/`uses:` step to the foreground or background runner and each
 * control step to the control runner (always), reacts to job cancellation (R42–R44), ends with
 * the final drain (R40) and reports the list's result. The shared state of one list lives in
 * list-runtime.ts.
 */







/** Runs a validated plan to the end and reports what happened. */
async function runJob(options) {
    const list = new ListRuntime(options);
    const cancelled = () => {
        list.job.cancel();
        list.coordinator.cancelAll();
        list.onJobCancel?.();
    };
    if (options.cancelSignal.aborted)
        cancelled();
    else
        options.cancelSignal.addEventListener('abort', cancelled, { once: true });
    applyPrelude(list);
    try {
        for (const step of options.plan.steps) {
            if (step.kind === 'run' || step.kind === 'uses')
                await runExecutable(list, step);
            else
                await runControl(list, step);
        }
        // R40 — the final drain, then merge a non-Succeeded value into the job result.
        const drained = await list.coordinator.drain();
        if (drained !== undefined && drained !== 'Succeeded')
            list.job.merge(drained);
        // A step a cancel abandoned after its grace (R29.3) is stopped now, and its end recorded.
        await list.coordinator.finishAbandoned();
    }
    finally {
        options.cancelSignal.removeEventListener('abort', cancelled);
    }
    return report(list);
}
/** The `pre` stages' records and effects come first; their failure fails the list. */
function applyPrelude(list) {
    const prelude = list.options.prelude;
    if (!prelude)
        return;
    list.records.push(...prelude.records);
    list.state.applyEffects({ id: '', explicitId: false }, { outputs: [], ...prelude });
    if (prelude.failed)
        list.job.merge('Failed');
}
/** R4–R8 for one `run:`/`uses:` step. */
async function runExecutable(list, step) {
    // N2 (docs/needs.md): registered now; its env:, name: and if: wait for its needs (N4).
    if (step.needs !== undefined) {
        startGraphStep(list, step);
        return;
    }
    const record = list.record(step, list.displayName(step, list.scope(undefined, step)));
    const start = evaluateStepStart(list, step, record);
    if ('error' in start) {
        // An `env:` or `if:` evaluation error fails the step at once, even a background one (R4).
        failBeforeStart(list, step, record, start.error);
        return;
    }
    const { envContext, runIt } = start;
    if (!runIt) {
        // R5 / Q-a: skipped; the emulation publishes `skipped` like a foreground step.
        list.options.debug(`Step '${record.displayName}' (${step.id}) skipped: its if: is false`);
        announceSkipped(list, step, record);
        record.result = record.outcome = 'Skipped';
        list.state.setResult(step, 'Skipped', 'Skipped');
        return;
    }
    if (step.background)
        await startBackground(list, step, record, envContext);
    else
        await runForeground(list, step, record, envContext);
}
function failBeforeStart(list, step, record, message) {
    const log = list.openLog(record, false);
    log.error(message);
    log.end((0,report_format/* finishedTitle */.$M)(record.displayName, 'Failed', 0));
    record.errors.push(message);
    record.result = record.outcome = 'Failed';
    record.startedAt = record.endedAt = list.elapsed();
    list.state.setResult(step, 'Failed', 'Failed');
    list.job.merge('Failed');
}
/** The list's result (R38–R44), its records and state, and the steps that failed it. */
function report(list) {
    const { job, state } = list;
    const result = job.cancelled
        ? 'cancelled'
        : job.taskResult === 'Failed'
            ? 'failure'
            : job.taskResult === 'Canceled'
                ? 'cancelled'
                : 'success';
    const failedSteps = list.records
        .filter((record) => record.result === 'Failed' && !record.implicit)
        .map((record) => record.displayName);
    // A failure only surfaced by the final drain names the background step itself.
    for (const entry of list.coordinator.registered) {
        if (entry.result === 'Failed' && !failedSteps.includes(entry.task.displayName)) {
            failedSteps.push(entry.task.displayName);
        }
    }
    return {
        result,
        records: list.records,
        steps: state.steps,
        exportedEnv: state.exportedEnv,
        pathPrepend: state.pathPrepend,
        failedSteps,
        durationMs: list.elapsed(),
        ...(list.options.plan.shard ? { shard: list.options.plan.shard } : {})
    };
}

// EXTERNAL MODULE: ./src/report/log.ts + 7 modules
var log = __webpack_require__(5643);
;// CONCATENATED MODULE: ./src/executors/post-manifest.ts
/**
 * The post-stage manifest (docs/runner-emulation.md §4.6, §6): a step registers its action's post
 * the moment its pre or main starts; the registry keeps the registrations in start order and
 * persists everything the post needs to a JSON file under RUNNER_TEMP, because our post runs in
 * another process, which reads it back (`readPostManifest`).
 */





/**
 * Post registrations of one run, in start order. Every change is written to the manifest at
 * once, synchronously: our main can be killed at any moment after (the runner's SIGKILL, our own
 * cancellation backstop), and the post stage must find every registration and the latest state.
 * A write is a few KiB, once per start or end of an action's stage, next to a process spawn.
 */
class PostStageRegistry {
    /** Where the manifest is written; our main saves this path in our own state. */
    manifestPath;
    entries = [];
    final;
    /** The message of the last failed write; cleared by the next successful one. */
    writeError;
    constructor(options) {
        // The file holds evaluated inputs and env (possibly secrets): RUNNER_TEMP is emptied at
        // job end, and the file is only readable by us.
        this.manifestPath =
            options.manifestPath ??
                external_node_path_default().join(options.runnerTemp, `background-steps-post-${(0,external_node_crypto_.randomUUID)()}.json`);
    }
    /** Registers a post stage; a second registration for the same step returns the first one. */
    register(entry) {
        const existing = this.entries.find((registered) => registered.key === entry.key);
        if (existing !== undefined)
            return existing;
        this.entries.push(entry);
        this.changed();
        return entry;
    }
    /** The registrations, oldest first. */
    get registered() {
        return this.entries;
    }
    /** Writes the manifest (after a registration, or when a stage's state changed). */
    changed() {
        try {
            this.write();
            this.writeError = undefined;
        }
        catch (error) {
            this.writeError = (0,src_errors/* errorText */.kc)(error);
        }
    }
    /** Writes the manifest, with the job's final env and PATH when given; resolves to its path. */
    async persist(final) {
        if (final !== undefined) {
            this.final = { env: { ...final.env }, pathPrepend: [...final.pathPrepend] };
        }
        this.changed();
        if (this.writeError !== undefined) {
            throw new Error(`The post-stage manifest could not be written: ${this.writeError}`);
        }
        return Promise.resolve(this.manifestPath);
    }
    write() {
        const manifest = { version: 1, entries: this.entries, final: this.final };
        const temporary = `${this.manifestPath}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(this.manifestPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(temporary, JSON.stringify(manifest), { mode: 0o600 });
        // Rename is atomic: a post stage never reads a half-written manifest.
        (0,external_node_fs_.renameSync)(temporary, this.manifestPath);
    }
}
/** The manifest our main wrote; undefined when there is none (nothing registered a post). */
async function readPostManifest(manifestPath) {
    let text;
    try {
        text = await (0,promises_.readFile)(manifestPath, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    return JSON.parse(text);
}

;// CONCATENATED MODULE: ./src/executors/action-stages.ts










/**
 * Condition → run → finish: a false condition skips the stage without a log; an evaluation error
 * fails it with the error in its log; a stage that throws fails with its message.
 */
async function runConditionalStage(stage) {
    let runIt = false;
    let conditionError;
    try {
        runIt = stage.condition();
    }
    catch (error) {
        conditionError = (0,src_errors/* errorText */.kc)(error);
    }
    if (!runIt && conditionError === undefined)
        return { result: 'Skipped' };
    const log = stage.openLog();
    const started = Date.now();
    let execution;
    if (conditionError !== undefined) {
        log.error(conditionError);
        execution = executor_emptyExecution('Failed');
    }
    else {
        try {
            execution = await stage.run(log);
        }
        catch (error) {
            log.error((0,src_errors/* errorText */.kc)(error));
            execution = executor_emptyExecution('Failed');
        }
    }
    log.end((0,report_format/* finishedTitle */.$M)(stage.title, execution.result, Date.now() - started));
    return { result: execution.result, execution };
}
/**
 * Evaluates `pre-if`/`post-if` as written: unlike a step `if:`, it is not wrapped in
 * `success() && (…)` (runner PR #293). A `${{ }}` around it is optional; empty means `always()`.
 */
function evaluateStageCondition(condition, scope) {
    const trimmed = condition.trim();
    const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed);
    const expression = (wrapped ? wrapped[1] : trimmed).trim();
    if (expression === '')
        return true;
    // `always() && (x)` has x's truthiness, and its status function stops the implicit wrapping.
    return evaluateIf(`always() && (${expression})`, scope);
}
/**
 * The top-level steps whose action has a `pre` we run (§4.6): a remote node or docker action with
 * its own `pre`, or a remote composite action whose steps use one (it runs their pres).
 */
function stepsWithPre(steps, catalog) {
    const found = [];
    for (const step of steps) {
        if (step.kind !== 'uses')
            continue;
        let action;
        try {
            action = catalog.get(step.uses);
        }
        catch {
            continue; // the main stage reports the missing action
        }
        // Local actions get no pre; their main warns about it, as the runner does.
        if (action.reference.kind === 'local')
            continue;
        if (stageEntry(action, 'pre') !== undefined || hasEmbeddedPre(action, catalog)) {
            found.push({ step, action });
        }
    }
    return found;
}
/** A composite action whose own steps use a remote action with a `pre`. */
function hasEmbeddedPre(action, catalog) {
    const runs = action.manifest.runs;
    if (runs.using !== 'composite')
        return false;
    return usesOf(runs.steps).some((uses) => {
        try {
            const embedded = catalog.get(uses);
            return embedded.reference.kind === 'remote' && stageEntry(embedded, 'pre') !== undefined;
        }
        catch {
            return false;
        }
    });
}
/**
 * Runs the pre stages in list order before the first nested step. `pre-if` is evaluated with
 * the job status so far (success, unless an earlier pre failed) and no `steps` context; every
 * stage gets the step's `env:`, evaluated for it (§4.6, R4.1). The caller applies each
 * execution's effects and merges failures into the job status.
 */
async function runPreStages(steps, catalog, hooks) {
    const outcomes = [];
    let status = 'success';
    for (const { step, action } of stepsWithPre(steps, catalog)) {
        const base = hooks.scope();
        const scope = { ...base, contexts: { ...base.contexts, steps: {} }, status };
        const title = `Pre ${stepDisplayName(step, scope)}`;
        let envContext = scope.contexts.env;
        let request;
        const outcome = await runConditionalStage({
            title,
            condition: () => {
                envContext = evaluateStepEnv(step.env, scope);
                const withEnv = { ...scope, contexts: { ...scope.contexts, env: envContext } };
                return evaluateStageCondition(stageCondition(action, 'pre'), withEnv);
            },
            openLog: () => (request = hooks.request(step, title, envContext)).log,
            run: async () => hooks.runStage(request)
        });
        if (outcome.result === 'Failed')
            status = 'failure';
        outcomes.push({ step, title, ...outcome });
    }
    return outcomes;
}
/**
 * Runs the registered post stages of a manifest, newest first. Each `post-if` sees the job
 * status of that moment: a failed post turns a successful job status into failure for the
 * posts after it. Env and PATH changes of a post reach the posts after it.
 */
async function runPostStages(manifestPath, options) {
    const result = { failed: false, stages: [], env: [], path: [], summaries: [] };
    const manifest = await readPostManifest(manifestPath);
    if (manifest === undefined)
        return result;
    let status = options.jobStatus;
    const changes = { env: {}, path: [] };
    for (const entry of [...manifest.entries].reverse()) {
        const title = `Post ${entry.displayName}`;
        const outcome = await runConditionalStage({
            title,
            condition: () => evaluateStageCondition(entry.condition, postScope(options, status)),
            openLog: () => options.log.open({ title, live: true }),
            run: async (log) => runPost(entry, manifest, changes, log, options)
        });
        const execution = outcome.execution;
        if (execution !== undefined)
            collectPostEffects(execution, changes, result);
        if (outcome.result === 'Failed') {
            result.failed = true;
            if (status === 'success')
                status = 'failure';
        }
        result.stages.push({ key: entry.key, title, ...outcome });
    }
    return result;
}
/** One post stage, from what its step's main left in the manifest (§6.5). */
async function runPost(entry, manifest, changes, log, options) {
    const basePath = manifest.final?.pathPrepend ?? entry.pathPrepend;
    const kind = actionKind(entry.action);
    if (kind === 'composite')
        throw new Error(`'${entry.action.uses}' has no post stage.`);
    return options.runners[kind]({
        stage: 'post',
        action: entry.action,
        inputs: entry.inputs,
        identity: entry.identity,
        envContext: { ...(manifest.final?.env ?? entry.envContext), ...entry.stepEnv, ...changes.env },
        stepEnvNames: Object.keys(entry.stepEnv),
        // A post prints `Post job cleanup.` only: no env block.
        headerEnvNames: [],
        pathPrepend: withPathEntries(basePath, changes.path),
        state: entry.state,
        files: options.context.fileCommands.create(),
        log,
        cancelSignal: options.cancelSignal,
        killSignal: options.killSignal
    });
}
/** A post's GITHUB_ENV/PATH writes reach the posts after it and the job; its summary is kept. */
function collectPostEffects(execution, changes, result) {
    for (const [name, value] of execution.env) {
        changes.env[name] = value;
        result.env.push([name, value]);
    }
    for (const entryPath of execution.path) {
        addPathEntry(changes.path, entryPath);
        result.path.push(entryPath);
    }
    if (execution.summary !== '')
        result.summaries.push(execution.summary);
}
/** GITHUB_PATH semantics: a re-added entry moves to the end (the front of PATH). */
function addPathEntry(entries, entry) {
    const existing = entries.indexOf(entry);
    if (existing >= 0)
        entries.splice(existing, 1);
    entries.push(entry);
}
function withPathEntries(base, added) {
    const entries = [...base];
    for (const entry of added)
        addPathEntry(entries, entry);
    return entries;
}
/** The scope of a `post-if`: job-level contexts only, status functions on the given status. */
function postScope(options, status) {
    const given = options.contexts ?? {};
    const env = options.context.baseEnv;
    const job = typeof given.job === 'object' && given.job !== null ? given.job : {};
    return {
        contexts: {
            github: given.github ?? githubContext(env, {}, undefined),
            runner: given.runner ?? runnerContext(env),
            job: { ...job, status },
            strategy: given.strategy ?? {},
            matrix: given.matrix ?? {},
            env: {},
            steps: {},
            secrets: {},
            vars: given.vars ?? {},
            inputs: {}
        },
        status: status === 'cancelled' ? 'success' : status,
        cancelled: status === 'cancelled',
        workspace: options.context.workspace,
        hashFilesWorker: options.context.hashFilesWorker
    };
}

;// CONCATENATED MODULE: ./src/executors/composite-action.ts












/**
 * The contexts of a composite's steps: the composite's `github` and `inputs`, and no `secrets` or
 * `vars` (expressions §3.1: composite steps have none; the action schema rejects them, and steps
 * that use our extension keys skip that check, so they must not find them here either).
 */
function compositeContexts(outer, github, inputs) {
    return { ...outer.contexts, github, inputs, secrets: {}, vars: {} };
}
/** Runs composite actions' steps, in one list's scope; their steps get a list of their own. */
class CompositeActionExecutor {
    context;
    services;
    list;
    constructor(context, services, list) {
        this.context = context;
        this.services = services;
        this.list = list;
    }
    /**
     * Main runs the composite's steps. Pre runs the `pre` of the remote actions its steps use, in
     * order, each subject to its `pre-if` (runner-emulation §4.6: "nested pre steps are cached and
     * run in the composite's pre stage"), with the composite's `inputs` and the same state and post
     * registration keys its main will use, so their main stages find what their pre saved.
     */
    async runStage(stage, request, action) {
        const prepared = await this.prepare(request, action);
        if ('result' in prepared)
            return prepared;
        return stage === 'pre'
            ? this.runEmbeddedPre(request, prepared)
            : this.runMain(request, prepared);
    }
    /** The composite's inputs, the list of its steps and their contexts; a failed execution if not. */
    async prepare(request, action) {
        const { step, log } = request;
        const runs = action.manifest.runs;
        if (runs.using !== 'composite') {
            log.error(`'${step.uses}' is not a composite action.`);
            return executor_emptyExecution('Failed');
        }
        let inputs;
        try {
            const scope = request.scope();
            const result = actionInputs(action, evaluateWith(step.with, scope), scope);
            inputs = result.inputs;
            for (const warning of result.warnings)
                log.warning(warning);
        }
        catch (error) {
            log.error((0,src_errors/* errorText */.kc)(error));
            return executor_emptyExecution('Failed');
        }
        // The runner prints the same header for a composite as for any action (PrintActionDetails).
        printActionDetails(log, inputs, request.headerEnvNames, request.envContext);
        const list = await this.innerList(request, action, runs.steps);
        if ('result' in list)
            return list;
        const outer = request.scope();
        const github = { ...asObject(outer.contexts.github), action_path: action.directory };
        return {
            action,
            steps: runs.steps,
            contexts: compositeContexts(outer, github, inputs),
            outer,
            list,
            headerEnvNames: request.headerEnvNames
        };
    }
    /**
     * The list of the composite's own steps: one level deeper (at most 9), its actions prepared now
     * (the runner prepares a local composite's actions only when it runs), no workflow defaults.
     */
    async innerList(request, action, steps) {
        const { step, log } = request;
        const depth = this.list.depth + 1;
        if (depth > constants/* MAX_COMPOSITE_DEPTH */.bG) {
            log.error(`Composite action depth exceeded max depth ${constants/* MAX_COMPOSITE_DEPTH */.bG}`);
            return executor_emptyExecution('Failed');
        }
        // Its download lines go to the composite step's log, in their place among its output.
        const resolution = await resolveActions(steps, {
            ...this.services.resolveOptions,
            depth,
            log: (line) => log.text(line)
        });
        if (resolution.errors.length > 0) {
            for (const message of resolution.errors)
                log.error(message);
            return executor_emptyExecution('Failed');
        }
        return {
            // Workflow `defaults.run` never applies inside a composite.
            defaults: {},
            actions: resolution.catalog,
            depth,
            keyScope: `${this.list.keyScope}${step.key}/`,
            caller: { stepId: this.list.caller?.stepId ?? step.id, directory: action.directory }
        };
    }
    /** The embedded pres run as the top level's do (`runPreStages`), each shown inside our group. */
    async runEmbeddedPre(request, composite) {
        const { outer, contexts, list } = composite;
        const executors = this.services.executorsFor(list);
        const embeddedLogs = new log/* ChildLogs */.o(request.log);
        const outcomes = await runPreStages(buildPlan(composite.steps).steps, list.actions, {
            runStage: async (preRequest) => executors.uses.runStage('pre', preRequest),
            scope: () => ({ ...outer, contexts: { ...contexts, env: request.envContext } }),
            request: (step, title, envContext) => ({
                ...request,
                step,
                displayName: title,
                scope: () => ({ ...outer, contexts: { ...contexts, steps: {}, env: envContext } }),
                envContext,
                headerEnvNames: [...new Set([...composite.headerEnvNames, ...Object.keys(step.env)])],
                log: embeddedLogs.open({ title, live: true })
            })
        });
        const combined = executor_emptyExecution('Succeeded');
        for (const { execution } of outcomes) {
            if (execution === undefined)
                continue;
            if (execution.result === 'Failed')
                combined.result = 'Failed';
            combined.env.push(...execution.env);
            combined.path.push(...execution.path);
            if (execution.summary !== '')
                combined.summary += `${execution.summary}\n`;
        }
        return combined;
    }
    async runMain(request, composite) {
        const { list } = composite;
        const report = await runJob({
            parentAction: list.caller?.stepId,
            plan: buildPlan(composite.steps),
            executors: this.services.executorsFor(list),
            log: new log/* ChildLogs */.o(request.log),
            contexts: composite.contexts,
            initialEnv: request.envContext,
            headerEnvBase: composite.headerEnvNames,
            workspace: this.context.workspace,
            hashFilesWorker: this.context.hashFilesWorker,
            maxConcurrency: this.context.maxConcurrency,
            failFast: false,
            debug: this.context.debug,
            // Job cancellation reaches the composite's steps even when the composite itself keeps
            // running (`if: always()`); its own abort (timeout, cancel) stops them too.
            cancelSignal: AbortSignal.any([this.context.jobCancelSignal, request.cancelSignal]),
            killSignal: request.killSignal
        });
        const outputs = compositeOutputs(composite, report.steps, request);
        return {
            result: report.result !== 'success' || outputs.failed ? 'Failed' : 'Succeeded',
            outputs: outputs.values,
            env: [...report.exportedEnv],
            path: report.pathPrepend,
            state: [],
            summary: report.records
                .map((record) => record.summary)
                .filter((summary) => summary.trim() !== '')
                .join('\n')
        };
    }
}
/** `outputs.<id>.value` over the composite's own steps context (ActionManifestManager). */
function compositeOutputs(composite, steps, request) {
    const { outer, contexts, action } = composite;
    const scope = {
        ...outer,
        contexts: {
            ...outer.contexts,
            github: contexts.github,
            inputs: contexts.inputs,
            steps,
            env: request.envContext
        }
    };
    const values = [];
    let failed = false;
    for (const [name, definition] of Object.entries(action.manifest.outputs)) {
        if (definition.value === undefined)
            continue;
        try {
            values.push([name, evaluateString(definition.value, scope, `outputs.${name}`)]);
        }
        catch (error) {
            request.log.error((0,src_errors/* errorText */.kc)(error));
            failed = true;
        }
    }
    return { values, failed };
}

;// CONCATENATED MODULE: ./src/executors/uses-step.ts






class UsesStepExecutor {
    context;
    services;
    list;
    composite;
    constructor(context, services, list) {
        this.context = context;
        this.services = services;
        this.list = list;
        this.composite = new CompositeActionExecutor(context, services, list);
    }
    async execute(request) {
        return this.runStage('main', request);
    }
    async runStage(stage, request) {
        let action;
        try {
            action = this.resolve(request.step.uses);
        }
        catch (error) {
            request.log.error((0,src_errors/* errorText */.kc)(error));
            return executor_emptyExecution('Failed');
        }
        const kind = actionKind(action);
        if (kind === 'composite')
            return this.composite.runStage(stage, request, action);
        const setting = {
            list: this.list,
            records: this.services.records,
            fileCommands: this.context.fileCommands
        };
        return runActionStep(stage, request, action, setting, this.services.runners[kind]);
    }
    /** The list's prepared action; a bare `docker://image` needs no preparation, so one is made up. */
    resolve(uses) {
        try {
            return this.list.actions.get(uses);
        }
        catch (error) {
            if (!/^docker:\/\//i.test(uses))
                throw error;
            return dockerImageAction(uses, uses.slice('docker://'.length));
        }
    }
}

;// CONCATENATED MODULE: ./src/executors/prelude.ts
/**
 * What our main does for `uses:` steps before the first step runs, as the runner does at job
 * start: after "Prepare all required actions" (`resolve.ts`), every nested action's `pre` stage
 * in list order (runner-emulation §4.2, §4.6).
 */





/**
 * Download settings from the runner's environment and our inputs. An action that
 * `GITHUB_API_URL` answers 404 for is looked for at `fallback-api-url` (github.com by default),
 * with `fallback-token`: the runner's server of a GHES reaches github.com actions through GitHub
 * Connect, and a Gitea/Forgejo API has no tarball endpoint of this kind at all.
 */
function resolveOptionsFor(env, settings, runnerTemp, log) {
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const { fallbackApiUrl, fallbackToken } = settings;
    return {
        apiUrl,
        token: settings.token,
        ...(fallbackApiUrl === '' || fallbackApiUrl === apiUrl
            ? {}
            : { fallback: { apiUrl: fallbackApiUrl, token: fallbackToken } }),
        ...(settings.allowedActions ? { allowedActions: settings.allowedActions } : {}),
        log,
        workspace: settings.workspace,
        // The runner's own action cache is <work>/_actions, beside RUNNER_TEMP (<work>/_temp).
        cacheDir: external_node_path_.join(external_node_path_.dirname(runnerTemp), '_actions'),
        // One per run: the composites that resolve at run time get it with these options.
        inFlight: new download/* DownloadsInFlight */.B7()
    };
}
/** Runs the `pre` stages of the top level's steps and returns their effects for the main loop. */
async function runPrelude(steps, executors, actions, log, scope, signals) {
    const prelude = {
        records: [],
        env: [],
        path: [],
        failed: false
    };
    const started = Date.now();
    const records = new Map();
    const outcomes = await runPreStages(steps, actions, {
        runStage: async (request) => executors.uses.runStage('pre', request),
        scope,
        request: (step, title, envContext) => {
            const record = newStepRecord({
                key: `pre:${step.key}`,
                id: step.id,
                explicitId: false,
                kind: 'uses',
                displayName: title,
                queuedAt: Date.now() - started,
                startedAt: Date.now() - started
            });
            records.set(step.key, record);
            return {
                step,
                displayName: title,
                scope,
                envContext,
                headerEnvNames: Object.keys(step.env),
                pathPrepend: () => prelude.path,
                ...signals,
                log: log.open({
                    title,
                    live: true,
                    onAnnotation: (annotation) => keepAnnotation(record, annotation)
                })
            };
        }
    });
    for (const outcome of outcomes) {
        const record = records.get(outcome.step.key);
        if (!record || !outcome.execution)
            continue;
        record.endedAt = Date.now() - started;
        record.result = record.outcome = outcome.result === 'Failed' ? 'Failed' : 'Succeeded';
        record.summary = outcome.execution.summary;
        prelude.records.push(record);
        prelude.env.push(...outcome.execution.env);
        prelude.path.push(...outcome.execution.path);
        if (outcome.result === 'Failed')
            prelude.failed = true;
    }
    return prelude;
}

;// CONCATENATED MODULE: ./src/executors/uses-support.ts








/** The runners of node and Docker stages of one run (or of our post). */
function createActionRunners(context, dockerNetwork) {
    const docker = new DockerStageRunner(context, dockerNetwork);
    return { node: nodeStageRunner(context), docker: async (run) => docker.runStage(run) };
}
/** The run's `uses:` services, and through them the `uses:` executor of every list. */
function createActionServices(context, parts) {
    const services = {
        ...parts,
        usesExecutor: (list) => new UsesStepExecutor(context, services, list),
        executorsFor: (list) => createStepExecutors(context, list, services.usesExecutor)
    };
    return services;
}


/***/ })

};
