export const id = 708;
export const ids = [708];
export const modules = {

/***/ 8708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PostStageRegistry: () => (/* reexport */ PostStageRegistry),
  createActionExecutors: () => (/* reexport */ createActionExecutors),
  resolveActions: () => (/* reexport */ resolveActions),
  resolveOptionsFor: () => (/* reexport */ resolveOptionsFor),
  runPrelude: () => (/* reexport */ runPrelude)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/workflow/plan.ts + 1 modules
var plan = __webpack_require__(1088);
// EXTERNAL MODULE: ./src/actions/allowed-actions.ts
var allowed_actions = __webpack_require__(7577);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/actions/tarball.ts
/**
 * Safe extraction of a repository tarball (`GET /repos/{o}/{r}/tarball/{ref}`) without a tar
 * dependency: gunzip with node:zlib and a small streaming tar reader (ustar, GNU long names, pax).
 *
 * The archive comes from the network, so every entry is checked before anything is written:
 * absolute paths, `..`, links that leave the folder, writes through a symlink and special files
 * are refused. Extraction goes to a temporary folder beside the destination, which is renamed into
 * place only when the whole archive was read; on any error the temporary folder is removed.
 */





const BLOCK = 512;
/** Long-name and pax records are metadata: a few KiB at most in a real archive. */
const MAX_METADATA_BYTES = 1024 * 1024;
/** Where the host has no O_NOFOLLOW (Windows), the lstat checks before the open still apply. */
const O_NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const SEPARATORS = process.platform === 'win32' ? /[/\\]/ : /\//;
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
    const staging = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(parent, `.${external_node_path_default().basename(target)}.partial-`));
    try {
        const source = typeof archive === 'string' ? (0,external_node_fs_.createReadStream)(archive) : external_node_stream_.Readable.from([archive]);
        let extracted;
        await (0,promises_.pipeline)(source, (0,external_node_zlib_.createGunzip)(), async (data) => {
            extracted = await new TarExtractor(staging).extract(data);
        });
        if (extracted === undefined)
            throw new Error('The action archive was not read');
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
    return (await lstatOrUndefined(file)) !== undefined;
}
async function lstatOrUndefined(file) {
    try {
        return await external_node_fs_.promises.lstat(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
// ---------------------------------------------------------------------------------------------
// Reading blocks from the decompressed stream
// ---------------------------------------------------------------------------------------------
/** Hands out exact byte counts from a stream of arbitrarily sized chunks. */
class ByteReader {
    chunks = [];
    buffered = 0;
    ended = false;
    iterator;
    constructor(source) {
        this.iterator = source[Symbol.asyncIterator]();
    }
    /** Exactly `count` bytes, or undefined at a clean end of stream; throws on a short read. */
    async read(count) {
        await this.fill(count);
        if (this.buffered === 0 && this.ended)
            return undefined;
        if (this.buffered < count)
            throw new Error('The action archive is truncated');
        return this.take(count);
    }
    /** `count` bytes as a series of chunks, so a large file never sits in memory whole. */
    async *stream(count) {
        let remaining = count;
        while (remaining > 0) {
            await this.fill(1);
            if (this.buffered === 0)
                throw new Error('The action archive is truncated');
            const chunk = this.take(Math.min(remaining, this.chunks[0].length));
            remaining -= chunk.length;
            yield chunk;
        }
    }
    /** Skips `count` bytes (data of entries we do not write, block padding). */
    async skip(count) {
        let remaining = count;
        while (remaining > 0) {
            await this.fill(1);
            if (this.buffered === 0)
                throw new Error('The action archive is truncated');
            remaining -= this.take(Math.min(remaining, this.chunks[0].length)).length;
        }
    }
    /** Reads to the end, so the gunzip stream finishes cleanly. */
    async drain() {
        for (;;) {
            const next = await this.iterator.next();
            if (next.done)
                return;
        }
    }
    async fill(count) {
        while (this.buffered < count && !this.ended) {
            const next = await this.iterator.next();
            if (next.done) {
                this.ended = true;
            }
            else if (next.value.length > 0) {
                this.chunks.push(next.value);
                this.buffered += next.value.length;
            }
        }
    }
    take(count) {
        const parts = [];
        let remaining = count;
        while (remaining > 0) {
            const head = this.chunks[0];
            if (head.length <= remaining) {
                parts.push(head);
                this.chunks.shift();
                remaining -= head.length;
            }
            else {
                parts.push(head.subarray(0, remaining));
                this.chunks[0] = head.subarray(remaining);
                remaining = 0;
            }
        }
        this.buffered -= count;
        return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    }
}
function parseHeader(block) {
    const recorded = parseNumber(block.subarray(148, 156), 'checksum');
    if (recorded !== unsignedChecksum(block) && recorded !== signedChecksum(block)) {
        throw new Error('The action archive is corrupt (bad tar header checksum)');
    }
    const magic = block.subarray(257, 263).toString('latin1');
    // POSIX ustar splits long names into prefix + name; GNU tar uses that area for other fields.
    const prefix = magic === 'ustar\0' ? readString(block.subarray(345, 500)) : '';
    const name = readString(block.subarray(0, 100));
    return {
        name: prefix ? `${prefix}/${name}` : name,
        mode: parseNumber(block.subarray(100, 108), 'mode'),
        size: parseNumber(block.subarray(124, 136), 'size'),
        type: String.fromCharCode(block[156]),
        linkName: readString(block.subarray(157, 257))
    };
}
/** The checksum field counts as eight spaces. */
function unsignedChecksum(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : block[i];
    return sum;
}
/** Some old tars summed signed bytes; accept those too. */
function signedChecksum(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] << 24) >> 24;
    return sum;
}
/** Octal text, or GNU base-256 when the high bit of the first byte is set. */
function parseNumber(field, what) {
    if (field[0] & 0x80) {
        if (field[0] === 0xff)
            throw new Error(`The action archive is corrupt (negative ${what})`);
        let value = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        if (!Number.isSafeInteger(value))
            throw new Error(`The action archive is corrupt (${what})`);
        return value;
    }
    const text = field
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .replace(/^ +/, '');
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        throw new Error(`The action archive is corrupt (${what} '${text}')`);
    return parseInt(text, 8);
}
function readString(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
function isZeroBlock(block) {
    for (const byte of block)
        if (byte !== 0)
            return false;
    return true;
}
/** pax records: `<length> <key>=<value>\n`, the length in bytes and counting itself. */
function parsePax(data) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length) {
        if (data[offset] === 0)
            break;
        const space = data.indexOf(0x20, offset);
        const length = space === -1 ? NaN : Number(data.subarray(offset, space).toString('latin1'));
        if (!Number.isInteger(length) || length <= 0 || offset + length > data.length) {
            throw new Error('The action archive is corrupt (bad pax header)');
        }
        const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals === -1 || data[offset + length - 1] !== 0x0a) {
            throw new Error('The action archive is corrupt (bad pax record)');
        }
        records.set(record.slice(0, equals), record.slice(equals + 1));
        offset += length;
    }
    return records;
}
function paddingOf(size) {
    return (BLOCK - (size % BLOCK)) % BLOCK;
}
const ENTRY_KINDS = {
    '0': 'file',
    '\0': 'file',
    '7': 'file',
    '5': 'directory',
    '2': 'symlink',
    '1': 'hardlink'
};
const SPECIAL_FILES = {
    '3': 'character device',
    '4': 'block device',
    '6': 'FIFO'
};
class TarExtractor {
    root;
    /** The archive's single top-level folder, from the first entry. */
    top;
    /** Relative paths (joined with '/') verified to be real directories we created. */
    directories = new Set(['']);
    constructor(root) {
        this.root = root;
    }
    async extract(source) {
        const reader = new ByteReader(source);
        let globalPax = new Map();
        let localPax = new Map();
        let longName;
        let longLink;
        for (;;) {
            const block = await reader.read(BLOCK);
            if (block === undefined || isZeroBlock(block))
                break;
            const header = parseHeader(block);
            const size = Number(localPax.get('size') ?? globalPax.get('size') ?? header.size);
            if (!Number.isSafeInteger(size) || size < 0) {
                throw new Error(`The action archive is corrupt (size of '${header.name}')`);
            }
            if (['x', 'g', 'L', 'K'].includes(header.type)) {
                const data = await this.readMetadata(reader, header);
                if (header.type === 'x')
                    localPax = parsePax(data);
                if (header.type === 'g')
                    globalPax = new Map([...globalPax, ...parsePax(data)]);
                if (header.type === 'L')
                    longName = readString(data);
                if (header.type === 'K')
                    longLink = readString(data);
                continue;
            }
            const name = localPax.get('path') ?? longName ?? globalPax.get('path') ?? header.name;
            const linkName = localPax.get('linkpath') ?? longLink ?? globalPax.get('linkpath') ?? header.linkName;
            localPax = new Map();
            longName = undefined;
            longLink = undefined;
            const entry = { ...header, name, linkName, size };
            const kind = this.kindOf(entry);
            const relative = this.relativePath(entry.name, kind);
            if (relative === undefined || kind !== 'file') {
                // The top folder itself, directories and links carry no data we write.
                await reader.skip(size + paddingOf(size));
                if (relative !== undefined)
                    await this.writeNonFile(entry, kind, relative);
                continue;
            }
            await this.writeFile(entry, relative, reader.stream(size));
            await reader.skip(paddingOf(size));
        }
        await reader.drain();
        if (this.top === undefined)
            throw new Error('The action archive is empty');
        const comment = globalPax.get('comment');
        // A SHA-1 or SHA-256 object name; anything else is not a commit we could name.
        const commit = comment !== undefined && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(comment) ? comment : undefined;
        return commit === undefined ? { top: this.top } : { top: this.top, commit };
    }
    async readMetadata(reader, header) {
        if (header.size > MAX_METADATA_BYTES) {
            throw new Error(`The action archive is corrupt (${header.size}-byte metadata entry)`);
        }
        const data = header.size === 0 ? Buffer.alloc(0) : await reader.read(header.size);
        if (data === undefined)
            throw new Error('The action archive is truncated');
        await reader.skip(paddingOf(header.size));
        return data;
    }
    kindOf(entry) {
        const kind = ENTRY_KINDS[entry.type];
        if (kind)
            return kind;
        const special = SPECIAL_FILES[entry.type];
        if (special)
            throw refusal(entry.name, `it is a ${special}`);
        throw refusal(entry.name, `unsupported entry type '${entry.type}'`);
    }
    /**
     * The entry's path below the top folder as safe segments; undefined for the top folder itself.
     * Enforces the runner's rule of exactly one top-level directory.
     */
    relativePath(name, kind) {
        const segments = safeSegments(name);
        const [top, ...rest] = segments;
        if (this.top === undefined)
            this.top = top;
        if (top !== this.top || (rest.length === 0 && kind !== 'directory')) {
            throw refusal(name, `the archive must contain exactly one top-level directory ('${this.top}/')`);
        }
        return rest.length === 0 ? undefined : rest;
    }
    async writeFile(entry, relative, data) {
        const file = await this.prepareSlot(entry.name, relative);
        const flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | O_NOFOLLOW;
        // Permission bits only (no setuid/setgid/sticky); the umask applies, as with `tar -x`.
        const handle = await external_node_fs_.promises.open(file, flags, entry.mode & 0o777);
        try {
            for await (const chunk of data)
                await handle.write(chunk);
        }
        finally {
            await handle.close();
        }
    }
    async writeNonFile(entry, kind, relative) {
        switch (kind) {
            case 'directory':
                return this.makeDirectory(entry.name, relative, (entry.mode & 0o777) | 0o700);
            case 'symlink':
                return this.makeSymlink(entry, relative);
            case 'hardlink':
                return this.makeHardlink(entry, relative);
            case 'file':
                throw new Error('unreachable: files carry data');
        }
    }
    async makeDirectory(entryName, relative, mode) {
        await this.ensureParents(entryName, relative);
        const key = relative.join('/');
        if (this.directories.has(key))
            return;
        const full = external_node_path_default().join(this.root, ...relative);
        const existing = await lstatOrUndefined(full);
        if (existing?.isDirectory()) {
            this.directories.add(key);
            return;
        }
        if (existing)
            await external_node_fs_.promises.unlink(full);
        await external_node_fs_.promises.mkdir(full, { mode });
        this.directories.add(key);
    }
    async makeSymlink(entry, relative) {
        checkSymlinkTarget(entry.name, entry.linkName, relative.length - 1);
        const link = await this.prepareSlot(entry.name, relative);
        await external_node_fs_.promises.symlink(entry.linkName, link);
    }
    async makeHardlink(entry, relative) {
        const [top, ...source] = safeSegmentsOfLink(entry.name, entry.linkName);
        if (top !== this.top || source.length === 0) {
            throw refusal(entry.name, `its hard link target '${entry.linkName}' is outside the folder`);
        }
        // A link to itself (seen in some archivers' output) leaves the file as it is.
        if (source.join('/') === relative.join('/'))
            return;
        await this.checkParents(entry.name, source);
        const sourcePath = external_node_path_default().join(this.root, ...source);
        const stats = await lstatOrUndefined(sourcePath);
        if (!stats?.isFile()) {
            throw refusal(entry.name, `its hard link target '${entry.linkName}' is not a file extracted before it`);
        }
        const link = await this.prepareSlot(entry.name, relative);
        await external_node_fs_.promises.link(sourcePath, link);
    }
    /**
     * Makes room for a non-directory entry: parents exist as real directories, and whatever an
     * earlier entry left at this path is removed (a later entry wins, as with `tar -x`), unless
     * it is a directory.
     */
    async prepareSlot(entryName, relative) {
        await this.ensureParents(entryName, relative);
        const full = external_node_path_default().join(this.root, ...relative);
        const existing = await lstatOrUndefined(full);
        if (existing?.isDirectory())
            throw refusal(entryName, 'it would replace a directory');
        // Parents are real directories, so this removes the earlier entry itself (never a link target).
        if (existing)
            await external_node_fs_.promises.unlink(full);
        return full;
    }
    /** Creates missing parent folders one level at a time, refusing to pass through a symlink. */
    async ensureParents(entryName, relative) {
        await this.walkParents(entryName, relative, true);
    }
    /** Like ensureParents, without creating anything. */
    async checkParents(entryName, relative) {
        await this.walkParents(entryName, relative, false);
    }
    async walkParents(entryName, relative, create) {
        for (let depth = 1; depth < relative.length; depth++) {
            const parts = relative.slice(0, depth);
            const key = parts.join('/');
            if (this.directories.has(key))
                continue;
            const full = external_node_path_default().join(this.root, ...parts);
            // lstat asks the file system itself, so case-insensitive aliases of a symlink are caught too.
            const stats = await lstatOrUndefined(full);
            if (stats?.isSymbolicLink()) {
                throw refusal(entryName, `it would be written through the symbolic link '${key}'`);
            }
            if (stats && !stats.isDirectory())
                throw refusal(entryName, `'${key}' is not a directory`);
            if (!stats) {
                if (!create)
                    throw refusal(entryName, `'${key}' does not exist`);
                await external_node_fs_.promises.mkdir(full, { mode: 0o755 });
            }
            this.directories.add(key);
        }
    }
}
function refusal(entryName, reason) {
    return new Error(`Refusing to extract '${entryName}' from the action archive: ${reason}`);
}
function isAbsolute(name) {
    return name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name);
}
/** An archive path as segments, without empty and `.` segments; refuses absolute paths and `..`. */
function safeSegments(name) {
    if (name.includes('\0'))
        throw refusal(name, 'its name contains a NUL character');
    if (isAbsolute(name))
        throw refusal(name, 'it has an absolute path');
    const segments = name.split(SEPARATORS).filter((segment) => segment !== '' && segment !== '.');
    if (segments.includes('..'))
        throw refusal(name, "its path contains '..'");
    if (segments.length === 0)
        throw refusal(name, 'it has an empty path');
    return segments;
}
function safeSegmentsOfLink(entryName, linkName) {
    try {
        return safeSegments(linkName);
    }
    catch {
        throw refusal(entryName, `its hard link target '${linkName}' is outside the folder`);
    }
}
/**
 * A symlink may point only inside the folder. `..` is allowed only as a leading run that climbs
 * no higher than the folder root: the link's parents are real directories, so that climb is
 * physical, while a `..` after a name could climb out of whatever that name links to.
 */
