/**
 * A forward proxy on 127.0.0.1 for the download tests: `CONNECT host:port` tunnels and
 * absolute-form `GET http://host:port/path` requests. Host names under `.invalid` (which never
 * resolve, so only the proxy can reach them) are mapped to 127.0.0.1; any other host is refused,
 * so nothing leaves the machine. Records every request it was asked to forward.
 */
import { createServer, request as httpRequest } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ForwardProxy {
  url: string
  /** `CONNECT host:port` or `GET http://host:port/path`, in arrival order. */
  forwarded: string[]
  /** The `host:port` each of them was for, whichever the form. */
  hosts: string[]
  close(): Promise<void>
}

/** The local port for `host:port` when the host is one of ours (`*.invalid`). */
function localPort(host: string, port: string): number | undefined {
  return host.endsWith('.invalid') && port !== '' ? Number(port) : undefined
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const forwarded: string[] = []
  const hosts: string[] = []
  const tunnels = new Set<Socket>()
  const server = createServer((request, response) => {
    forwarded.push(`${request.method} ${request.url}`)
    const target = new URL(request.url ?? '/', 'http://unknown')
    hosts.push(target.host)
    const port = localPort(target.hostname, target.port)
    if (port === undefined) {
      response.writeHead(502)
      response.end()
      return
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: `${target.pathname}${target.search}`,
        headers: request.headers
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      }
    )
    upstream.on('error', () => response.destroy())
    request.pipe(upstream)
  })
  server.on('connect', (request, client: Socket, head: Buffer) => {
    forwarded.push(`CONNECT ${request.url}`)
    hosts.push(request.url ?? '')
    const [host = '', port = ''] = (request.url ?? '').split(':')
    const local = localPort(host, port)
    if (local === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    const upstream = connect(local, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      tunnels.add(socket)
      socket.on('close', () => tunnels.delete(socket))
    }
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwarded,
    hosts,
    close: async () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
