export const id = 620;
export const ids = [620];
export const modules = {

/***/ 9620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchArchive: () => (/* binding */ fetchArchive)
/* harmony export */ });
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(571);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4942);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _download_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6650);
/**
 * Asking a REST API for an action's tarball (docs/runner-emulation.md §4.2 "Our equivalent")
 * with @actions/github's Octokit: the toolkit's proxy rules, fetch's redirects (the tarball's 302
 * to codeload) and @octokit/plugin-retry do the HTTP work. What the runner's server does before
 * it hands out a download is done here too: shortened commit SHAs are refused, and another
 * server's 404 falls back to github.com (GitHub Connect).
 *
 * download.ts imports this module only when an action must be downloaded: Octokit and undici are
 * about half of our bundle's bytes (docs/architecture.md: the GitHub client is loaded lazily).
 */





const USER_AGENT = 'background-steps';
/** A stalled connection must not hang the job: each attempt gives up after this long. */
const ATTEMPT_TIMEOUT_MS = 5 * 60_000;
/**
 * The runner makes 3 attempts. plugin-retry waits n² × the base before the n-th retry: 2 s, then
 * 8 s. It retries network errors (to Octokit a status 500), 5xx and 429, never 401/403/404.
 */
const DEFAULT_RETRY = { retries: 2, baseDelayMs: 2000 };
const Client = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L);
/**
 * The tarball's body and the API that gave it: the first API, or the fallback when the first
 * answered 404 (never with the first API's token). A shortened commit SHA is refused on either.
 */
async function fetchArchive(ref, options) {
    let api = connect(options, options);
    let body;
    try {
        body = await tarball(api, ref);
    }
    catch (error) {
        const fallback = options.fallback;
        if (!(error instanceof NotFoundError) || fallback === undefined)
            throw error;
        api = connect(fallback, options);
        body = await tarball(api, ref).catch((fallbackError) => {
            throw new Error(fallbackError instanceof NotFoundError
                ? `${error.message} It is not on ${fallback.apiUrl} either (${fallbackError.status}).`
                : `${error.message} Looking on ${fallback.apiUrl} failed too: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorReason */ .jf)(fallbackError)}`, { cause: fallbackError });
        });
    }
    try {
        await refuseShortSha(api, ref);
    }
    catch (error) {
        await body.cancel().catch(() => undefined);
        throw error;
    }
    return { body, source: api.source };
}
/** An Octokit for one API; no `auth`: `headersFor` sends the token, if any. */
function connect(source, options) {
    const { retries, baseDelayMs } = options.retry ?? DEFAULT_RETRY;
    const client = new Client({
        baseUrl: source.apiUrl.replace(/\/+$/, ''),
        userAgent: (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getUserAgentWithOrchestrationId */ .fA)(USER_AGENT) ?? USER_AGENT,
        request: { fetch: proxiedFetch },
        retry: { retries, retryAfterBaseValue: baseDelayMs }
    });
    return { request: client.request, source };
}
/**
 * fetch through the proxy @actions/http-client picks for this URL (`https_proxy`/`HTTPS_PROXY`
 * or `http_proxy`/`HTTP_PROXY` by scheme, unless `no_proxy`/`NO_PROXY` names the host), read
 * from the environment at request time, as the toolkit does. A redirect (the tarball's 302 to
 * codeload) goes the way its request went. @actions/github's module-level `defaults` hold such a
 * fetch only for the `GITHUB_API_URL` of import time; the fallback API needs its own. Node's
 * fetch takes the toolkit's undici dispatcher (undici 6 in both on Node 20).
 */
async function proxiedFetch(url, init) {
    const dispatcher = new _actions_http_client__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq(USER_AGENT).getAgentDispatcher(url);
    return fetch(url, {
        ...init,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
        ...(dispatcher ? { dispatcher } : {})
    });
}
/**
 * Our headers; Octokit adds its User-Agent. `Bearer`, as the runner sends to codeload: Octokit's
 * own auth would send `token …`, and getOctokit refuses an empty token (an anonymous download).
 * fetch drops `Authorization` on the cross-origin hop to codeload.
 */
