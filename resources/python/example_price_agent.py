#!/usr/bin/env python3
"""An example external agent: proposes a price change to Quorum and acts only on the decision.

    python3 example_price_agent.py --url ws://127.0.0.1:8787/v1/ws --key qk_... \\
        --sku MUG-1 --old-price 20.00 --new-price 26.00

It prints one line per step. When a person approves (or changes the price and approves), it "applies"
the price it was given - here it appends a line to --ledger, as a stand-in for the shop's own system -
and sends its receipt. A rejected, expired or cancelled proposal changes nothing.
"""

import argparse
import asyncio
import json
import sys
import uuid

from quorum_gateway import Client, NotApproved, require_approval


async def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="ws://127.0.0.1:8787/v1/ws")
    parser.add_argument("--key", required=True, help="the agent's key (shown once when it was registered)")
    parser.add_argument("--sku", required=True)
    parser.add_argument("--old-price", required=True)
    parser.add_argument("--new-price", required=True)
    parser.add_argument("--currency", default="EUR")
    parser.add_argument("--ledger", default="prices-applied.jsonl", help="where applied prices are written")
    parser.add_argument("--idempotency-key", default=None, help="run again with the same key: the same proposal")
    parser.add_argument("--timeout", type=float, default=None, help="seconds to wait for the decision")
    args = parser.parse_args()

    async with Client(args.url, args.key) as quorum:
        print(f"connected as {quorum.agent}", flush=True)

        @require_approval(quorum, "price_change", title="{sku}: {old_price} to {new_price}",
                          reasoning="Competitors in the same category moved their prices.",
                          idempotency_key=args.idempotency_key or str(uuid.uuid4()), confidence=0.8,
                          data_sources=["competitor prices"],
                          on_proposed=lambda p: print(f"proposed {p['id']} {p['state']} {p['risk']}", flush=True))
        async def apply_price(sku, old_price, new_price, currency):
            with open(args.ledger, "a", encoding="utf-8") as ledger:
                ledger.write(json.dumps({"sku": sku, "price": new_price, "currency": currency}) + "\n")
            print(f"executed {sku} at {new_price} {currency}", flush=True)
            return f"ledger:{sku}:{new_price}"

        parameters = {"sku": args.sku, "old_price": args.old_price, "new_price": args.new_price,
                      "currency": args.currency}
        try:
            decision = await asyncio.wait_for(apply_price(**parameters), args.timeout)
        except NotApproved as refused:
            print(f"not approved: {refused}", flush=True)
            return 2
        status = await quorum.status(decision.proposal_id)
        print(f"decision {decision.state} {json.dumps(decision.parameters, sort_keys=True)}", flush=True)
        print(f"receipt {json.dumps(status.get('receipt'), sort_keys=True)}", flush=True)
        return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
