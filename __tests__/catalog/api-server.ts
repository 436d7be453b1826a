/** A local stand-in for the REST API on 127.0.0.1, recording every request it answers. */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  url: string
  headers: IncomingHttpHeaders
}

export type Route = (response: ServerResponse, server: ApiServer) => void

export interface ApiServer {
  /** `http://127.0.0.1:<port>`. */
  url: string
  port: number
  requests: RecordedRequest[]
  /** Answers for exact request paths; anything else is a 404 with GitHub's JSON body. */
  routes: Map<string, Route>
  close(): Promise<void>
}

export async function startApiServer(): Promise<ApiServer> {
  const requests: RecordedRequest[] = []
  const routes = new Map<string, Route>()
  const api: ApiServer = {
    url: '',
    port: 0,
    requests,
    routes,
    close: async () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers })
    const route = routes.get(request.url ?? '')
    if (route) {
      route(response, api)
      return
    }
    response.writeHead(404, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify({ message: 'Not Found' }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  api.port = (server.address() as AddressInfo).port
  api.url = `http://127.0.0.1:${api.port}`
  return api
}

/** A 200 answer with a gzipped tarball body. */
export function tarball(body: Buffer): Route {
  return (response) => {
    response.writeHead(200, { 'Content-Type': 'application/x-gzip' })
    response.end(body)
  }
}

/** A JSON error answer. */
export function failure(
  status: number,
  message: string,
  headers: Record<string, string> = {}
): Route {
  return (response) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers })
    response.end(JSON.stringify({ message }))
  }
}

/**
 * A 302 to another path on the same server (codeload stands in for itself), reached at `origin`
 * (e.g. another host name for the proxy to map here; `api.url` by default).
 */
export function redirect(location: string, origin?: string): Route {
  return (response, api) => {
    response.writeHead(302, { Location: `${origin ?? api.url}${location}` })
    response.end()
  }
}