function headersFor(source, accept) {
    return {
        accept,
        'x-github-api-version': '2022-11-28',
        ...(source.token ? { authorization: `Bearer ${source.token}` } : {})
    };
}
/** GET /repos/{owner}/{repo}/tarball/{ref}: the body as a stream, so the caller writes it to a file. */
async function tarball(api, ref) {
    // Each ref segment is encoded on its own: `release/v1` keeps its slash, as in GitHub's own URLs.
    const refPath = ref.ref.split('/').map(encodeURIComponent).join('/');
    let body;
    try {
        const response = await api.request(`GET /repos/{owner}/{repo}/tarball/${refPath}`, {
            owner: ref.owner,
            repo: ref.repo,
            headers: headersFor(api.source, 'application/vnd.github+json'),
            request: { parseSuccessResponseBody: false }
        });
        body = response.data;
    }
    catch (error) {
        throw failure(ref, error, api.source.token !== '');
    }
    if (body === null || body === undefined) {
        throw new Error(`Unable to download action '${(0,_download_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRef */ .Ro)(ref)}': empty response`);
    }
    return body;
}
/** A ref that could be a commit SHA cut short (a full one has 40 hex digits). */
const SHORTENED_SHA = /^[0-9a-f]{1,39}$/;
/**
 * GitHub's resolver refuses a shortened commit SHA as a ref; the tarball endpoint would serve
 * it, so the check is ours (docs/runner-emulation.md §4.2 "Short SHAs"). A hex-looking ref is
 * looked up as a commit: refused when it resolves to a longer SHA it starts. A ref the lookup
 * cannot resolve, or a failed lookup, is left to the download that already found it.
 */
async function refuseShortSha(api, ref) {
    if (!SHORTENED_SHA.test(ref.ref))
        return;
    const sha = await commitSha(api, ref).catch(() => undefined);
    if (sha !== undefined && sha.length > ref.ref.length && sha.startsWith(ref.ref)) {
        throw new Error(`Unable to resolve action \`${ref.owner}/${ref.repo}@${ref.ref}\`, the provided ref ` +
            `\`${ref.ref}\` is the shortened version of a commit SHA, which is not supported. ` +
            `Please use the full commit SHA \`${sha}\` instead.`);
    }
}
/** The bare SHA the commit lookup answers with `Accept: application/vnd.github.sha`. */
async function commitSha(api, ref) {
    const response = await api.request('GET /repos/{owner}/{repo}/commits/{ref}', {
        owner: ref.owner,
        repo: ref.repo,
        ref: ref.ref,
        headers: headersFor(api.source, 'application/vnd.github.sha'),
        // Read as text whatever its media type says (Octokit would make some types an ArrayBuffer).
        request: { parseSuccessResponseBody: false }
    });
    const body = response.data;
    return (await new Response(body).text()).trim();
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
/** The clear message of a failed tarball request (after plugin-retry's last attempt). */
function failure(ref, error, authenticated) {
    const { request, response, cause } = (typeof error === 'object' && error !== null ? error : {});
    if (response === undefined) {
        const reason = cause ?? error;
        return new Error(`Unable to download action '${(0,_download_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRef */ .Ro)(ref)}' from ${request?.url}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorReason */ .jf)(reason)}`, { cause: reason });
    }
    const detail = gitHubMessage(response.data);
    const status = `HTTP ${response.status}${detail ? `: ${detail}` : ''}`;
    const rateLimited = response.headers['x-ratelimit-remaining'] === '0';
    const message = httpFailure(ref, response.status, status, { authenticated, rateLimited });
    return response.status === 404 ? new NotFoundError(message, status) : new Error(message);
}
function httpFailure(ref, code, status, { authenticated, rateLimited }) {
    const prefix = `Unable to download action '${(0,_download_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRef */ .Ro)(ref)}'`;
    switch (code) {
        case 404:
            return (`${prefix}: the repository or ref was not found, or the token cannot read it (${status}). ` +
                'github.token reaches only the current repository and public repositories; a private ' +
                'action in another repository needs a token that can read it.');
        case 401:
            return authenticated
                ? `${prefix}: the token was rejected (${status}). Check that the token is valid and not expired.`
                : `${prefix}: authentication is required (${status}). Pass a token.`;
        case 403:
            if (rateLimited) {
                return `${prefix}: the API rate limit is exhausted (${status}).${authenticated ? '' : ' Pass a token: anonymous requests share a small rate limit.'}`;
            }
            return `${prefix}: access denied (${status}). The token lacks permission to read this repository.`;
        default:
            return `${prefix}: ${status}`;
    }
}
/** GitHub's JSON `message`, if the error body has one (short; it never contains the token). */
function gitHubMessage(data) {
    let parsed = data;
    if (typeof data === 'string') {
        try {
            parsed = JSON.parse(data);
        }
        catch {
            return '';
        }
    }
    const message = typeof parsed === 'object' && parsed !== null && 'message' in parsed ? parsed.message : '';
    return typeof message === 'string' ? message.slice(0, 300) : '';
}


/***/ })

};
