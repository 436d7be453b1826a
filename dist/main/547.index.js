export const id = 547;
export const ids = [547];
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

/***/ 2547:
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
// EXTERNAL MODULE: ./src/engine/executor.ts
var executor = __webpack_require__(8493);
// EXTERNAL MODULE: ./src/expressions/contexts.ts
var contexts = __webpack_require__(4579);
// EXTERNAL MODULE: ./src/expressions/evaluate.ts + 1 modules
var evaluate = __webpack_require__(4714);
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
                : (0,evaluate/* evaluateString */.H8)(definition.default, defaultsScope, `inputs.${name}.default`);
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
        values[name] = (0,evaluate/* evaluateString */.H8)(template, scope, `with.${name}`);
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
        request.log.error((0,errors/* errorText */.kc)(error));
        return (0,executor/* emptyExecution */.s)('Failed');
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
    const scope = (0,contexts/* withStepGithub */.qK)(request.scope(), {
        action: identity.GITHUB_ACTION,
        action_repository: identity.GITHUB_ACTION_REPOSITORY,
        action_ref: identity.GITHUB_ACTION_REF,
        ...(0,contexts/* fileCommandGithub */.dF)(files.files)
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

// EXTERNAL MODULE: ./src/executors/command-collector.ts + 1 modules
var command_collector = __webpack_require__(851);
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
        return (0,errors/* errorText */.kc)(error); // could not start (permissions, a vanished file, a missing cwd)
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

// EXTERNAL MODULE: ./src/runner/file-commands.ts
var file_commands = __webpack_require__(5277);
// EXTERNAL MODULE: ./src/runner/shell.ts
var shell = __webpack_require__(924);
// EXTERNAL MODULE: ./src/runner/command-syntax.ts
var command_syntax = __webpack_require__(8327);
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
            .map((item, index) => (0,evaluate/* evaluateString */.H8)(item, scope, `runs.args[${index}]`))
            .map((item) => ` "${item.replaceAll('"', '\\"')}"`)
            .join('');
        return (0,shell/* splitCommandLine */.aL)(line);
    }
    return (0,shell/* splitCommandLine */.aL)(inputValue(inputs, 'args') ?? '');
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
    for (const name of contexts/* CONTEXT_VARIABLE_NAMES */.Au) {
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
        env[name] = (0,evaluate/* evaluateString */.H8)(template, scope, `runs.env.${name}`);
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
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        printActionHeader(run);
        const cli = await this.usableCli();
        if ('problem' in cli) {
            log.error(cli.problem);
            return (0,executor/* emptyExecution */.s)('Failed');
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
            log.error((0,errors/* errorText */.kc)(error));
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        // The runner creates the home folder and expects the workflow folder; we make sure of both.
        await (0,promises_.mkdir)(external_node_path_.join(this.context.runnerTemp, '_github_home'), { recursive: true });
        await (0,promises_.mkdir)(external_node_path_.join(this.context.runnerTemp, '_github_workflow'), { recursive: true });
        const env = containerEnvironment(run, container.runsEnv, run.files.files, mounts, this.context);
        const cliEnv = { ...this.helperEnvironment(), ...env };
        const collector = new command_collector/* CommandCollector */.t(new ContainerPathsLog(log, mounts), cliEnv, this.context);
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

// EXTERNAL MODULE: ./src/executors/index.ts + 1 modules
var executors = __webpack_require__(2210);
// EXTERNAL MODULE: ./src/runner/environment.ts
var environment = __webpack_require__(5047);
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
        return (0,executor/* emptyExecution */.s)('Failed');
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
        return (0,executor/* emptyExecution */.s)('Failed');
    }
    const target = external_node_path_.join(action.directory, entry);
    if (!(0,external_node_fs_.existsSync)(target)) {
        log.error(`File not found: '${target}'`);
        return (0,executor/* emptyExecution */.s)('Failed');
    }
    const env = (0,environment/* buildStepEnvironment */.a)({
        base: context.baseEnv,
        envContext: run.envContext,
        pathPrepend: run.pathPrepend,
        identity: { ...run.identity, files: run.files.files },
        kind: 'node',
        extra: { ...stateVariables(run.state), ...inputVariables(run.inputs) }
    });
    const collector = new command_collector/* CommandCollector */.t(log, env, context);
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

// EXTERNAL MODULE: ./src/workflow/plan.ts + 1 modules
var plan = __webpack_require__(1088);
// EXTERNAL MODULE: ./src/catalog/allowed-actions.ts
var allowed_actions = __webpack_require__(6097);
// EXTERNAL MODULE: ./src/catalog/download.ts + 2 modules
var download = __webpack_require__(6650);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/workflow/scalar-text.ts
var scalar_text = __webpack_require__(2457);
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
    lines = new dist.LineCounter();
    doc;
    /** Everything found wrong so far; reading goes on as far as it can to report them together. */
    problems = [];
    constructor(text, 
    /** The file as messages name it. */
    displayFile) {
        this.text = text;
        this.displayFile = displayFile;
        this.doc = (0,dist.parseDocument)(text, { lineCounter: this.lines, uniqueKeys: false });
    }
    report(message, position) {
        this.problems.push({ message, position });
    }
    resolve(node) {
        return (0,dist.isAlias)(node) ? node.resolve(this.doc) : node;
    }
    /** The value under `key` in a mapping (keys compared exactly, as the runner does). */
    get(node, key) {
        const mapping = this.resolve(node);
        if (!(0,dist.isMap)(mapping))
            return undefined;
        const pair = mapping.items.find((item) => this.keyOf(item) === key);
        return pair ? (this.resolve(pair.value) ?? null) : undefined;
    }
    keyOf(pair) {
        const key = this.resolve(pair.key);
        return (0,dist.isScalar)(key) ? this.literalText(key) : '';
    }
    optionalText(node) {
        return (0,dist.isScalar)(node) && node.value !== null ? this.literalText(node) : undefined;
    }
    /** A scalar as the runner's string conversion gives it; null and non-scalars give ''. */
    scalarText(node) {
        return (0,dist.isScalar)(node) ? this.literalText(node) : '';
    }
    textList(node) {
        if (!(0,dist.isSeq)(node))
            return undefined;
        return node.items.map((item) => this.scalarText(this.resolve(item)));
    }
    textRecord(node) {
        if (!(0,dist.isMap)(node))
            return undefined;
        const record = {};
        for (const pair of node.items) {
            defineEntry(record, this.keyOf(pair), this.scalarText(this.resolve(pair.value)));
        }
        return record;
    }
    /** Plain scalars coerced like the runner's literal tokens: null → '', G15 numbers. */
    literalText(node) {
        return (0,dist.isScalar)(node) ? (0,scalar_text/* plainScalarText */.U)(node.value) : '';
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

// EXTERNAL MODULE: ./src/workflow/parse.ts + 10 modules
var parse = __webpack_require__(8691);
;// CONCATENATED MODULE: ./src/catalog/composite-steps.ts
/**
 * A composite action's `runs.steps` (docs/runner-emulation.md §4.7, docs/beyond-native.md): read by our
 * step-list parser, so they may use background, wait, wait-all, cancel and parallel. Steps that
 * use none of those are also checked by the action schema (manifest-schema.ts), whose messages
 * are the runner's; for the others, the composite rules the workflow schema lacks are added here.
 */



/** Step keys beyond the composite schema that our parser accepts (docs/beyond-native.md; `needs`: docs/needs.md). */
const EXTENSION_KEYS = new Set(['background', 'wait', 'wait-all', 'cancel', 'parallel', 'needs']);
/** Whether a `runs.steps` item uses a key beyond the composite schema. */
function isExtendedStep(manifest, item) {
    const step = manifest.resolve(item);
    return (0,dist.isMap)(step) && step.items.some((pair) => EXTENSION_KEYS.has(manifest.keyOf(pair)));
}
/**
 * `runs.steps` through our step-list parser. It gets the file's text with everything outside
 * the sequence blanked (newlines kept), so its line/column positions are the file's own.
 * `checkedBySchema`: plain steps the action schema found fault with; its messages are the
 * runner's, so our parser's (often reworded) findings inside them are left out.
 */
function compositeSteps(manifest, stepsNode, checkedBySchema) {
    const range = stepsNode?.range;
    if (!(0,dist.isSeq)(stepsNode) || !range)
        return []; // the schema has reported a non-sequence
    const source = blankOutside(manifest.text, range[0], range[2] ?? range[1]);
    const result = (0,parse/* parseStepList */.U)({ source, fileName: manifest.displayFile, mode: 'file' });
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
    if (!(0,dist.isSeq)(stepsNode))
        return;
    const check = (node) => {
        const step = manifest.resolve(node);
        if (!(0,dist.isMap)(step))
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
        if ((0,dist.isSeq)(members))
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
    if (!(0,dist.isMap)(runsNode))
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

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/trace-writer.js
var trace_writer = __webpack_require__(8782);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-schema.js + 2 modules
var action_schema = __webpack_require__(6151);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-reader.js
var template_reader = __webpack_require__(199);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js
var yaml_object_reader = __webpack_require__(589);
// EXTERNAL MODULE: ./src/workflow/yaml-checks.ts
var yaml_checks = __webpack_require__(3266);
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
function checkAliases(manifest) {
    if (manifest.doc.errors.length > 0)
        return true; // reported by the schema reader
    let alias;
    (0,dist.visit)(manifest.doc, {
        Alias(_key, node) {
            alias = node;
            return dist.visit.BREAK;
        }
    });
    if (alias === undefined)
        return true;
    try {
        manifest.doc.toJS({ maxAliasCount: yaml_checks/* MAX_ALIAS_COUNT */.w4 });
        return true;
    }
    catch (error) {
        const message = (0,errors/* errorText */.kc)(error);
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
        const message = (0,errors/* errorText */.kc)(error);
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
    if (!(0,dist.isSeq)(stepsNode))
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
    if (!checkAliases(manifest))
        fail(manifest);
    const root = manifest.doc.contents;
    const stepsNode = manifest.get(manifest.get(root, 'runs'), 'steps');
    const schema = validateWithSchema(manifest, stepsNode);
    if (!schema.readable || (manifest.problems.length > 0 && !(0,dist.isMap)(root)))
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
        name: (0,dist.isScalar)(name) && name.value !== null ? manifest.literalText(name) : describe,
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
    if (!(0,dist.isMap)(node))
        return inputs;
    for (const pair of node.items) {
        const definition = {};
        const metadata = manifest.resolve(pair.value);
        if ((0,dist.isMap)(metadata)) {
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
    if (!(0,dist.isMap)(node))
        return outputs;
    for (const pair of node.items) {
        const definition = manifest.resolve(pair.value);
        const value = (0,dist.isMap)(definition) ? manifest.get(definition, 'value') : undefined;
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
        let level = (0,plan/* usesOf */.MZ)(steps).map((uses) => ({ uses }));
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
                for (const child of (0,plan/* usesOf */.MZ)(runs.steps)) {
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
        const refused = this.options.allowedActions && (0,allowed_actions/* refusal */.x)(this.options.allowedActions, reference);
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
            list.push((0,errors/* errorText */.kc)(error));
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

// EXTERNAL MODULE: ./src/engine/job.ts + 18 modules
var job = __webpack_require__(6793);
// EXTERNAL MODULE: ./src/report/log.ts + 7 modules
var log = __webpack_require__(5643);
// EXTERNAL MODULE: ./src/engine/display-name.ts
var display_name = __webpack_require__(8194);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(2011);
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
            this.writeError = (0,errors/* errorText */.kc)(error);
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
        conditionError = (0,errors/* errorText */.kc)(error);
    }
    if (!runIt && conditionError === undefined)
        return { result: 'Skipped' };
    const log = stage.openLog();
    const started = Date.now();
    let execution;
    if (conditionError !== undefined) {
        log.error(conditionError);
        execution = (0,executor/* emptyExecution */.s)('Failed');
    }
    else {
        try {
            execution = await stage.run(log);
        }
        catch (error) {
            log.error((0,errors/* errorText */.kc)(error));
            execution = (0,executor/* emptyExecution */.s)('Failed');
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
    return (0,evaluate/* evaluateIf */.rb)(`always() && (${expression})`, scope);
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
    return (0,plan/* usesOf */.MZ)(runs.steps).some((uses) => {
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
        const title = `Pre ${(0,display_name/* stepDisplayName */.w)(step, scope)}`;
        let envContext = scope.contexts.env;
        let request;
        const outcome = await runConditionalStage({
            title,
            condition: () => {
                envContext = (0,evaluate/* evaluateStepEnv */.zc)(step.env, scope);
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
            github: given.github ?? (0,contexts/* githubContext */.h4)(env, {}, undefined),
            runner: given.runner ?? (0,contexts/* runnerContext */.cE)(env),
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
            return (0,executor/* emptyExecution */.s)('Failed');
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
            log.error((0,errors/* errorText */.kc)(error));
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        // The runner prints the same header for a composite as for any action (PrintActionDetails).
        printActionDetails(log, inputs, request.headerEnvNames, request.envContext);
        const list = await this.innerList(request, action, runs.steps);
        if ('result' in list)
            return list;
        const outer = request.scope();
        const github = { ...(0,contexts/* asObject */.eB)(outer.contexts.github), action_path: action.directory };
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
            return (0,executor/* emptyExecution */.s)('Failed');
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
            return (0,executor/* emptyExecution */.s)('Failed');
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
        const outcomes = await runPreStages((0,plan/* buildPlan */.Gg)(composite.steps).steps, list.actions, {
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
        const combined = (0,executor/* emptyExecution */.s)('Succeeded');
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
        const report = await (0,job/* runJob */.b)({
            parentAction: list.caller?.stepId,
            plan: (0,plan/* buildPlan */.Gg)(composite.steps),
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
            values.push([name, (0,evaluate/* evaluateString */.H8)(definition.value, scope, `outputs.${name}`)]);
        }
        catch (error) {
            request.log.error((0,errors/* errorText */.kc)(error));
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
            request.log.error((0,errors/* errorText */.kc)(error));
            return (0,executor/* emptyExecution */.s)('Failed');
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

// EXTERNAL MODULE: ./src/engine/records.ts
var engine_records = __webpack_require__(2052);
// EXTERNAL MODULE: ./src/report/annotation-budget.ts
var annotation_budget = __webpack_require__(9131);
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
            const record = (0,engine_records/* newStepRecord */.i)({
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
                    onAnnotation: (annotation) => (0,annotation_budget/* keepAnnotation */.Ll)(record, annotation)
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
        executorsFor: (list) => (0,executors/* createStepExecutors */.L)(context, list, services.usesExecutor)
    };
    return services;
}


/***/ })

};