function checkSymlinkTarget(entryName, target, parentDepth) {
    const outside = () => refusal(entryName, `its symbolic link target '${target}' is outside the folder`);
    if (target === '' || target.includes('\0') || isAbsolute(target))
        throw outside();
    const segments = target.split(SEPARATORS).filter((segment) => segment !== '' && segment !== '.');
    let climbs = 0;
    let seenName = false;
    for (const segment of segments) {
        if (segment !== '..') {
            seenName = true;
        }
        else if (seenName) {
            throw outside();
        }
        else {
            climbs++;
        }
    }
    if (climbs > parentDepth)
        throw outside();
}

;// CONCATENATED MODULE: ./src/actions/download.ts
/**
 * Downloading a repository action the way older runners did it themselves
 * (spec/runner-emulation.md §4.2 "Our equivalent"): the REST tarball endpoint, extracted into the
 * runner's cache layout `_actions/<owner>/<repo>/<ref>` with a `<ref>.completed` watermark beside it.
 * What the runner's server does before it hands out a download is done here too: shortened
 * commit SHAs are refused, and another server's 404 falls back to github.com (GitHub Connect).
 */





const DEFAULT_RETRY_DELAYS_MS = [2000, 5000];
/** A stalled connection must not hang the job: each attempt gives up after this long. */
const ATTEMPT_TIMEOUT_MS = 5 * 60_000;
const USER_AGENT = 'background-steps';
/** One download per cache folder at a time; later callers share the running one. */
const inFlight = new Map();
/** Downloads owner/repo@ref once per job into `${cacheDir}/${owner}/${repo}/${ref}` (watermark `${ref}.completed` beside it); concurrent callers for one ref share one download (single-flight). Returns the folder. */
async function downloadAction(ref, options) {
    const folder = cacheFolder(ref, options.cacheDir);
    const running = inFlight.get(folder);
    if (running)
        return running;
    const download = downloadOnce(ref, folder, options).finally(() => inFlight.delete(folder));
    inFlight.set(folder, download);
    return download;
}
/** The cache folder; refuses names that would step out of the cache directory. */
function cacheFolder(ref, cacheDir) {
    const described = describe(ref);
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
function describe(ref) {
    return `${ref.owner}/${ref.repo}@${ref.ref}`;
}
async function downloadOnce(ref, folder, options) {
    const watermark = `${folder}.completed`;
    if ((await isFile(watermark)) && (await isDirectory(folder)))
        return folder;
    const { response, source } = await fetchArchive(ref, options);
    const parent = external_node_path_default().dirname(folder);
    await external_node_fs_.promises.mkdir(parent, { recursive: true });
    const staging = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(parent, `.${external_node_path_default().basename(folder)}.download-`));
    try {
        const archive = external_node_path_default().join(staging, 'archive.tar.gz');
        if (!response.body)
            throw new Error(`Unable to download action '${describe(ref)}': empty response`);
        const body = external_node_stream_.Readable.fromWeb(response.body);
        await (0,promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(archive)).catch((error) => {
            throw new Error(`Unable to download action '${describe(ref)}': ${reasonOf(error)}`, {
                cause: error
            });
        });
        // A folder without its watermark is a broken earlier attempt: start over.
        await external_node_fs_.promises.rm(folder, { recursive: true, force: true });
        const extracted = await extractTarball(archive, folder).catch((error) => {
            throw new Error(`Unable to extract action '${describe(ref)}': ${reasonOf(error)}`, {
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
        options.log?.(`Download action repository '${describe(ref)}' (SHA:${sha})`);
        return folder;
    }
    finally {
        await external_node_fs_.promises.rm(staging, { recursive: true, force: true });
    }
}
/**
 * The tarball's response (body not read yet) and the API that gave it: the first API, or the
 * fallback when the first answered 404. A shortened commit SHA is refused on either.
 */
async function fetchArchive(ref, options) {
    let response;
    let source = options;
    try {
        response = await request(ref, options, options);
    }
    catch (error) {
        if (!(error instanceof NotFoundError) || options.fallback === undefined)
            throw error;
        source = options.fallback;
        response = await request(ref, source, options).catch((fallbackError) => {
            throw new Error(fallbackError instanceof NotFoundError
                ? `${error.message} It is not on ${source.apiUrl} either (${fallbackError.status}).`
                : `${error.message} Looking on ${source.apiUrl} failed too: ${reasonOf(fallbackError)}`, { cause: fallbackError });
        });
    }
    try {
        await refuseShortSha(ref, source, options);
    }
    catch (error) {
        await response.body?.cancel().catch(() => undefined);
        throw error;
    }
    return { response, source };
}
/** A ref that could be a commit SHA cut short (a full one has 40 hex digits). */
const SHORTENED_SHA = /^[0-9a-f]{1,39}$/;
/**
 * GitHub's resolver refuses a shortened commit SHA as a ref; the tarball endpoint would serve
 * it, so the check is ours (spec/runner-emulation.md §4.2 "Short SHAs"). A hex-looking ref is
 * looked up as a commit: refused when it resolves to a longer SHA it starts. A ref the lookup
 * cannot resolve, or a failed lookup, is left to the download that already found it.
 */
async function refuseShortSha(ref, source, options) {
    if (!SHORTENED_SHA.test(ref.ref))
        return;
    let sha;
    try {
        const response = await get(`${repositoryUrl(ref, source)}/commits/${ref.ref}`, 'application/vnd.github.sha', source, options);
        if (!response.ok) {
            await response.body?.cancel().catch(() => undefined);
            return;
        }
        sha = (await response.text()).trim();
    }
    catch {
        return;
    }
    if (sha.length > ref.ref.length && sha.startsWith(ref.ref)) {
        throw new Error(`Unable to resolve action \`${ref.owner}/${ref.repo}@${ref.ref}\`, the provided ref ` +
            `\`${ref.ref}\` is the shortened version of a commit SHA, which is not supported. ` +
            `Please use the full commit SHA \`${sha}\` instead.`);
    }
}
/** GET the tarball, retrying what may pass (network errors, 5xx, 429); a clear error otherwise. */
async function request(ref, source, options) {
    const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    for (let attempt = 0;; attempt++) {
        try {
            return await requestOnce(ref, source, options);
        }
        catch (error) {
            if (!(error instanceof TransientError) || attempt >= delays.length)
                throw error;
            await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
        }
    }
}
/** A failure another attempt may not have. */
class TransientError extends Error {
}
/** A 404: the API has no such repository or ref, or the token cannot see it. */
class NotFoundError extends Error {
    status;
    constructor(message, 
    /** `HTTP 404: <GitHub's message>`. */
    status) {
        super(message);
        this.status = status;
    }
}
function repositoryUrl(ref, source) {
    const api = source.apiUrl.replace(/\/+$/, '');
    return `${api}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}`;
}
/** One authenticated GET (fetch follows redirects, e.g. the tarball's 302 to codeload). */
async function get(url, accept, source, options) {
    const headers = {
        Accept: accept,
        'User-Agent': USER_AGENT,
        'X-GitHub-Api-Version': '2022-11-28'
    };
    if (source.token)
        headers.Authorization = `Bearer ${source.token}`;
    const fetchImpl = options.fetchImpl ?? fetch;
    return fetchImpl(url, {
        headers,
        redirect: 'follow',
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)
    });
}
/** One GET of the tarball. */
async function requestOnce(ref, source, options) {
    // Each ref segment is encoded on its own: `release/v1` keeps its slash, as in GitHub's own URLs.
    const refPath = ref.ref.split('/').map(encodeURIComponent).join('/');
    const url = `${repositoryUrl(ref, source)}/tarball/${refPath}`;
    let response;
    try {
        response = await get(url, 'application/vnd.github+json', source, options);
    }
    catch (error) {
        throw new TransientError(`Unable to download action '${describe(ref)}' from ${url}: ${reasonOf(error)}`, { cause: error });
    }
    if (response.ok)
        return response;
    const detail = await gitHubMessage(response);
    await response.body?.cancel().catch(() => undefined);
    const status = `HTTP ${response.status}${detail ? `: ${detail}` : ''}`;
    const message = httpFailure(ref, response, status, source.token !== '');
    if (response.status === 404)
        throw new NotFoundError(message, status);
    throw response.status >= 500 || response.status === 429
        ? new TransientError(message)
        : new Error(message);
}
function httpFailure(ref, response, status, authenticated) {
    const prefix = `Unable to download action '${describe(ref)}'`;
    switch (response.status) {
        case 404:
            return (`${prefix}: the repository or ref was not found, or the token cannot read it (${status}). ` +
                'github.token reaches only the current repository and public repositories; a private ' +
                'action in another repository needs a token that can read it.');
        case 401:
            return authenticated
                ? `${prefix}: the token was rejected (${status}). Check that the token is valid and not expired.`
                : `${prefix}: authentication is required (${status}). Pass a token.`;
        case 403:
            if (response.headers.get('x-ratelimit-remaining') === '0') {
                return `${prefix}: the API rate limit is exhausted (${status}).${authenticated ? '' : ' Pass a token: anonymous requests share a small rate limit.'}`;
            }
            return `${prefix}: access denied (${status}). The token lacks permission to read this repository.`;
        default:
            return `${prefix}: ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    }
}
/** GitHub's JSON `message`, if the error body has one (short; it never contains the token). */
async function gitHubMessage(response) {
    try {
        const text = await response.text();
        const parsed = JSON.parse(text);
        return typeof parsed.message === 'string' ? parsed.message.slice(0, 300) : '';
    }
    catch {
        return '';
    }
}
/**
 * The error's message, with the underlying cause of a `fetch failed` TypeError. Duck-typed:
 * errors from fetch may come from another realm, where `instanceof Error` is false.
 */
function reasonOf(error) {
    const message = messageOf(error);
    const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
    const causeMessage = cause === undefined ? undefined : messageOf(cause);
    return causeMessage && causeMessage !== message ? `${message} (${causeMessage})` : message;
}
function messageOf(error) {
    if (typeof error === 'object' && error !== null && 'message' in error) {
        return String(error.message);
    }
    return String(error);
}
async function isFile(file) {
    return external_node_fs_.promises.stat(file).then((stats) => stats.isFile(), () => false);
}
async function isDirectory(folder) {
    return external_node_fs_.promises.stat(folder).then((stats) => stats.isDirectory(), () => false);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
// EXTERNAL MODULE: ./src/workflow/parse.ts + 7 modules
var parse = __webpack_require__(7381);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/actions/manifest.ts
/**
 * Locating and loading an action's metadata (spec/runner-emulation.md §4.3, §4.4, §4.7), with the
 * runner's messages (`ActionManager.LoadAction`, `ActionManifestManager.Load`/`ConvertRuns`).
 *
 * Validation is GitHub's action schema from `@actions/workflow-parser`, read from the runner's
 * own root `action-root` (`parseAction` uses the stricter editor root `action-root-strict`, which
 * rejects manifests the runner runs: no `name`, extra keys, `using: Node20`). Composite
 * `runs.steps` are read by our step-list parser, so they may use background, wait, wait-all,
 * cancel and parallel; steps that use none of those also keep the action schema's exact checks.
 */










/** Manifest file names in the runner's search order. */
const MANIFEST_FILES = ['action.yml', 'action.yaml'];
const DOCKERFILES = ['Dockerfile', 'dockerfile'];
const NODE_VERSIONS = ['node12', 'node16', 'node20', 'node24'];
/** Step keys beyond the composite schema that our parser accepts (DESIGN §1). */
const EXTENSION_KEYS = new Set(['background', 'wait', 'wait-all', 'cancel', 'parallel']);
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
        if (manifest_isFile(external_node_path_default().join(directory, name)))
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
    return new ManifestReader((0,external_node_fs_.readFileSync)(file, 'utf8'), displayFile, describe, found).read();
}
function notFoundMessage(directory, describe, kind) {
    if (kind === 'remote') {
        return `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' for action '${describe}'.`;
    }
    return (`Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${external_node_path_default().resolve(directory)}'. ` +
        'Did you forget to run actions/checkout before running your local action?');
}
function manifest_isFile(file) {
    return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile();
}
class ManifestReader {
    text;
    displayFile;
    describe;
    fileName;
    lines = new dist.LineCounter();
    doc;
    problems = [];
    /**
     * Plain composite steps the action schema found fault with: its messages are the runner's, so
     * our parser's (often reworded) findings inside them are left out.
     */
    checkedBySchema = [];
    constructor(text, displayFile, describe, fileName) {
        this.text = text;
        this.displayFile = displayFile;
        this.describe = describe;
        this.fileName = fileName;
        this.doc = (0,dist.parseDocument)(text, { lineCounter: this.lines, uniqueKeys: false });
    }
    read() {
        if (!this.checkAliases())
            this.fail();
        const stepsNode = this.get(this.get(this.doc.contents, 'runs'), 'steps');
        const readable = this.validateWithSchema(stepsNode);
        if (!readable || (this.problems.length > 0 && !(0,dist.isMap)(this.doc.contents)))
            this.fail();
        const root = this.doc.contents;
        const runsNode = this.get(root, 'runs');
        const runs = runsNode === undefined ? undefined : this.convertRuns(runsNode, stepsNode);
        if (this.problems.length > 0)
            this.fail();
        if (runs === undefined) {
            throw new ManifestError([`Top level 'runs:' section is required for ${this.displayFile}`]);
        }
        const name = this.get(root, 'name');
        return {
            name: (0,dist.isScalar)(name) && name.value !== null ? this.literalText(name) : this.describe,
            inputs: this.inputs(this.get(root, 'inputs')),
            outputs: this.outputs(this.get(root, 'outputs')),
            runs,
            file: this.fileName
        };
    }
    /** Throws everything found, closed by the runner's `Failed to load <file>`. */
    fail() {
        const seen = new Set();
        const lines = [];
        for (const problem of this.sortedProblems()) {
            const line = this.format(problem);
            if (!seen.has(line))
                lines.push(line);
            seen.add(line);
        }
        throw new ManifestError([...lines, `Failed to load ${this.displayFile}`]);
    }
    /** By position (line, then column); the runner's unpositioned messages last; stable. */
    sortedProblems() {
        const key = (problem) => [
            problem.position?.line ?? Number.MAX_SAFE_INTEGER,
            problem.position?.column ?? Number.MAX_SAFE_INTEGER
        ];
        return [...this.problems].sort((a, b) => {
            const [lineA, columnA] = key(a);
            const [lineB, columnB] = key(b);
            return lineA - lineB || columnA - columnB;
        });
    }
    /** Positioned problems as the template library prints them; the runner's own texts as they are. */
    format(problem) {
        if (!problem.position)
            return problem.message;
        const { line, column } = problem.position;
        return `${this.displayFile} (Line: ${line}, Col: ${column}): ${problem.message}`;
    }
    /**
     * The schema reader expands every alias as it goes; a "billion laughs" manifest from a remote
     * repository must not exhaust memory, so the yaml package counts expansions first.
     */
    checkAliases() {
        if (this.doc.errors.length > 0)
            return true; // reported by the schema reader
        let alias;
        (0,dist.visit)(this.doc, {
            Alias(_key, node) {
                alias = node;
                return dist.visit.BREAK;
            }
        });
        if (alias === undefined)
            return true;
        try {
            this.doc.toJS({ maxAliasCount: parse/* MAX_ALIAS_COUNT */.w4 });
            return true;
        }
        catch (error) {
            const message = (0,errors/* errorText */.k)(error);
            this.problems.push({ message, position: this.spanOf(alias)?.start });
            return false;
        }
    }
    /**
     * GitHub's action schema over the whole file. Inside `runs.steps`, its verdict is kept for
     * steps written in plain composite syntax; steps using our extensions are checked by our
     * parser instead (convertRuns), since the schema knows none of those keys. False when the
     * text is not even YAML.
     */
    validateWithSchema(stepsNode) {
        const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), (0,action_schema/* getActionSchema */.E)(), new trace_writer/* NoOperationTraceWriter */.P());
        const fileId = context.getFileId(this.displayFile);
        const reader = new yaml_object_reader/* YamlObjectReader */.M(fileId, this.text);
        if (reader.errors.length > 0) {
            for (const error of reader.errors) {
                // Without the yaml package's " at line L, column C:" source excerpt; the prefix says where.
                const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
                this.problems.push({ message, position: error.range?.start });
            }
            return false; // not YAML: nothing more can be read
        }
        try {
            (0,template_reader/* readTemplate */.x)(context, 'action-root', reader, fileId);
        }
        catch (error) {
            const message = (0,errors/* errorText */.k)(error);
            this.problems.push({ message: `The action metadata could not be validated: ${message}` });
        }
        const items = this.stepItems(stepsNode);
        for (const error of context.errors.getErrors()) {
            const start = error.range?.start;
            const item = start && items.find((candidate) => contains(candidate.span, start));
            if (item && item.extended)
                continue;
            if (item)
                this.checkedBySchema.push(item.span);
            this.problems.push({ message: error.rawMessage, position: start });
        }
        return true;
    }
    /** The `runs.steps` items, and whether each uses a key beyond the composite schema. */
    stepItems(stepsNode) {
        if (!(0,dist.isSeq)(stepsNode))
            return [];
        const items = [];
        for (const item of stepsNode.items) {
            const span = this.spanOf(item);
            if (span)
                items.push({ span, extended: this.isExtended(item) });
        }
        return items;
    }
    isExtended(item) {
        const step = this.resolve(item);
        return (0,dist.isMap)(step) && step.items.some((pair) => EXTENSION_KEYS.has(this.keyOf(pair)));
    }
    // -------------------------------------------------------------------------------------------
    // runs (ActionManifestManager.ConvertRuns)
    // -------------------------------------------------------------------------------------------
    convertRuns(runsNode, stepsNode) {
        if (!(0,dist.isMap)(runsNode))
            return undefined; // the schema has said why
        const field = (key) => this.optionalText(this.get(runsNode, key));
        const using = field('using');
        if (using === undefined) {
            this.problems.push({
                message: "Missing 'using' value. 'using' requires 'composite', 'docker', 'node12', 'node16', 'node20' or 'node24'."
            });
            return undefined;
        }
        const usingLower = using.toLowerCase();
        if (usingLower === 'docker') {
            const image = field('image');
            if (!image) {
                this.problems.push({
                    message: `You are using a Container Action but an image is not provided in ${this.displayFile}.`
                });
                return undefined;
            }
            return {
                using: 'docker',
                image,
                entrypoint: field('entrypoint'),
                args: this.textList(this.get(runsNode, 'args')),
                env: this.textRecord(this.get(runsNode, 'env')),
                preEntrypoint: field('pre-entrypoint'),
                preIf: field('pre-if') ?? 'always()',
                postEntrypoint: field('post-entrypoint'),
                postIf: field('post-if') ?? 'always()'
            };
        }
        const nodeVersion = NODE_VERSIONS.find((version) => version === usingLower);
        if (nodeVersion) {
            const main = field('main');
            if (!main) {
                this.problems.push({
                    message: `You are using a JavaScript Action but there is not an entry JavaScript file provided in ${this.displayFile}.`
                });
                return undefined;
            }
            return {
                using: nodeVersion,
                main,
                pre: field('pre'),
                preIf: field('pre-if') ?? 'always()',
                post: field('post'),
                postIf: field('post-if') ?? 'always()'
            };
        }
        if (usingLower === 'composite') {
            if (stepsNode === undefined) {
                this.problems.push({
                    message: `You are using a composite action but there are no steps provided in ${this.displayFile}.`
                });
                return undefined;
            }
            return { using: 'composite', steps: this.compositeSteps(stepsNode) };
        }
        this.problems.push({
            message: `'using: ${using}' is not supported, use 'docker', 'node12', 'node16', 'node20' or 'node24' instead.`
        });
        return undefined;
    }
    /**
     * `runs.steps` through our step-list parser. It gets the file's text with everything outside
     * the sequence blanked (newlines kept), so its line/column positions are the file's own.
     */
    compositeSteps(stepsNode) {
        const range = stepsNode?.range;
        if (!(0,dist.isSeq)(stepsNode) || !range)
            return []; // the schema has reported a non-sequence
        const source = blankOutside(this.text, range[0], range[2] ?? range[1]);
        const result = (0,parse/* parseStepList */.Uq)({ source, fileName: this.displayFile, mode: 'file' });
        for (const error of result.errors) {
            const position = error.line !== undefined ? { line: error.line, column: error.column ?? 1 } : undefined;
            if (position && this.checkedBySchema.some((span) => contains(span, position)))
                continue;
            this.problems.push({ message: error.message, position });
        }
        this.checkExtensionSteps(stepsNode);
        return result.steps;
    }
    /**
     * Composite rules the workflow schema lacks, for the steps the action schema did not see:
     * `shell` is required on run steps (`action_yaml.json`), and there is no `timeout-minutes`.
     */
    checkExtensionSteps(stepsNode) {
        if (!(0,dist.isSeq)(stepsNode))
            return;
        const check = (node) => {
            const step = this.resolve(node);
            if (!(0,dist.isMap)(step))
                return;
            const keys = step.items.map((pair) => this.keyOf(pair));
            if (keys.includes('run') && !keys.includes('shell')) {
                this.problems.push({
                    message: 'Required property is missing: shell',
                    position: this.spanOf(step)?.start
                });
            }
            const timeout = step.items.find((pair) => this.keyOf(pair) === 'timeout-minutes');
            if (timeout) {
                this.problems.push({
                    message: "Unexpected value 'timeout-minutes'",
                    position: this.spanOf(timeout.key)?.start
                });
            }
            const members = this.resolve(this.get(step, 'parallel'));
            if ((0,dist.isSeq)(members))
                members.items.forEach(check);
        };
        for (const item of stepsNode.items)
            if (this.isExtended(item))
                check(item);
    }
    // -------------------------------------------------------------------------------------------
    // inputs and outputs (raw templates; evaluated by the executors)
    // -------------------------------------------------------------------------------------------
    /** Only `default` and `deprecationMessage` are read, compared case-insensitively (runner). */
    inputs(node) {
        const inputs = {};
        if (!(0,dist.isMap)(node))
            return inputs;
        for (const pair of node.items) {
            const definition = {};
            const metadata = this.resolve(pair.value);
            if ((0,dist.isMap)(metadata)) {
                for (const entry of metadata.items) {
                    const key = this.keyOf(entry).toLowerCase();
                    const value = this.resolve(entry.value);
                    if (key === 'default')
                        definition.default = this.scalarText(value);
                    if (key === 'deprecationmessage')
                        definition.deprecationMessage = this.scalarText(value);
                }
            }
            defineEntry(inputs, this.keyOf(pair), definition);
        }
        return inputs;
    }
    outputs(node) {
        const outputs = {};
        if (!(0,dist.isMap)(node))
            return outputs;
        for (const pair of node.items) {
            const definition = this.resolve(pair.value);
            const value = (0,dist.isMap)(definition) ? this.get(definition, 'value') : undefined;
            defineEntry(outputs, this.keyOf(pair), value === undefined ? {} : { value: this.scalarText(value) });
        }
        return outputs;
    }
    // -------------------------------------------------------------------------------------------
    // YAML helpers
    // -------------------------------------------------------------------------------------------
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
        if (!(0,dist.isScalar)(node))
            return '';
        const value = node.value;
        if (value === null || value === undefined)
            return '';
        if (typeof value === 'boolean')
            return value ? 'true' : 'false';
        if (typeof value === 'number')
            return (0,parse/* formatNumberG15 */.yr)(value);
        if (typeof value === 'string')
            return value;
        // The YAML core schema yields nothing else for a scalar; never print '[object Object]'.
        return JSON.stringify(value) ?? '';
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
/** The text with every character outside [start, end) replaced by a space, newlines kept. */
function blankOutside(text, start, end) {
    const blank = (part) => part.replace(/[^\r\n]/g, ' ');
    return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
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

;// CONCATENATED MODULE: ./src/actions/reference.ts
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

;// CONCATENATED MODULE: ./src/actions/resolve.ts
/**
 * "Prepare all required actions" (spec/runner-emulation.md §4.2): every `uses:` of the step list,
 * and of the composite actions it reaches, is downloaded and loaded before the first step runs,
 * so a typo in a ref or a broken `action.yml` fails the run at once with every problem listed.
 *
 * Local `./` actions whose folder has no manifest yet are not an error here: the runner loads
 * them only when their step runs (an earlier step may check them out), so the catalog loads them
 * then, with the runner's "Can't find …" message if they are still missing.
 */







/** The runner's `Constants.CompositeActionsMaxDepth`. */
const MAX_COMPOSITE_DEPTH = 9;
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
            if (depth > MAX_COMPOSITE_DEPTH) {
                const [first] = level;
                const where = first.parent ? ` ('${first.parent}' uses '${first.uses}')` : '';
                this.depthError = `Composite action depth exceeded max depth ${MAX_COMPOSITE_DEPTH}${where}`;
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
            repositoryDirectory = await downloadAction({ owner, repo, ref }, this.options);
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
            list.push((0,errors/* errorText */.k)(error));
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

// EXTERNAL MODULE: ./src/engine/executor.ts
var executor = __webpack_require__(8493);
// EXTERNAL MODULE: ./src/engine/job.ts + 8 modules
var job = __webpack_require__(2034);
// EXTERNAL MODULE: ./src/expressions/evaluate.ts + 2 modules
var evaluate = __webpack_require__(3823);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/expressions/contexts.ts
var contexts = __webpack_require__(4579);
// EXTERNAL MODULE: ./src/runner/file-commands.ts
var file_commands = __webpack_require__(5277);
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
 * Prepares the pre or main stage of a `uses:` step: resolves the action, registers its post
 * (before anything can fail, as the runner does), evaluates `with:` and merges defaults,
 * reporting the runner's warnings. Synchronous, so registration order is start order. Throws
 * with the message the step should fail with.
 */
function prepareActionStage(stage, request, options) {
    const step = request.step;
    const { log } = request;
    const action = options.resolve(step.uses);
    if (stage === 'main' &&
        action.reference.kind === 'local' &&
        stageEntry(action, 'pre') !== undefined) {
        log.warning(`\`pre\` execution is not supported for local action from '${action.reference.path}'`);
    }
    // One state and one post per step of the whole job, whichever list (or composite use) it is in.
    const key = `${options.host.keyScope ?? ''}${step.key}`;
    let state = options.states.get(key);
    if (state === undefined) {
        state = {};
        options.states.set(key, state);
    }
    // Steps inside a composite keep the composite step's GITHUB_ACTION (runner PR #615).
    const identity = {
        ...actionIdentity(options.host.parentAction ?? step.id, action),
        ...(options.host.actionPath !== undefined
            ? { GITHUB_ACTION_PATH: options.host.actionPath }
            : {})
    };
    const stepEnvNames = Object.keys(step.env);
    const stepEnv = Object.fromEntries(stepEnvNames.map((name) => [name, request.envContext[name] ?? '']));
    const pathPrepend = [...request.pathPrepend()];
    const entry = registerPost(stage, request, options, key, {
        action,
        identity,
        state,
        stepEnv,
        pathPrepend
    });
    // The stage's files exist before its inputs are evaluated: `with:` sees the step's own
    // `github.action`, repository, ref and files (expressions.md §3).
    const files = (0,file_commands/* createFileCommandFiles */.nm)(options.host.runnerTemp);
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
        headerEnvNames: request.headerEnvNames ?? stepEnvNames,
        pathPrepend,
        state,
        files,
        log,
        cancelSignal: request.cancelSignal,
        killSignal: request.killSignal
    };
}
/** Runs the pre or main stage of an action step; the stage's saved state joins the step's state. */
async function runActionStep(stage, request, options, runAction) {
    let run;
    try {
        run = prepareActionStage(stage, request, options);
    }
    catch (error) {
        request.log.error((0,errors/* errorText */.k)(error));
        return (0,executor/* emptyExecution */.s)('Failed');
    }
    try {
        const execution = await runAction(run);
        for (const [name, value] of execution.state)
            run.state[name] = value;
        return execution;
    }
    finally {
        // The manifest holds the live state of registered steps: write it again once it changed.
        if (stageEntry(run.action, 'post') !== undefined)
            options.host.postStages?.changed();
    }
}
/** The runner's header inside the step's group: `with:` (non-empty values) and the step's `env:`. */
function printActionHeader(run) {
    const { log } = run;
    if (run.stage === 'post') {
        log.text('Post job cleanup.');
        return;
    }
    const inputs = Object.entries(run.inputs);
    if (inputs.length > 0) {
        log.text('with:');
        for (const [name, value] of inputs)
            if (value !== '')
                log.text(`  ${name}: ${value}`);
    }
    if (run.headerEnvNames.length > 0) {
        log.text('env:');
        for (const name of run.headerEnvNames)
            log.text(`  ${name}: ${run.envContext[name] ?? ''}`);
    }
}
function registerPost(stage, request, options, key, parts) {
    const registry = options.host.postStages;
    if (registry === undefined || stageEntry(parts.action, 'post') === undefined)
        return undefined;
    // Registered from pre, the post must not read `Post Pre <name>` (ActionRunner trims it too).
    const displayName = stage === 'pre' && /^pre /i.test(request.displayName)
        ? request.displayName.slice('Pre '.length)
        : request.displayName;
    const entry = registry.register({
        key,
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

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/runner/process.ts + 5 modules
var runner_process = __webpack_require__(8059);
// EXTERNAL MODULE: ./src/runner/shell.ts
var shell = __webpack_require__(924);
// EXTERNAL MODULE: ./src/runner/workflow-commands.ts
var workflow_commands = __webpack_require__(1520);
// EXTERNAL MODULE: ./src/executors/command-collector.ts
var command_collector = __webpack_require__(6777);
;// CONCATENATED MODULE: ./src/executors/docker-action.ts
/**
 * Docker actions: `uses: docker://image` and `runs.using: docker` with a `docker://` image or a
 * Dockerfile (spec/runner-emulation.md §4.9; runner `Handlers/ContainerActionHandler.cs`,
 * `Container/DockerCommandManager.cs`, `Container/ContainerInfo.cs`).
 *
 * The `docker run` line is the runner's, option for option: env names only (values travel in
 * the docker CLI's own environment), the runner's five mounts plus RUNNER_TEMP, values under a
 * mount translated to container paths, and annotation paths translated back. Without a
 * reachable daemon the step fails at once with a clear message instead of hanging.
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
/** How long the daemon probe may take before we call the daemon unreachable. */
const DAEMON_PROBE_TIMEOUT_MS = 15_000;
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
/** Runs docker actions; one instance per run caches the daemon probe and the image pulls. */
class docker_action_DockerActionExecutor {
    host;
    states;
    daemon;
    pulls = new Map();
    retryDelayMs;
    constructor(host, 
    /** The pause before another pull or build attempt; the runner's random 1–10 s by default. */
    options = {}) {
        this.host = host;
        this.states = host.states ?? new Map();
        this.retryDelayMs = options.retryDelayMs ?? (() => 1000 + Math.random() * 9000);
    }
    async execute(request) {
        return this.runStage('main', request);
    }
    /** Runs the pre or main stage of a step (post runs from the manifest through `runAction`). */
    async runStage(stage, request) {
        return runActionStep(stage, request, { host: this.host, states: this.states, resolve: (uses) => this.resolve(uses) }, async (run) => this.runAction(run));
    }
    /** Runs one stage of a docker action: daemon check, image, `docker run`, file commands. */
    async runAction(run) {
        const { log, action } = run;
        const runs = action.manifest.runs;
        if (runs.using !== 'docker') {
            log.error(`'${action.uses}' is not a Docker container action.`);
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        printActionHeader(run);
        const unsupported = containerPlatformProblem(process.platform);
        if (unsupported !== undefined) {
            log.error(unsupported);
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        const unreachable = await this.daemonProblem();
        if (unreachable !== undefined) {
            log.error(unreachable);
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        const mounts = containerMounts(this.host.runnerTemp, this.host.workspace);
        let image;
        let args;
        let runsEnv;
        try {
            image = await this.prepareImage(run, runs.image);
            args = containerArguments(action, run.inputs, this.host.workspace);
            runsEnv = evaluateRunsEnv(runs.env ?? {}, run.inputs, this.host.workspace);
        }
        catch (error) {
            log.error((0,errors/* errorText */.k)(error));
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        const files = run.files ?? (0,file_commands/* createFileCommandFiles */.nm)(this.host.runnerTemp);
        // The runner creates the home folder and expects the workflow folder; we make sure of both.
        await (0,external_node_fs_promises_.mkdir)(external_node_path_.join(this.host.runnerTemp, '_github_home'), { recursive: true });
        await (0,external_node_fs_promises_.mkdir)(external_node_path_.join(this.host.runnerTemp, '_github_workflow'), { recursive: true });
        const containerEnv = this.containerEnvironment(run, runsEnv, files.files, mounts);
        const cliEnv = { ...this.helperEnvironment(), ...containerEnv };
        const collector = new command_collector/* CommandCollector */.t(new ContainerPathsLog(log, mounts), cliEnv);
        const runArguments = dockerRunArguments({
            name: `${sanitizeContainerName(image)}_${(0,external_node_crypto_.randomUUID)().replaceAll('-', '').slice(0, 6)}`,
            label: dockerInstanceLabel(this.host.runnerTemp),
            env: containerEnv,
            // main: runs.entrypoint, else the `entryPoint` input; pre/post: their own entrypoints.
            entrypoint: stageEntry(action, run.stage) ??
                (run.stage === 'main' ? inputValue(run.inputs, 'entryPoint') : undefined),
            network: this.host.dockerNetwork,
            mounts,
            image,
            args
        });
        log.text(commandLine(runArguments));
        const outcome = await collector.spawn({
            file: 'docker',
            args: runArguments,
            cwd: this.host.workspace,
            env: cliEnv,
            cancelSignal: run.cancelSignal,
            killSignal: run.killSignal
        });
        return collector.completeAction(files, outcome);
    }
    /** The catalog's action; a bare `docker://image` needs no preparation, so one is made up. */
    resolve(uses) {
        const catalog = this.host.actions;
        if (catalog !== undefined) {
            try {
                return catalog.get(uses);
            }
            catch (error) {
                if (!/^docker:\/\//i.test(uses))
                    throw error;
            }
        }
        if (!/^docker:\/\//i.test(uses))
            throw new Error(`The action '${uses}' was not prepared.`);
        return dockerImageAction(uses, uses.slice('docker://'.length));
    }
    /**
     * The image to run: a `docker://` image (pulled once per run, as the runner pulls at job setup;
     * a local action's image is left to `docker run`), or a Dockerfile built for this stage.
     */
    async prepareImage(run, image) {
        const { action, log } = run;
        if (/^docker:\/\//i.test(image)) {
            const name = image.slice('docker://'.length);
            if (action.reference.kind !== 'local') {
                let pull = this.pulls.get(name);
                if (pull === undefined) {
                    pull = this.withRetries('pull', run, async () => this.docker(['pull', name], this.host.workspace, log, run));
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
        const tag = `${dockerInstanceLabel(this.host.runnerTemp)}:${(0,external_node_crypto_.randomUUID)().replaceAll('-', '')}`;
        log.text('Building docker image');
        log.text(`Dockerfile for action: '${dockerfile}'.`);
        const code = await this.withRetries('build', run, async () => this.docker(['build', '-t', tag, '-f', dockerfile, external_node_path_.dirname(dockerfile)], action.repositoryDirectory ?? this.host.workspace, log, run));
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
    /** A helper docker command whose output goes to the step log as plain text. */
    async docker(args, cwd, log, signals) {
        log.text(commandLine(args));
        const outcome = await (0,runner_process/* runProcess */.R3)({
            file: 'docker',
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
    async daemonProblem() {
        this.daemon ??= probeDaemon(this.helperEnvironment(), this.host.workspace);
        return this.daemon;
    }
    /** Our process env without our own inputs and state: the docker CLI's base environment. */
    helperEnvironment() {
        const env = {};
        for (const [name, value] of Object.entries(this.host.baseEnv)) {
            if (value !== undefined && !name.startsWith('INPUT_') && !name.startsWith('STATE_')) {
                env[name] = value;
            }
        }
        return env;
    }
    /**
     * The container's environment, in the runner's order: env context, STATE_*, INPUT_*,
     * `runs.env` where not already set, HOME, GITHUB_* and RUNNER_*, runtime variables; then every
     * value translated to container paths. No PATH prepend: the container keeps its own PATH.
     */
    containerEnvironment(run, runsEnv, files, mounts) {
        const base = this.host.baseEnv;
        const env = {};
        for (const [name, value] of Object.entries(run.envContext)) {
            if (!this.isWorkerOnly(name, value, run, mounts))
                env[name] = value;
        }
        Object.assign(env, stateVariables(run.state), inputVariables(run.inputs));
        for (const [name, value] of Object.entries(runsEnv)) {
            // `runs.env` never overrides the workflow's env (the runner's ContainsKey check).
            if (!Object.hasOwn(env, name))
                env[name] = value;
        }
        env.HOME = external_node_path_.join(this.host.runnerTemp, '_github_home');
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
    isWorkerOnly(name, value, run, mounts) {
        if (run.stepEnvNames.includes(name) || this.host.baseEnv[name] !== value)
            return false;
        if (name === 'CI' || name === 'GITHUB_ACTIONS')
            return value === 'true';
        if (SESSION_VARIABLES.has(name))
            return true;
        return external_node_path_.isAbsolute(value) && toContainerPath(value, mounts) === value;
    }
}
/** `docker version` under a short timeout; the answer is the failure message, or undefined when fine. */
async function probeDaemon(env, cwd) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), DAEMON_PROBE_TIMEOUT_MS);
    const stdout = [];
    const stderr = [];
    let outcome;
    try {
        outcome = await (0,runner_process/* runProcess */.R3)({
            file: 'docker',
            args: ['version', '--format', '{{.Server.Version}}'],
            cwd,
            env,
            killSignal: timeout.signal,
            drainAfterExitMs: 1000,
            onLine: (line, stream) => (stream === 'stdout' ? stdout : stderr).push(line)
        });
    }
    finally {
        clearTimeout(timer);
    }
    let reason;
    if (outcome.spawnError !== undefined) {
        reason = /No such file or directory/.test(outcome.spawnError)
            ? 'not found on PATH'
            : outcome.spawnError;
    }
    else if (outcome.cancelled) {
        reason = `no answer within ${DAEMON_PROBE_TIMEOUT_MS / 1000} s`;
    }
    else if (outcome.exitCode !== 0 || !stdout.some((line) => line.trim() !== '')) {
        reason =
            stderr.map((line) => line.trim()).find((line) => line !== '') ??
                `exit code ${exitCodeOf(outcome)}`;
    }
    return reason === undefined
        ? undefined
        : `Docker actions need a Docker daemon, and none is reachable here (docker: ${reason})`;
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
    const command = (0,workflow_commands/* parseWorkflowCommand */.Q8)(line);
    if (command === undefined)
        return line;
    const name = command.name.toLowerCase();
    const properties = Object.fromEntries(command.properties);
    if (name === 'add-matcher') {
        return (0,workflow_commands/* formatCommand */.fE)(command.name, properties, toHostPath(command.data, mounts));
    }
    if (name !== 'error' && name !== 'warning' && name !== 'notice')
        return line;
    const fileKey = Object.keys(properties).find((key) => key.toLowerCase() === 'file');
    if (fileKey === undefined)
        return line;
    properties[fileKey] = toHostPath(properties[fileKey], mounts);
    return (0,workflow_commands/* formatCommand */.fE)(command.name, properties, command.data);
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
function commandLine(args) {
    const shown = args.map((arg) => (arg === '' || /[\s"]/.test(arg) ? JSON.stringify(arg) : arg));
    return `##[command]docker ${shown.join(' ')}`;
}
function exitCodeOf(outcome) {
    return outcome.exitCode ?? (outcome.spawnError !== undefined ? 1 : 128);
}
/** §4.8 — container actions run on Linux runners only, with the runner's message elsewhere. */
function containerPlatformProblem(platform) {
    return platform === 'linux' ? undefined : 'Container action is only supported on Linux';
}

// EXTERNAL MODULE: ./src/runner/environment.ts
var environment = __webpack_require__(5047);
;// CONCATENATED MODULE: ./src/executors/node-action.ts
/**
 * JavaScript (node) actions (spec/runner-emulation.md §4.5; runner
 * `Handlers/NodeScriptActionHandler.cs`): `<node> <actionDir>/<entry>` with the workspace as
 * working directory, `INPUT_*` and `STATE_*` over the env context, the runtime variables kept,
 * per-stage file commands, workflow commands in stdout and stderr.
 */







/** Runs `uses:` steps whose action is `runs.using: node12|16|20|24`. */
class node_action_NodeActionExecutor {
    host;
    states;
    constructor(host) {
        this.host = host;
        this.states = host.states ?? new Map();
    }
    async execute(request) {
        return this.runStage('main', request);
    }
    /** Runs the pre or main stage of a step (post runs from the manifest through `runAction`). */
    async runStage(stage, request) {
        const catalog = this.host.actions;
        return runActionStep(stage, request, {
            host: this.host,
            states: this.states,
            resolve: (uses) => {
                if (catalog === undefined)
                    throw new Error(`The action '${uses}' was not prepared.`);
                return catalog.get(uses);
            }
        }, async (run) => this.runAction(run));
    }
    /** Runs one stage of a node action and reads its file commands after it exits. */
    async runAction(run) {
        const { log, action } = run;
        if (!action.manifest.runs.using.startsWith('node')) {
            log.error(`'${action.uses}' is not a JavaScript action.`);
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        printActionHeader(run);
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
        const files = run.files ?? (0,file_commands/* createFileCommandFiles */.nm)(this.host.runnerTemp);
        const env = (0,environment/* buildStepEnvironment */.a)({
            base: this.host.baseEnv,
            envContext: run.envContext,
            pathPrepend: run.pathPrepend,
            identity: { ...run.identity, files: files.files },
            kind: 'node',
            extra: { ...stateVariables(run.state), ...inputVariables(run.inputs) }
        });
        const collector = new command_collector/* CommandCollector */.t(log, env);
        // The runner starts its own externals node; ours is the closest we have (§4.5).
        const outcome = await collector.spawn({
            file: process.execPath,
            args: [...nodeFlags(action.manifest.runs.using, env), target],
            cwd: this.host.workspace,
            env,
            cancelSignal: run.cancelSignal,
            killSignal: run.killSignal
        });
        return collector.completeAction(files, outcome);
    }
}
/**
 * The runner's flags for the node it starts (§4.5): `--no-maglev` for node24 actions when
 * `ACTIONS_RUNNER_DISABLE_NODE_MAGLEV` is true (a workaround for V8 Maglev crashes).
 */
function nodeFlags(using, env) {
    const disable = (env.ACTIONS_RUNNER_DISABLE_NODE_MAGLEV ?? '').trim().toLowerCase();
    return using === 'node24' && (disable === 'true' || disable === '1') ? ['--no-maglev'] : [];
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/actions/post-stages.ts
/**
 * The pre and post stages of node and docker actions (spec/runner-emulation.md §4.6, §6).
 *
 * - Pre: every top-level action step with a `pre` runs it before the first nested step, in list
 *   order, as `Pre <name>`, subject to `pre-if` (the runner would run them at job start).
 * - Post: a step registers its post the moment its pre or main starts; the registry keeps the
 *   registrations in start order and persists everything the post needs to a JSON manifest under
 *   RUNNER_TEMP, because our post runs in another process. Our post stage runs them newest
 *   first, each subject to `post-if` against the job status of that moment.
 */













/**
 * Post registrations of one run, in start order. Every change is written to the manifest at
 * once, synchronously: our main can be killed at any moment after (the runner's SIGKILL, our own
 * cancellation backstop), and the post stage must find every registration and the latest state.
 * A write is a few KiB, once per start or end of an action's stage, next to a process spawn.
 */
class PostStageRegistry {
    /** Where the manifest is written; the lead saves this path in our own state. */
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
            this.writeError = (0,errors/* errorText */.k)(error);
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
 * the job status so far (success, unless an earlier pre failed) and no `steps` context. The
 * caller applies each execution's effects and merges failures into the job status.
 */
async function runPreStages(steps, catalog, hooks) {
    const outcomes = [];
    let status = 'success';
    for (const { step, action } of stepsWithPre(steps, catalog)) {
        const base = hooks.scope();
        const scope = { ...base, contexts: { ...base.contexts, steps: {} }, status };
        const title = `Pre ${displayNameOf(step, scope)}`;
        let runIt;
        let conditionError;
        // §4.6 / R4.1: every stage of the step gets its `env:`, evaluated for this stage.
        let envContext = scope.contexts.env;
        try {
            envContext = (0,evaluate/* evaluateStepEnv */.zc)(step.env, scope);
            const withEnv = { ...scope, contexts: { ...scope.contexts, env: envContext } };
            runIt = evaluateStageCondition(stageCondition(action, 'pre'), withEnv);
        }
        catch (error) {
            runIt = false;
            conditionError = (0,errors/* errorText */.k)(error);
        }
        if (!runIt && conditionError === undefined) {
            outcomes.push({ step, title, result: 'Skipped' });
            continue;
        }
        const request = hooks.request(step, title, envContext);
        const started = Date.now();
        let execution;
        if (conditionError !== undefined) {
            request.log.error(conditionError);
            execution = (0,executor/* emptyExecution */.s)('Failed');
        }
        else {
            try {
                execution = await hooks.executorFor(step, action).runStage('pre', request);
            }
            catch (error) {
                request.log.error((0,errors/* errorText */.k)(error));
                execution = (0,executor/* emptyExecution */.s)('Failed');
            }
        }
        request.log.end((0,format/* finishedTitle */.$M)(title, execution.result, Date.now() - started));
        if (execution.result === 'Failed')
            status = 'failure';
        outcomes.push({ step, title, result: execution.result, execution });
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
    const manifest = await readManifest(manifestPath);
    if (manifest === undefined)
        return result;
    const runAction = options.runAction ?? defaultStageRunner(options.host);
    let status = options.jobStatus;
    const envChanges = {};
    const pathChanges = [];
    for (const entry of [...manifest.entries].reverse()) {
        const title = `Post ${entry.displayName}`;
        let runIt;
        let conditionError;
        try {
            runIt = evaluateStageCondition(entry.condition, postScope(options, status));
        }
        catch (error) {
            runIt = false;
            conditionError = errorText(error);
        }
        if (!runIt && conditionError === undefined) {
            result.stages.push({ key: entry.key, title, result: 'Skipped' });
            continue;
        }
        const log = options.log.open({ title, live: true });
        const started = Date.now();
        let execution;
        if (conditionError !== undefined) {
            log.error(conditionError);
            execution = emptyExecution('Failed');
        }
        else {
            const basePath = manifest.final?.pathPrepend ?? entry.pathPrepend;
            try {
                execution = await runAction({
                    stage: 'post',
                    action: entry.action,
                    inputs: entry.inputs,
                    identity: entry.identity,
                    envContext: {
                        ...(manifest.final?.env ?? entry.envContext),
                        ...entry.stepEnv,
                        ...envChanges
                    },
                    stepEnvNames: Object.keys(entry.stepEnv),
                    // A post prints `Post job cleanup.` only: no env block.
                    headerEnvNames: [],
                    pathPrepend: withPathEntries(basePath, pathChanges),
                    state: entry.state,
                    log,
                    cancelSignal: options.cancelSignal,
                    killSignal: options.killSignal
                });
            }
            catch (error) {
                log.error(errorText(error));
                execution = emptyExecution('Failed');
            }
        }
        log.end(finishedTitle(title, execution.result, Date.now() - started));
        for (const [name, value] of execution.env) {
            envChanges[name] = value;
            result.env.push([name, value]);
        }
        for (const entryPath of execution.path) {
            addPathEntry(pathChanges, entryPath);
            result.path.push(entryPath);
        }
        if (execution.summary !== '')
            result.summaries.push(execution.summary);
        if (execution.result === 'Failed') {
            result.failed = true;
            if (status === 'success')
                status = 'failure';
        }
        result.stages.push({ key: entry.key, title, result: execution.result, execution });
    }
    return result;
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
    const env = options.host.baseEnv;
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
        workspace: options.host.workspace
    };
}
function defaultStageRunner(host) {
    let node;
    let docker;
    return async (run) => {
        if (run.action.manifest.runs.using === 'docker') {
            docker ??= new DockerActionExecutor(host);
            return docker.runAction(run);
        }
        node ??= new NodeActionExecutor(host);
        return node.runAction(run);
    };
}
async function readManifest(manifestPath) {
    let text;
    try {
        text = await readFile(manifestPath, 'utf8');
    }
    catch (error) {
        // No manifest: nothing registered a post (or our main never got that far).
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    return JSON.parse(text);
}
/** The step's display name at start: its evaluated `name:`, else the runner's default. */
function displayNameOf(step, scope) {
    if (step.name === undefined)
        return (0,plan/* syntheticName */.FB)(step);
    try {
        return (0,evaluate/* evaluateString */.H8)(step.name, scope, 'name') || (0,plan/* syntheticName */.FB)(step);
    }
    catch {
        return step.name;
    }
}

// EXTERNAL MODULE: ./src/report/log.ts + 1 modules
var report_log = __webpack_require__(6379);
;// CONCATENATED MODULE: ./src/executors/composite-action.ts










/**
 * The contexts of a composite's steps: the composite's `github` and `inputs`, and no `secrets` or
 * `vars` (expressions §3.1: composite steps have none; the action schema rejects them, and steps
 * that use our extension keys skip that check, so they must not find them here either).
 */
function compositeContexts(outer, github, inputs) {
    return { ...outer.contexts, github, inputs, secrets: {}, vars: {} };
}
/** The runner's nesting limit for composite actions. */
const MAX_DEPTH = 9;
class CompositeActionExecutor {
    host;
    executorsFor;
    constructor(host, executorsFor) {
        this.host = host;
        this.executorsFor = executorsFor;
    }
    async execute(request) {
        return this.runStage('main', request);
    }
    /**
     * Main runs the composite's steps. Pre runs the `pre` of the remote actions its steps use, in
     * order, each subject to its `pre-if` (runner-emulation §4.6: "nested pre steps are cached and
     * run in the composite's pre stage"), with the composite's `inputs` and the same state and post
     * registration keys its main will use, so their main stages find what their pre saved.
     */
    async runStage(stage, request) {
        const prepared = await this.prepare(request);
        if ('result' in prepared)
            return prepared;
        return stage === 'pre'
            ? this.runEmbeddedPre(request, prepared)
            : this.runMain(request, prepared);
    }
    /** The composite's action, inputs, child host and `github` context; a failed execution if not. */
    async prepare(request) {
        const step = request.step;
        const { log } = request;
        let action;
        let inputs;
        try {
            action = this.host.actions.get(step.uses);
            const scope = request.scope();
            const result = actionInputs(action, evaluateWith(step.with, scope), scope);
            inputs = result.inputs;
            for (const warning of result.warnings)
                log.warning(warning);
        }
        catch (error) {
            log.error((0,errors/* errorText */.k)(error));
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        const runs = action.manifest.runs;
        if (runs.using !== 'composite') {
            log.error(`'${step.uses}' is not a composite action.`);
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        const depth = (this.host.depth ?? 0) + 1;
        if (depth > MAX_DEPTH) {
            log.error(`Composite action depth exceeded max depth ${MAX_DEPTH}`);
            return (0,executor/* emptyExecution */.s)('Failed');
        }
        // The runner prepares the actions of a local composite only when it runs.
        let catalog = this.host.actions;
        if (this.host.resolveOptions) {
            const resolution = await resolveActions(runs.steps, { ...this.host.resolveOptions, depth });
            if (resolution.errors.length > 0) {
                for (const message of resolution.errors)
                    log.error(message);
                return (0,executor/* emptyExecution */.s)('Failed');
            }
            catalog = resolution.catalog;
        }
        const outer = request.scope();
        const github = { ...(0,contexts/* asObject */.eB)(outer.contexts.github), action_path: action.directory };
        const host = {
            ...this.host,
            actions: catalog,
            // Workflow `defaults.run` never applies inside a composite.
            defaults: {},
            parentAction: this.host.parentAction ?? step.id,
            actionPath: action.directory,
            keyScope: `${this.host.keyScope ?? ''}${step.key}/`,
            depth
        };
        return { action, steps: runs.steps, inputs, host, outer, github };
    }
    /** The embedded pres run as the top level's do (`runPreStages`), each shown inside our group. */
    async runEmbeddedPre(request, composite) {
        const { host, outer, github, inputs } = composite;
        const executorFor = this.executorsFor(host);
        const contexts = compositeContexts(outer, github, inputs);
        const embeddedLogs = new report_log/* ChildLogs */.o(request.log);
        const outcomes = await runPreStages((0,plan/* buildPlan */.Gg)(composite.steps).steps, host.actions, {
            executorFor: (step) => executorFor(step),
            scope: () => ({ ...outer, contexts: { ...contexts, env: request.envContext } }),
            request: (step, title, envContext) => ({
                ...request,
                step,
                displayName: title,
                scope: () => ({ ...outer, contexts: { ...contexts, steps: {}, env: envContext } }),
                envContext,
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
        const { log } = request;
        const { action, host, outer, github, inputs } = composite;
        const report = await (0,job/* runJob */.b)({
            parentAction: host.parentAction,
            plan: (0,plan/* buildPlan */.Gg)(composite.steps),
            executorFor: this.executorsFor(host),
            log: new report_log/* ChildLogs */.o(log),
            contexts: compositeContexts(outer, github, inputs),
            initialEnv: request.envContext,
            workspace: this.host.workspace,
            maxConcurrency: this.host.maxConcurrency ?? 10,
            failFast: false,
            // Job cancellation reaches the composite's steps even when the composite itself keeps
            // running (`if: always()`); its own abort (timeout, cancel) stops them too.
            cancelSignal: this.host.jobCancelSignal
                ? AbortSignal.any([this.host.jobCancelSignal, request.cancelSignal])
                : request.cancelSignal,
            killSignal: request.killSignal
        });
        // outputs.<id>.value over the composite's own steps context (ActionManifestManager).
        const outputs = [];
        const outputScope = {
            ...outer,
            contexts: { ...outer.contexts, github, inputs, steps: report.steps, env: request.envContext }
        };
        let failed = report.result !== 'success';
        for (const [name, definition] of Object.entries(action.manifest.outputs)) {
            if (definition.value === undefined)
                continue;
            try {
                outputs.push([name, (0,evaluate/* evaluateString */.H8)(definition.value, outputScope, `outputs.${name}`)]);
            }
            catch (error) {
                log.error((0,errors/* errorText */.k)(error));
                failed = true;
            }
        }
        return {
            result: failed ? 'Failed' : 'Succeeded',
            outputs,
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

// EXTERNAL MODULE: ./src/executors/index.ts + 1 modules
var src_executors = __webpack_require__(2210);
;// CONCATENATED MODULE: ./src/actions/action-executors.ts
/**
 * The executors of `uses:` steps for one host: node, Docker and composite actions. A composite's
 * own steps get the same kinds again, for the composite's host. Part of the lazily loaded `uses:`
 * support (uses-support.ts re-exports it; the pre stages use it too).
 */




function createActionExecutors(host) {
    return {
        node: new node_action_NodeActionExecutor(host),
        docker: new docker_action_DockerActionExecutor(host),
        composite: new CompositeActionExecutor(host, (inner) => (0,src_executors/* createExecutors */.Z)(inner, createActionExecutors))
    };
}

// EXTERNAL MODULE: ./src/report/annotation-budget.ts
var annotation_budget = __webpack_require__(9131);
;// CONCATENATED MODULE: ./src/actions/prepare.ts
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
        cacheDir: external_node_path_.join(external_node_path_.dirname(runnerTemp), '_actions')
    };
}
/** Runs the `pre` stages and returns their effects for the main loop. */
async function runPrelude(steps, host, log, scope, signals) {
    const prelude = {
        records: [],
        env: [],
        path: [],
        failed: false
    };
    if (!host.actions)
        return prelude;
    const executors = createActionExecutors(host);
    const started = Date.now();
    const records = new Map();
    const outcomes = await runPreStages(steps, host.actions, {
        executorFor: (_step, action) => (0,src_executors/* actionExecutorFor */.N)(executors, action.manifest.runs.using),
        scope,
        request: (step, title, envContext) => {
            const record = {
                key: `pre:${step.key}`,
                id: step.id,
                explicitId: false,
                kind: 'uses',
                displayName: title,
                background: false,
                implicit: false,
                queuedAt: Date.now() - started,
                startedAt: Date.now() - started,
                summary: '',
                errors: [],
                annotations: []
            };
            records.set(step.key, record);
            return {
                step,
                displayName: title,
                scope,
                envContext,
                pathPrepend: () => prelude.path,
                ...signals,
                log: log.open({
                    title,
                    live: true,
                    onAnnotation: (annotation) => (0,annotation_budget/* keepAnnotation */.Ll)(record.annotations, annotation)
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

;// CONCATENATED MODULE: ./src/actions/uses-support.ts
/**
 * Everything `uses:` steps need — resolving and downloading actions, their pre and post stages,
 * and the node, Docker and composite executors — behind one dynamic import. A list of `run:`
 * steps never loads any of it, which keeps a third of our code out of the start-up path
 * (`npm run bench`, B1/B3/B5).
 */






/***/ })

};
