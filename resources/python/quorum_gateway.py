"""A client for Quorum's approval gateway (protocol version 1).

An external agent proposes an action, waits for a person's decision and acts only on it:

    import asyncio
    from quorum_gateway import Client

    async def main():
        async with Client("ws://127.0.0.1:8787/v1/ws", key="qk_...") as quorum:
            proposal = await quorum.propose("price_change",
                {"sku": "MUG-1", "old_price": "20.00", "new_price": "24.00", "currency": "EUR"},
                title="MUG-1 to 24.00", reasoning="competitors raised theirs")
            decision = await quorum.wait_for_decision(proposal["id"])
            if decision.approved:
                apply(decision.parameters)          # a person may have changed them: use these
                await quorum.receipt(decision, "executed", external_ref="price-log-17")

or, as a decorator, `@require_approval(quorum, "price_change", title=...)` around the function that acts.

Decisions are durable on the Quorum side: after a lost connection the client connects again and gets
every decision it has not acknowledged; a proposal sent again with the same idempotency key is the same
proposal. Needs python3-websockets (Debian 12: 10.4).
"""

import asyncio
import bisect
import functools
import hashlib
import json
import uuid

import websockets

PROTOCOL_VERSION = 1


def _plain(value):
    # Quorum reads JSON numbers as doubles and writes 26.0 as 26: so does the hash here. (Send amounts as
    # strings, as the action schemas ask, and this never matters.)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def canonical_json(value):
    """The parameters' canonical JSON: keys sorted, no spaces, UTF-8 (what Quorum hashes)."""
    return json.dumps(_plain(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def parameters_sha256(parameters):
    return hashlib.sha256(canonical_json(parameters).encode("utf-8")).hexdigest()


class GatewayError(Exception):
    """A request the gateway refused: code (invalid, forbidden, conflict, rate_limited, ...), the field it
    is about (path) and why."""

    def __init__(self, reply):
        self.code = reply.get("code", "")
        self.path = reply.get("path", "")
        self.reply = reply
        super().__init__(f"{self.code}: {reply.get('message', '')}" + (f" ({self.path})" if self.path else ""))


class NotApproved(Exception):
    """The proposal was not approved: rejected, expired, cancelled or revoked (see .decision)."""

    def __init__(self, decision):
        self.decision = decision
        super().__init__(f"proposal {decision.proposal_id} {decision.state}: {decision.reason}")


class Decision:
    """What a person (or the risk engine) decided. When approved, run exactly `parameters`: on
    "modified" they are a person's change of what was proposed."""

    def __init__(self, body):
        self.body = body
        self.seq = body.get("seq", 0)
        self.proposal_id = body["proposal_id"]
        self.state = body["state"]
        self.parameters = body.get("parameters")
        self.parameters_sha256 = body.get("parameters_sha256", "")
        self.reason = body.get("reason", "")
        self.decided_by = body.get("decided_by", "")
        self.automatic = body.get("automatic", False)

    @property
    def approved(self):
        return self.state in ("approved", "modified")

    def __repr__(self):
        return f"Decision({self.proposal_id}, {self.state!r}, {self.parameters!r})"


class Client:
    """One connection to the gateway, kept open (and opened again after a loss) until close()."""

    def __init__(self, url, key, ssl=None, reconnect=True):
        self.url = url
        self.key = key
        self.ssl = ssl
        self.reconnect = reconnect
        self.agent = None
        self._socket = None
        self._reader = None
        self._next_id = 0
        self._replies = {}
        self._unanswered = {}
        self._decisions = {}
        self._decided = asyncio.Condition()
        self._events = asyncio.Queue()
        self._connected = asyncio.Event()
        self._closing = False
        self._subscribed = None
        self._fatal = None       # a refusal that no reconnect can mend (a revoked key)
        self._received = []      # seqs of decisions received, in order
        self._handed = set()     # ... of those handed to the caller
        self._seen = set()       # every decision received and not yet acknowledged (a re-sent one is no new one)
        self._acked = 0

    async def __aenter__(self):
        await self.connect()
        return self

    async def __aexit__(self, *exc):
        await self.close()

    async def connect(self):
        await self._open()
        self._reader = asyncio.ensure_future(self._read())

    async def _open(self):
        self._socket = await websockets.connect(
            self.url,
            extra_headers={"Authorization": f"Bearer {self.key}"},
            ping_interval=20,
            max_size=2**20,
            ssl=self.ssl,
        )
        welcome = json.loads(await self._socket.recv())
        if welcome.get("type") != "welcome":
            raise GatewayError(welcome)
        self.agent = welcome.get("agent")
        self._acked = max(self._acked, welcome.get("acknowledged", 0))
        self._connected.set()
        # What was sent on the lost connection and not answered goes again: proposals carry their
        # idempotency key, so nothing is proposed twice.
        for message in self._unanswered.values():
            await self._socket.send(json.dumps(message))
        if self._subscribed:
            await self._socket.send(json.dumps({"type": "subscribe", "events": self._subscribed}))

    async def close(self):
        self._closing = True
        if self._socket is not None:
            await self._socket.close()
        if self._reader is not None:
            self._reader.cancel()
            try:
                await self._reader
            except (asyncio.CancelledError, Exception):
                pass

    async def _read(self):
        delay = 0.5
        while not self._closing:
            try:
                async for text in self._socket:
                    await self._dispatch(json.loads(text))
                    delay = 0.5
            except websockets.ConnectionClosed:
                pass
            if self._closing or not self.reconnect:
                break
            self._connected.clear()
            # The server keeps every decision; connect again and it sends what was missed.
            while not self._closing:
                try:
                    await asyncio.sleep(delay)
                    await self._open()
                    break
                except (OSError, websockets.WebSocketException):
                    delay = min(delay * 2, 30)
                except GatewayError as refused:
                    # The key is refused (revoked): no reconnect mends that.
                    self._fatal = refused
                    self._closing = True
        error = self._fatal or ConnectionError("the gateway connection closed")
        for future in self._replies.values():
            if not future.done():
                future.set_exception(error)
        self._connected.set()  # whoever waits to send sees the error
        async with self._decided:
            self._decided.notify_all()

    async def _dispatch(self, message):
        kind = message.get("type")
        if "in_reply_to" in message and message["in_reply_to"] in self._replies:
            self._unanswered.pop(message["in_reply_to"], None)
            self._replies.pop(message["in_reply_to"]).set_result(message)
        elif kind == "decision":
            await self._remember(message)
        elif kind == "event":
            await self._events.put(message)
        elif kind == "error":
            # An error without a request (a closed key): surfaced to whoever waits next.
            await self._events.put(message)
        decision = message.get("decision") if kind == "proposal" else None
        if decision:
            await self._remember(decision)

    async def _remember(self, body):
        async with self._decided:
            decision = Decision(body)
            self._decisions[body["proposal_id"]] = decision
            if decision.seq > self._acked and decision.seq not in self._seen:
                self._seen.add(decision.seq)
                bisect.insort(self._received, decision.seq)
            self._decided.notify_all()

    async def _handed_over(self, decision):
        # The gateway takes an acknowledgement as covering every decision up to it: acknowledge only up to
        # the first one received and not yet handed over, so that none is dropped if this process stops.
        self._handed.add(decision.seq)
        upto = self._acked
        while self._received and self._received[0] in self._handed:
            upto = self._received.pop(0)
            self._handed.discard(upto)
        if upto > self._acked:
            self._acked = upto
            self._seen = {seq for seq in self._seen if seq > upto}
            await self.request({"type": "ack", "seq": upto})

    async def _send(self, message):
        await self._connected.wait()
        if self._fatal:
            raise self._fatal
        try:
            await self._socket.send(json.dumps(message))
        except websockets.ConnectionClosed:
            pass  # sent again after the reconnect (it is still unanswered)

    async def request(self, message):
        """Sends a request and returns its answer; a refused request raises GatewayError."""
        self._next_id += 1
        message = dict(message, id=self._next_id, v=PROTOCOL_VERSION)
        future = asyncio.get_running_loop().create_future()
        self._replies[self._next_id] = future
        self._unanswered[self._next_id] = message
        await self._send(message)
        reply = await future
        if reply.get("type") == "error":
            if reply.get("code") == "rate_limited":
                await asyncio.sleep(reply.get("retry_after_ms", 1000) / 1000)
                return await self.request({k: v for k, v in message.items() if k not in ("id", "v")})
            raise GatewayError(reply)
        return reply

    async def propose(self, action_type, parameters, title, reasoning="", idempotency_key=None, **extra):
        """Proposes an action. Returns the proposal: its "id", "state" (pending, or approved when the
        rules let it run at once), "risk" and "verdict". The same idempotency_key always returns the same
        proposal, so a retry after a lost answer never proposes twice."""
        message = {
            "type": "propose",
            "action_type": action_type,
            "parameters": parameters,
            "parameters_sha256": parameters_sha256(parameters),
            "title": title,
            "reasoning": reasoning,
            "idempotency_key": idempotency_key or str(uuid.uuid4()),
        }
        message.update(extra)
        return await self.request(message)

    async def wait_for_decision(self, proposal_id, timeout=None):
        """Waits until the proposal is decided and returns the Decision (acknowledged to the gateway)."""

        async def decided():
            async with self._decided:
                await self._decided.wait_for(lambda: proposal_id in self._decisions or self._fatal is not None)
                if proposal_id not in self._decisions:
                    raise self._fatal
                return self._decisions[proposal_id]

        decision = await asyncio.wait_for(decided(), timeout)
        if decision.seq:
            await self._handed_over(decision)
        return decision

    async def status(self, proposal_id):
        return await self.request({"type": "status", "proposal_id": proposal_id})

    async def cancel(self, proposal_id, reason=""):
        return await self.request({"type": "cancel", "proposal_id": proposal_id, "reason": reason})

    async def receipt(self, decision, outcome, executed_parameters=None, external_ref="", note=""):
        """Reports what was done with a decision: executed, failed or skipped. The hash of the parameters
        executed (by default the decision's) is compared with what was approved."""
        parameters = decision.parameters if executed_parameters is None else executed_parameters
        return await self.request({
            "type": "receipt",
            "proposal_id": decision.proposal_id,
            "outcome": outcome,
            "parameters_sha256": parameters_sha256(parameters or {}),
            "external_ref": external_ref,
            "note": note,
        })

    async def subscribe(self, events=()):
        """Subscribes to the workspace's events (all when none are named); read them with next_event()."""
        self._subscribed = list(events)
        return await self.request({"type": "subscribe", "events": self._subscribed})

    async def next_event(self, timeout=None):
        return await asyncio.wait_for(self._events.get(), timeout)


def require_approval(client, action_type, title, reasoning="", idempotency_key=None, on_proposed=None, **proposal):
    """Decorates an async function that acts with keyword parameters: calling it proposes those
    parameters, waits for the decision, and runs the function only when approved, with the parameters
    that were approved (a person's change included). Its return value is sent as the receipt's
    external_ref; an exception is reported as a failed receipt and raised. Not approved: NotApproved.
    on_proposed(proposal) is called once the proposal is made (to show its id)."""

    def wrap(act):
        @functools.wraps(act)
        async def run(**parameters):
            made = await client.propose(action_type, parameters, title.format(**parameters), reasoning,
                                        idempotency_key, **proposal)
            if on_proposed:
                on_proposed(made)
            decision = await client.wait_for_decision(made["id"])
            if not decision.approved:
                raise NotApproved(decision)
            try:
                reference = await act(**decision.parameters)
            except Exception as error:
                await client.receipt(decision, "failed", note=str(error))
                raise
            await client.receipt(decision, "executed", external_ref=str(reference or ""))
            return decision

        return run

    return wrap
