"""A slow link in front of a server: a loopback TCP proxy adding latency and a bandwidth limit.

Chrome's network emulation is applied per target and does not reliably reach a service
worker's fetches; a proxy sees every byte the browser sends or receives, whoever asked. The
link is modelled as DevTools models it, one level down: every connection waits one round trip
before it opens (the handshake), every chunk crosses in half a round trip each way, and all
connections share one downlink and one uplink of the given speeds (a phone has one radio, so
six parallel connections are not six times faster).

Bounded: loopback only, at most MAX_CONNECTIONS at once, runs in a thread of its own.
"""

import asyncio
import threading
import time
from dataclasses import dataclass

MAX_CONNECTIONS = 64
CHUNK = 16 * 1024


@dataclass(frozen=True)
class Link:
    name: str
    rtt_ms: float
    down_bps: float  # bits per second
    up_bps: float

    def limit_seconds(self, payload_bytes, round_trips=2):
        """The link's own limit for a payload: its bytes at full speed plus round trips."""
        return payload_bytes * 8 / self.down_bps + round_trips * self.rtt_ms / 1000


# Chrome DevTools' "Slow 4G" (formerly "Fast 3G"; Lighthouse's mobile profile as DevTools
# applies it): 562.5 ms round trip, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up.
SLOW_4G = Link("Slow 4G", 562.5, 1.6e6 * 0.9, 750e3 * 0.9)
# The same profile as Lighthouse simulates it, before DevTools' packet-level adjustment
# (×3.75 on the round trip, ×0.9 on speed): 150 ms, 1.6 Mbps down, 750 kbps up. A link
# like a good 3G signal.
FAST_3G = Link("Fast 3G-like", 150, 1.6e6, 750e3)


class _Pipe:
    """One direction of the link: chunks are due half a round trip after they were sent, and
    leave no sooner than the shared line is free of the chunks before them."""

    def __init__(self, link, bps):
        self.delay = link.rtt_ms / 2000
        self.bps = bps
        self.free_at = 0.0

    def due(self, size):
        start = max(time.monotonic() + self.delay, self.free_at)
        self.free_at = start + size * 8 / self.bps
        return self.free_at


class ThrottlingProxy:
    """`with ThrottlingProxy(target_port, SLOW_4G) as proxy:` then browse `proxy.url`."""

    def __init__(self, target_port, link):
        self.target_port = target_port
        self.link = link
        self.port = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc):
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def _run(self):
        self._loop = asyncio.new_event_loop()
        self._loop.run_until_complete(self._serve())
        self._loop.close()

    async def _serve(self):
        self._stop = asyncio.Event()
        self._slots = asyncio.Semaphore(MAX_CONNECTIONS)
        self._down = _Pipe(self.link, self.link.down_bps)
        self._up = _Pipe(self.link, self.link.up_bps)
        server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            await self._stop.wait()
            server.close()
            # Connections the browser keeps alive end with the proxy.
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)

    async def _connection(self, client_reader, client_writer):
        try:
            async with self._slots:
                await asyncio.sleep(self.link.rtt_ms / 1000)  # the handshake
                try:
                    server_reader, server_writer = await asyncio.open_connection(
                        "127.0.0.1", self.target_port)
                except OSError:
                    client_writer.close()
                    return
                await asyncio.gather(self._carry(client_reader, server_writer, self._up),
                                     self._carry(server_reader, client_writer, self._down))
        except asyncio.CancelledError:
            # The proxy is stopping: a connection kept alive ends with it, quietly (asyncio's
            # stream callback would otherwise log each cancelled handler as an error).
            client_writer.close()

    @staticmethod
    async def _carry(reader, writer, pipe):
        """Read, hold each chunk until it is due, write; in order; close when either end does."""
        queue = asyncio.Queue()

        async def deliver():
            while (item := await queue.get()) is not None:
                due, data = item
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                writer.write(data)
                await writer.drain()

        sender = asyncio.ensure_future(deliver())
        try:
            while data := await reader.read(CHUNK):
                queue.put_nowait((pipe.due(len(data)), data))
            queue.put_nowait(None)
            await sender
        except (OSError, asyncio.CancelledError):
            sender.cancel()  # the other end is gone, or the proxy is stopping
        finally:
            writer.close()
